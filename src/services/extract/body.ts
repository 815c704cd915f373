import { Readability } from '@mozilla/readability';
import { textBlocks, type TextBlock } from './blocks.js';
import { removeChrome } from './chrome.js';
import type { DomDocument, DomElement } from './dom.js';

/** Whether a block of the Readability output is article text (see boilerplate.ts). */
function keepBlock(_block: TextBlock): boolean {
  return true;
}

/**
 * The article body as paragraphs. Strips chrome from the DOM first (faster and more precise
 * scoring), then lets Readability pick the main content, then drops leftover boilerplate blocks.
 * Mutates `document`: read metadata and links before calling this.
 */
export function extractBody(document: DomDocument): string {
  if (document.body) removeChrome(document.body);
  const reader = new Readability<DomElement>(document, { serializer: (element: DomElement) => element, disableJSONLD: true });
  const content = reader.parse()?.content;
  if (!content) return '';
  return textBlocks(content)
    .filter(keepBlock)
    .map((block) => block.text)
    .join('\n\n');
}
