/**
 * News-text hygiene: page furniture that extraction leaves inside article text (bylines, time
 * stamps, share bars, media notices, calls to action, photo credits, datelines). General patterns
 * of news pages, none tied to one site or article.
 */

// Whole sentences that are furniture, not content.
const FURNITURE: RegExp[] = [
  /^[Bb]y\s+(?:[\p{Lu}][\p{L}'’.-]*(?:\s+|$)|and\s+|,\s*|\|\s*|for\s+){1,8}[.|]?$/u, // byline: capitalised names only
  /^(?:by\s*\.|published:|updated:|last updated)/i,
  /\b(?:published|updated):\s*\d/i, // "PUBLISHED: 12:01 EST, 3 May 2014 | UPDATED: …"
  /^(?:scroll down|click here|read more|read the full|see more|watch the video|watch:|follow (?:us|@)|sign up|subscribe|advertisement|related:|share this|image copyright|image caption|media caption|copyright)/i,
  /^(?:photo|picture|image|video|credit|source)s?\s*(?:credit)?\s*:/i,
  /^(?:©|\(c\)\s*\d{4})|all rights reserved/i,
  /(?:not supported on (?:this|your) device|may not work on some (?:older )?browsers|enable javascript|browser does not support)/i,
  // Affiliate and editorial-independence disclosures (the FTC's required wording, on any review site).
  /\baffiliate (?:links?|partners?|programs?|commissions?)\b|\b(?:we|i)\b[^.]{0,40}\b(?:earn|receive|make|get)s? (?:an? )?(?:small )?(?:commissions?|compensation)\b|\b(?:earn|receive|make|get)s? (?:us|me) (?:an? )?(?:small )?commissions?\b/i,
  /\b(?:independently|handpick(?:ed)?)\b.*\b(?:editors?|recommend|feature)\b|\b(?:selected|chosen|tested) independently\b|\bpaid promotion\b/i,
  /\b(?:buy\w*|purchas\w*|shop\w*)\b[^.]{0,30}\bthrough (?:\w+ )?links\b/i,
  // A call to action in the site's own voice: "Check out our …", "Get started with … today".
  /^(?:check out|get started|learn more|find out more|fill out|sign up|download|join|contact us|register|grow your|read|see|visit|follow|use|explore|discover|try|shop|browse)\b[^.!?]*\b(?:our|us|we|today)\b/i,
  /\breader-supported\b|\bsupports? our (?:work|journalism|site)\b/i,
];

// Short lines ending in an agency name are photo credits ("Smoke over the city. (Getty Images)").
const CREDIT = /\b(?:getty images|ap photo|reuters|afp|shutterstock|pa wire|epa|pa)\s*\)?\.?$/i;

// Furniture glued to the front of a real sentence when extraction lost the punctuation between them.
const LEAD_INS: RegExp[] = [
  // A share bar: "Share this with Email Facebook Twitter … Copy this link".
  /^share (?:this(?: article| story| page)?|on|via)(?: with)?:?\s*(?:(?:e-?mail|facebook|messenger|twitter|x|pinterest|whatsapp|linkedin|reddit|telegram|print)\s*)*(?:copy (?:this )?link)?\s*/i,
  /^media playback is (?:not supported|unsupported) on (?:this|your) device\s*/i,
  // Datelines: "WASHINGTON (CNN) -- ", "LONDON, England (Reuters) — ", "PARIS — ", and a glued "(CNN)".
  /^\p{Lu}{2}[\p{Lu}\p{M} .,'’-]{0,40}(?:,\s*[\p{L} .]{2,30})?\s*(?:\([^()]{2,40}\)\s*)?(?:--|—|–|-)\s+/u,
  /^\((?:[\p{Lu}][\p{L}\p{N} .&'’-]{1,40})\)(?=\p{Lu})/u,
];

const SENTENCE_LIKE = /^["'“‘(]?[\p{Lu}\p{N}\p{Lo}]/u;

/** Character offset where the sentence's content starts after any glued furniture (0 when none). */
export function leadInLength(sentence: string): number {
  let offset = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of LEAD_INS) {
      const match = pattern.exec(sentence.slice(offset));
      if (!match || match[0].length === 0) continue;
      const rest = sentence.slice(offset + match[0].length);
      // Only trim when what remains is itself a sentence.
      if (rest.split(/\s+/).length >= 4 && SENTENCE_LIKE.test(rest)) {
        offset += match[0].length;
        changed = true;
      }
    }
  }
  return offset;
}

/** True for a sentence that is page furniture rather than article content. */
export function isFurniture(sentence: string): boolean {
  if (FURNITURE.some((pattern) => pattern.test(sentence))) return true;
  if (CREDIT.test(sentence) && sentence.split(/\s+/).length < 10) return true;
  // All-caps lines in cased scripts are headings, kickers or datelines.
  if (/\p{Ll}/u.test(sentence)) return false;
  const upper = sentence.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 8 && upper === (sentence.match(/\p{L}/gu)?.length ?? 0);
}
