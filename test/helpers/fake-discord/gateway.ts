import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayIntentBits as Intent, GatewayOpcodes as Op } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSender, type SendPayload } from './gateway-socket.js';
import { guildCreate, ready } from './payloads.js';
import type { World } from './world.js';

/** Which privileged intents the app has "enabled in the developer portal"; requesting others closes with 4014. */
export interface PrivilegedIntents {
  messageContent?: boolean;
  guildMembers?: boolean;
  guildPresences?: boolean;
}

/** An identified gateway session; it outlives its socket so a client can RESUME (notes §2.4). */
export interface GatewaySession {
  id: string;
  intents: number;
  shard: [number, number];
  seq: number;
  log: { op: 0; t: string; s: number; d: unknown }[];
  socket: Connection | undefined;
}

interface Connection {
  ws: WebSocket;
  send: SendPayload;
  session?: GatewaySession;
}

/** What tests can see and do on the gateway. */
export interface FakeGateway {
  /** IDENTIFY payloads (`d`) received, in order. */
  identifies: any[];
  /** Every payload a client sent (heartbeats, identify, presence updates, …). */
  received: { op: number; d: unknown }[];
  /** Connect URLs (path + query), e.g. `/gateway?v=10&encoding=json`. */
  connectUrls: string[];
  /** Number of RESUMEs accepted. */
  resumes: number;
  /** Whether an identified session has an open socket. */
  connected(): boolean;
  /** Sends op 7 RECONNECT: the client reconnects and RESUMEs, missed events are replayed. */
  reconnect(): void;
  /** Closes every socket with `code` (4000: client resumes; 4004/4014: it gives up). */
  disconnect(code: number): void;
  /**
   * Sends op 9 INVALID SESSION with `d: resumable` (DOCS gateway.mdx "Invalid Session"). Not
   * resumable: the session is forgotten, so the client must IDENTIFY again (a RESUME is refused).
   */
  invalidateSession(resumable: boolean): void;
  /** Dispatches a raw event to every session (for events the helpers do not build). */
  dispatch(event: string, data: unknown): void;
}

/** The gateway as the fake wires it. */
export interface GatewayServer extends FakeGateway {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Dispatches to sessions whose shard holds `guildId`; `build` may return undefined to skip a session (e.g. missing intent). */
  send(
    event: string,
    build: (session: GatewaySession) => unknown,
    options: { required: boolean; guildId?: string },
  ): void;
  close(): void;
}

const PRIVILEGED = {
  messageContent: Intent.MessageContent,
  guildMembers: Intent.GuildMembers,
  guildPresences: Intent.GuildPresences,
} as const;
const ALL_INTENTS = Object.values(Intent)
  .filter((v): v is number => typeof v === 'number')
  .reduce((all, bit) => all | bit, 0);

/** HELLO's heartbeat_interval, Discord's usual value: no heartbeat falls due during a test (op 1 is still ACKed). */
const HEARTBEAT_INTERVAL_MS = 45_000;

const inShard = (guildId: string, [id, count]: [number, number]) =>
  Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;

