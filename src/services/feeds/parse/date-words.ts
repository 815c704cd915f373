/**
 * The words feed dates are written with: month names (English first; then the languages whose
 * feeds feedparser and SimplePie met in the wild) and time-zone abbreviations.
 */

// Full month names, lower-case, accents removed; an abbreviation is any unambiguous prefix of 3+ letters.
const MONTH_NAMES: string[][] = [
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  [
    'januar',
    'februar',
    'marz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  [
    'janvier',
    'fevrier',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'aout',
    'septembre',
    'octobre',
    'novembre',
    'decembre',
  ],
  [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  [
    'janeiro',
    'fevereiro',
    'marco',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  [
    'januar',
    'februar',
    'marcius',
    'aprilis',
    'majus',
    'junius',
    'julius',
    'augusztus',
    'szeptember',
    'oktober',
    'november',
    'december',
  ],
  [
    'ιανουαριος',
    'φεβρουαριος',
    'μαρτιος',
    'απριλιος',
    'μαιος',
    'ιουνιος',
    'ιουλιος',
    'αυγουστος',
    'σεπτεμβριος',
    'οκτωβριος',
    'νοεμβριος',
    'δεκεμβριος',
  ],
];

/** Lower-case with accents removed, so "Ιούλ", "július" and "août" meet the table. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

/** The month (1–12) a word names, or undefined; "Mar", "March", "März", "Ιούλ" all work, "Ju" does not. */
export function monthNumber(word: string): number | undefined {
  const folded = foldWord(word);
  if (folded.length < 3 || !/^\p{L}+$/u.test(folded)) return undefined;
  const found = new Set<number>();
  for (const names of MONTH_NAMES) names.forEach((name, index) => name.startsWith(folded) && found.add(index + 1));
  return found.size === 1 ? [...found][0] : undefined;
}

// RFC 822 §5.1 zones, North American one-letter-less forms (ET, PT: Disney's feeds), and common
// abbreviations, in minutes east of UTC.
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  'etc/gmt': 0,
  'etc/utc': 0,
  wet: 0,
  bst: 60,
  cet: 60,
  met: 60,
  west: 60,
  cest: 120,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  at: -240,
  ast: -240,
  adt: -180,
  et: -300,
  est: -300,
  edt: -240,
  ct: -360,
  cst: -360,
  cdt: -300,
  mt: -420,
  mst: -420,
  mdt: -360,
  pt: -480,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ist: 330,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  awst: 480,
  acst: 570,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

/** A zone written as a name or a numeric offset (`+0900`, `-01:01`, `GMT-01:01`), in minutes east of UTC. */
export function zoneOffset(text: string): number | undefined {
  const named = ZONES[text.toLowerCase()];
  if (named !== undefined) return named;
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(text);
  if (!numeric) return undefined;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  if (minutes > 18 * 60) return undefined;
  return numeric[1] === '-' ? -minutes : minutes;
}
