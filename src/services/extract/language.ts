import type { JsonLdNode } from './json-ld.js';
import { jsonLdText } from './json-ld.js';
import { firstMeta } from './meta-tags.js';
import type { PageFacts } from './page-facts.js';

/** A BCP 47 tag from the spellings pages use: "en_US" → "en-US", "KO" → "ko"; null if not a tag. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [language, ...rest] = tag.split('-');
  return [language!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** The page's language: `<html lang>`, Content-Language, og:locale, JSON-LD inLanguage. */
export function readLang({ document, index, meta }: PageFacts, article: JsonLdNode | null): string | null {
  const httpEquiv = index
    .all('meta')
    .find((element) => element.getAttribute('http-equiv')?.toLowerCase() === 'content-language');
  return (
    normalizeLang(document.documentElement.getAttribute('lang')) ??
    normalizeLang(httpEquiv?.getAttribute('content')?.split(',')[0]) ??
    normalizeLang(firstMeta(meta, 'og:locale', 'language')) ??
    normalizeLang(jsonLdText(article?.['inLanguage']))
  );
}
