import type { FakeMessage } from './messages.js';
import type { Waiters } from './waiters.js';
import type { FakeUser } from './world.js';

/** What kind of interaction the fake dispatched; it decides which callback types are allowed. */
export type InteractionKind = 'command' | 'messageCommand' | 'component' | 'autocomplete';

/** One interaction callback the bot sent (POST /interactions/{id}/{token}/callback). */
export interface InteractionResponse {
  type: number;
  data: any;
  /** Fake-clock time it arrived. */
  at: number;
}

/** An interaction the fake dispatched, with everything the bot answered. */
export interface FakeInteraction {
  id: string;
  token: string;
  kind: InteractionKind;
  /** Command name, or custom_id for components. */
  name: string;
  user: FakeUser;
  channelId: string;
  /** Fake-clock time of the INTERACTION_CREATE dispatch (the 3 s and 15 min rules count from here). */
  dispatchedAt: number;
  /** Accepted callbacks (at most one: a second is refused with 40060). */
  responses: InteractionResponse[];
  /** Follow-up messages (POST /webhooks/{app}/{token}); the first one after a deferral replaces the loading message instead. */
  followUps: FakeMessage[];
  /** The @original message: the reply, the loading message, or for components the message the component is on. */
  original(): FakeMessage | undefined;
  /** Whether the first callback was ephemeral (flag 64). */
  ephemeral(): boolean;
  /** Resolves with the first accepted callback. */
  acknowledged(timeoutMs?: number): Promise<InteractionResponse>;
  /** Resolves when the user sees a final answer: a type 4/7 callback, or @original edited (or followed up) after a deferral. */
  reply(timeoutMs?: number): Promise<FakeMessage>;
}

/** The fake's side of an interaction: the public record plus what the REST rules need. */
export class InteractionRecord implements FakeInteraction {
  responses: InteractionResponse[] = [];
  followUps: FakeMessage[] = [];
  originalId: string | undefined;
  /** True once the answer is final (not the "thinking…" state). */
  answered = false;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly kind: InteractionKind,
    readonly name: string,
    readonly user: FakeUser,
    readonly channelId: string,
    readonly dispatchedAt: number,
    private readonly lookup: (id: string) => FakeMessage | undefined,
    private readonly waiters: Waiters,
    /** For components: the message the component is on. */
    readonly targetMessageId?: string,
  ) {}

  original(): FakeMessage | undefined {
    return this.originalId ? this.lookup(this.originalId) : undefined;
  }

  ephemeral(): boolean {
    return ((this.responses[0]?.data?.flags ?? 0) & (1 << 6)) !== 0;
  }

  acknowledged(timeoutMs?: number): Promise<InteractionResponse> {
    return this.waiters.waitFor(() => this.responses[0], `an acknowledgement of ${this.describe()}`, timeoutMs);
  }

  reply(timeoutMs?: number): Promise<FakeMessage> {
    return this.waiters.waitFor(
      () => this.answered && this.visibleAnswer(),
      `a final reply to ${this.describe()}`,
      timeoutMs,
    );
  }

  /** The @original message, or the follow-up that stands in for it once it was deleted. */
  private visibleAnswer(): FakeMessage | undefined {
    const original = this.original();
    return original && !original.deleted ? original : this.followUps[0];
  }

  /** e.g. `interaction 123 (/article)` for messages. */
  describe(): string {
    return `interaction ${this.id} (${this.kind === 'component' ? `component ${this.name}` : `/${this.name}`})`;
  }
}
