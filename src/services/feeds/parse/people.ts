import { oneLine } from './text.js';

const EMAIL = /(?:mailto:)?[^\s()<>@,;]+@[^\s()<>@,;]+\.[^\s()<>@,;]+/i;

/**
 * An author line is read up to this long. The address patterns backtrack on long runs without
 * spaces (a 190 KB author took 11 s), and no name with its address is near this long.
 */
export const MAX_AUTHOR_CHARS = 512;

/**
 * A person's name from a feed's author text, without the e-mail address: RSS 2.0's
 * "editor@example.com (Example Editor)", "Example Editor <editor@example.com>", "Example Editor
 * (editor@example.com)", or a bare name. A bare address has no name: null.
 */
export function personName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = oneLine(raw.slice(0, MAX_AUTHOR_CHARS));
  if (!text) return null;
  // "address (Name)": the name is in the parentheses.
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (inParens) return oneLine(inParens[1] ?? '') || null;
  const name = oneLine(
    text
      .replace(/<[^<>]*@[^<>]*>/g, ' ')
      .replace(/\([^()]*@[^()]*\)/g, ' ')
      .replace(EMAIL, ' '),
  );
  return name.replace(/^[,;:-]+|[,;:-]+$/g, '').trim() || null;
}
