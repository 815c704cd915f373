import { decodeHTMLStrict } from 'entities';

/**
 * One byline as a reader would write it: "By Jane Doe | May 1, 2024 Print" → "Jane Doe",
 * "by Jeff FoustMonday, November 18, 2019" → "Jeff Foust", "Rasmus Barslund Founder & Lead
 * Reviewer" → "Rasmus Barslund". Labels, dates, roles and the site's own name are not the name.
 */

/** A byline is a few names; longer text is a bio. */
const MAX_CHARS = 100;

/** "Written by", "Posted by:", "Author:" and what comes before them (a date, a kicker). */
const LABEL =
  /^(?:.*?\b(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Rr]eviewed|[Ee]dited|[Tt]ext|[Aa]rticle|[Ss]tory|[Ww]ords|[Gg]uide|[Pp]hotos?|[Ii]nsights from)\s*)?(?:[Bb]y|BY)(?:\b|(?=\p{Lu}))\s*:?\s*|^(?:[Tt]he\s+)?[Aa]uthors?\b\s*:?\s*/u;

/** Where a date or time starts, glued ("FoustMonday") or not. */
const DATE_START =
  /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:on|at|updated|published|posted)\s+\d|\d{1,4}[-/.]\d{1,2}|\b\d{1,2}\s+\w+\s+\d{4}|\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\b|(?<=\p{L})\d/u;

/** A role or kicker glued to the name by the template: "Cazzy MagennisLast updated", "Preetam JinkaCo-founder". */
const GLUED_WORD = /(?<=\s\p{Lu}\p{Ll}{3,})(?=\p{Lu})/u;

/** Words a template leaves dangling after the name ("BeauHD on", "A. J. Neal View In"). */
const TRAILING_WORDS = /(?:\s+(?:on|at|in|last|view|and|published|updated|sponsored))+$/i;
/** Job titles printed after the name ("Contributing Writer", "Former Deputy Tech Editor"). */
const ROLE =
  /\s+(?:(?:senior|former|deputy|contributing|staff|lead|managing|chief|executive|associate|assistant|guest|tech|technology|content|marketing|news|features?|science|health|business|sports?|digital|social|media|copy|web|&|and)\s+)*(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|coordinator|co-founder|founder|reviewer|producer|analyst|strategist|manager|director)s?\b.*$/i;

/** Words that label a byline slot rather than fill it. */
const PLACEHOLDER = /^(?:by|author|authors|written by|admin|administrator|staff|editor|guest|anonymous|unknown)$/i;

/** Separators between a name and what a template prints next to it. */
const SEPARATOR = /\s+[|•·]\s+|\s+[-–—]\s+(?=\S)|\s{2,}/;

function normalize(text: string): string {
  return decodeHTMLStrict(text).replace(/\s+/g, ' ').trim();
}

/**
 * The name in one byline text, or null when it holds none. `siteNames` (og:site_name, the
 * publisher) are dropped when glued on: "Manoj Jain, The Commercial Appeal" → "Manoj Jain".
 */
export function cleanAuthorName(raw: string | null | undefined, siteNames: readonly string[] = []): string | null {
  if (!raw) return null;
  let text = normalize(raw).replace(LABEL, '');
  text = (text.split(SEPARATOR)[0] ?? '').trim();
  const dateAt = text.search(DATE_START);
  if (dateAt >= 0) text = text.slice(0, dateAt);
  text = (text.split(GLUED_WORD)[0] ?? '').trim().replace(TRAILING_WORDS, '');
  const withoutRole = text.replace(ROLE, '');
  if (withoutRole.trim().split(/\s+/).length >= 2) text = withoutRole;
  const sites = new Set(siteNames.map((name) => name.toLowerCase()));
  for (const site of sites)
    if (text.length > site.length && text.toLowerCase().endsWith(` ${site}`)) text = text.slice(0, -site.length);
  text = text
    .split(/\s*,\s*/)
    .filter((part) => part && !sites.has(part.toLowerCase()))
    .join(', ')
    .replace(/[\s,;:|·•–—-]+$/, '')
    .trim();
  if (!text || text.length > MAX_CHARS || !/\p{L}/u.test(text) || PLACEHOLDER.test(text)) return null;
  if (/^https?:\/\/|^www\.|@/.test(text)) return null;
  return text;
}

/** Whether a name is the site itself (an organization credited as the author). */
export function isSiteName(name: string, siteNames: readonly string[]): boolean {
  const folded = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return siteNames.some((site) => site.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === folded);
}

/**
 * Whether text found by its place on the page (a byline class, "By …" by the headline) reads as
 * names: a few words each, mostly capitalised. Sentences and bios do not.
 */
export function looksLikeNames(text: string): boolean {
  return text.split(/\s*,\s*|\s+(?:and|&)\s+/).every((part) => {
    const words = part.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 5) return false;
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    return words.length === 1 || capitalised * 2 > words.length;
  });
}
