/**
 * When two pieces that Intl.Segmenter (ICU sentence rules, UAX #29) cut apart are one sentence.
 * ICU breaks after every "." followed by a space and a capital, so "Mr. Smith", "the U.S. Army" and
 * "J. K. Rowling" come out in pieces (notes/pitfalls.md); it also cuts 「…。」と in Japanese.
 */

// Titles and ranks that are never the last word of a sentence.
const TITLES = new Set(
  'Mr Mrs Ms Messrs Dr Prof Gen Lt Col Sgt Spc Pfc Capt Cpt Cmdr Cdr Adm Gov Sen Rep Rev Hon Pres Supt Insp Det Cpl Pvt Maj Brig Fr Mt Ft Atty Msgr Mme Mlle Sra Srta Hr Nr vs v approx cf Fig fig'.split(
    ' ',
  ),
);
// Month and number abbreviations: joined when a number follows ("Jan. 5", "No. 10").
const BEFORE_NUMBER = new Set('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Art Vol p pp ch'.split(' '));
// Abbreviations that may end a sentence: joined unless the next word usually opens one.
const AMBIGUOUS = new Set(
  'St Jr Sr Inc Corp Co Ltd Bros Ave Rd Blvd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec etc al'.split(' '),
);

// Words that start sentences far more often than they continue a name ("... in the U.S. The ...").
const OPENERS = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our My Your There Here But And Or So Yet ' +
    'In On At For If When While After Before As Since Although Though Because Some Many Most Several One Two Now Then ' +
    'However Meanwhile Still Also According Last Earlier Later Today Yesterday Officials Police Other Another Such Each ' +
    'Both All No Not What Who Why How Where Which Under With Without From By To Despite During Over Instead Even Only'
  ).split(' '),
);

const LAST_WORD = /([\p{L}.]+)\.$/u;
const INITIALS = /(?:^|[\s(])(?:\p{Lu}\.){2,}$|(?:^|[\s(])\p{Lu}\.$/u;
const FIRST_WORD = /^[\s"'“‘(]*([\p{L}]+)/u;
// Quote particles that follow a closing bracket in Japanese and Korean reported speech.
const CJK_QUOTE_CONTINUATION = /^(?:と|って|との|という|など|라고|이라고|고\s|며\s|면서|하고)/u;

/** True when `next` continues the sentence that `previous` (a Segmenter piece) started. */
export function continuesSentence(previous: string, next: string): boolean {
  // Only the tail matters, and matching a long piece from every position would be quadratic.
  const prev = previous.trimEnd().slice(-40);
  const nextStart = next.trimStart();
  if (nextStart === '') return false;
  // Lower-case (or closing punctuation) never opens a sentence in cased scripts.
  if (/^[\p{Ll}),;:\]}’”]/u.test(nextStart)) return true;
  if (/[」』”"]$/u.test(prev) && CJK_QUOTE_CONTINUATION.test(nextStart)) return true;
  const opener = FIRST_WORD.exec(nextStart)?.[1] ?? '';
  const last = LAST_WORD.exec(prev)?.[1];
  if (last !== undefined) {
    if (TITLES.has(last)) return true;
    if (BEFORE_NUMBER.has(last) && /^\d/.test(nextStart)) return true;
    if (AMBIGUOUS.has(last)) return /^\p{Lu}/u.test(nextStart) && !OPENERS.has(opener);
  }
  if (INITIALS.test(prev)) return /^[\p{Lu}\d]/u.test(nextStart) && !OPENERS.has(opener);
  return false;
}
