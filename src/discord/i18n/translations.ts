import type { FailureKind } from '../../services/errors.js';
import type { MessageKey } from './en.js';

/** One language's replies, and its words for the failures a member meets most. */
export interface Translations {
  replies: Partial<Record<MessageKey, string>>;
  /** Used only when the failure has no detail the English text would name (a file type, a status). */
  failures: Partial<Record<FailureKind, string>>;
}
