import { continuesSentence } from './sentence-joins.js';

/** A sentence as a span of the text it came from, so output stays an exact substring. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Text pulled from pages (or datasets) often loses the space between paragraphs: "at home.Half of".
// ICU keeps "home.Half" together (UAX #29 SB7), so cut after a lower-case word's full stop that is
// glued to a capitalised word; the join rules still mend "Mr.Smith".
const GLUED_STOP = /[\p{Ll}\d][.!?]+["'’”)\]]*(?=\p{Lu}[\p{Ll}\p{Lu}’'])/gu;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * One Segmenter per primary language ("en-GB" → "en"): ICU's sentence rules barely differ by
 * region, and keying by the page's raw lang attribute would let odd tags grow the cache.
 */
function segmenterFor(lang: string | null | undefined): Intl.Segmenter {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec((lang ?? '').trim())?.[1]?.toLowerCase() ?? 'en';
  let segmenter = segmenters.get(primary);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(primary, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(primary, segmenter);
  }
  return segmenter;
}

/**
 * ICU's sentence iterator slows down sharply on long strings of some scripts (100k characters of
 * combining marks or Arabic took 0.7–2.5 s, 50k about 50 ms), so a long line is segmented in
 * windows. A break found near a window's end might have been decided by the text past it, so
 * breaks that close to the end are dropped and the next window starts at the last break kept;
 * a window with no break to keep is cut at its last break, or at its end when it is one sentence.
 */
const SEGMENT_WINDOW = 8192;
const SEGMENT_LOOKAHEAD = 256;

function icuBreaks(line: string, segmenter: Intl.Segmenter): number[] {
  const breaks: number[] = [];
  for (let start = 0; start < line.length; ) {
    const end = Math.min(line.length, start + SEGMENT_WINDOW);
    const last = end === line.length;
    let kept = start;
    let seen = start;
    for (const { index } of segmenter.segment(line.slice(start, end))) {
      if (index === 0) continue;
      seen = start + index;
      if (last || seen <= end - SEGMENT_LOOKAHEAD) {
        breaks.push(seen);
        kept = seen;
      }
    }
    if (last) break;
    if (kept === start) {
      kept = seen > start ? seen : end;
      breaks.push(kept);
    }
    start = kept;
  }
  return breaks;
}

/** Cut points inside one line: ICU's sentence breaks plus glued full stops. */
function cutPoints(line: string, segmenter: Intl.Segmenter): number[] {
  const cuts = new Set<number>(icuBreaks(line, segmenter));
  for (const match of line.matchAll(GLUED_STOP)) cuts.add(match.index + match[0].length);
  return [...cuts].sort((a, b) => a - b);
}

function splitLine(text: string, lineStart: number, lineEnd: number, segmenter: Intl.Segmenter): SentenceSpan[] {
  const line = text.slice(lineStart, lineEnd);
  const bounds = [0, ...cutPoints(line, segmenter), line.length];
  const pieces: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = { start: bounds[i]!, end: bounds[i + 1]! };
    const previous = pieces.at(-1);
    if (previous && continuesSentence(line.slice(previous.start, previous.end), line.slice(piece.start, piece.end))) {
      previous.end = piece.end;
    } else {
      pieces.push(piece);
    }
  }
  const spans: SentenceSpan[] = [];
  for (const piece of pieces) {
    const raw = line.slice(piece.start, piece.end);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = lineStart + piece.start + (raw.length - raw.trimStart().length);
    spans.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return spans;
}

/**
 * Sentences of `text` with their positions. Paragraphs are blank-line separated and a line break
 * also ends a sentence (headings, list items), so no sentence spans two blocks.
 */
export function sentenceSpans(text: string, lang?: string | null): SentenceSpan[] {
  const segmenter = segmenterFor(lang);
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const match of text.matchAll(/\r?\n|$/g)) {
    if (match.index > lineStart) spans.push(...splitLine(text, lineStart, match.index, segmenter));
    lineStart = match.index + match[0].length;
    if (match[0] === '') break;
  }
  return spans;
}

/** Split text into trimmed sentences, each an exact substring of `text`, in order. */
export function splitSentences(text: string, lang?: string | null): string[] {
  return sentenceSpans(text, lang).map((span) => span.text);
}