/** Creates the gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, close codes (notes §2). */
export function createGateway(options: {
  world: World;
  token: string;
  url: () => string;
  privileged: PrivilegedIntents;
  notify: () => void;
}): GatewayServer {
  const wss = new WebSocketServer({ noServer: true });
  const sessions = new Map<string, GatewaySession>();
  const connections = new Set<Connection>();
  const gateway = {
    identifies: [] as any[],
    received: [] as { op: number; d: unknown }[],
    connectUrls: [] as string[],
    resumes: 0,
  };

  const dispatchTo = (session: GatewaySession, t: string, d: unknown) => {
    const frame = { op: 0 as const, t, s: ++session.seq, d };
    session.log.push(frame);
    session.socket?.send(frame);
  };

  const disallowed = (intents: number) =>
    Object.entries(PRIVILEGED).some(
      ([name, bit]) => (intents & bit) !== 0 && options.privileged[name as keyof PrivilegedIntents] === false,
    );

  function identify(conn: Connection, d: any) {
    if (conn.session) return conn.ws.close(4005, 'Already authenticated.');
    if (d?.token !== options.token) return conn.ws.close(4004, 'Authentication failed.');
    const intents = Number(d.intents);
    if (!Number.isInteger(intents) || intents < 0 || (intents & ~ALL_INTENTS) !== 0)
      return conn.ws.close(4013, 'Invalid intent(s).');
    if (disallowed(intents)) return conn.ws.close(4014, 'Disallowed intent(s).');
    const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) return conn.ws.close(4010, 'Invalid shard.');
    gateway.identifies.push(d);
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      intents,
      shard,
      seq: 0,
      log: [],
      socket: conn,
    };
    sessions.set(session.id, session);
    conn.session = session;
    const holdsGuild = inShard(options.world.guildId, shard);
    dispatchTo(session, 'READY', ready(options.world, session.id, options.url(), shard, holdsGuild));
    if (holdsGuild) dispatchTo(session, 'GUILD_CREATE', guildCreate(options.world));
  }

  function resume(conn: Connection, d: any) {
    const session = sessions.get(d?.session_id);
    if (!session || d?.token !== options.token) return conn.send({ op: Op.InvalidSession, d: false });
    gateway.resumes += 1;
    session.socket = conn;
    conn.session = session;
    for (const frame of session.log) if (frame.s > Number(d.seq ?? 0)) conn.send(frame);
    dispatchTo(session, 'RESUMED', {});
  }

  function onFrame(conn: Connection, raw: Buffer) {
    let payload: { op: number; d: unknown };
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return conn.ws.close(4002, 'Error while decoding payload.');
    }
    gateway.received.push(payload);
    if (payload.op === Op.Heartbeat) conn.send({ op: Op.HeartbeatAck });
    else if (payload.op === Op.Identify) identify(conn, payload.d);
    else if (payload.op === Op.Resume) resume(conn, payload.d);
    else if (!conn.session) conn.ws.close(4003, 'Not authenticated.');
    else if (![Op.PresenceUpdate, Op.VoiceStateUpdate, Op.RequestGuildMembers].includes(payload.op))
      conn.ws.close(4001, 'Unknown opcode.');
  }

  function onConnection(ws: WebSocket, url: string) {
    gateway.connectUrls.push(url);
    const params = new URL(url, 'http://fake').searchParams;
    const conn: Connection = { ws, send: createSender(ws, params.get('compress') === 'zlib-stream') };
    connections.add(conn);
    ws.on('close', (code) => {
      connections.delete(conn);
      if (conn.session?.socket === conn) {
        conn.session.socket = undefined;
        // A clean close (1000/1001) ends the session; other codes leave it resumable (DOCS gateway.mdx "Resuming").
        if (code === 1000 || code === 1001) sessions.delete(conn.session.id);
      }
      options.notify();
    });
    if (params.get('v') !== '10') return ws.close(4012, 'Invalid API version.');
    if ((params.get('encoding') ?? 'json') !== 'json')
      return ws.close(4002, 'Only encoding=json is supported by the fake.');
    ws.on('message', (raw: Buffer) => {
      onFrame(conn, raw);
      options.notify();
    });
    conn.send({ op: Op.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  }

  return {
    identifies: gateway.identifies,
    received: gateway.received,
    connectUrls: gateway.connectUrls,
    get resumes() {
      return gateway.resumes;
    },
    connected: () => [...sessions.values()].some((s) => s.socket !== undefined),
    reconnect: () => connections.forEach((c) => c.send({ op: Op.Reconnect, d: null })),
    disconnect: (code) => connections.forEach((c) => c.ws.close(code)),
    invalidateSession(resumable) {
      for (const conn of connections) {
        if (!resumable && conn.session) {
          sessions.delete(conn.session.id);
          conn.session = undefined;
        }
        conn.send({ op: Op.InvalidSession, d: resumable });
      }
    },
    dispatch(event, data) {
      this.send(event, () => data, { required: true });
    },
    send(event, build, { required, guildId }) {
      const targets = [...sessions.values()].filter((s) => !guildId || inShard(guildId, s.shard));
      if (required && targets.length === 0)
        throw new Error(`fake-discord: no gateway session to receive ${event}; await the client's clientReady first`);
      for (const session of targets) {
        const data = build(session);
        if (data !== undefined) dispatchTo(session, event, data);
      }
      options.notify();
    },
    handleUpgrade(req, socket, head) {
      if (new URL(req.url ?? '/', 'http://fake').pathname !== '/gateway') return void socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req.url ?? '/gateway'));
    },
    close() {
      connections.forEach((c) => c.ws.terminate());
      wss.close();
    },
  };
}
