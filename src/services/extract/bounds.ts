/**
 * How much of a page's markup the extractor builds into a DOM. The parser (htmlparser2) and
 * Readability both cost more than linearly in nesting depth (a page of 2,000 nested `<div>`s took
 * 43 s, 50,000 unclosed `<p><b><i>` 14 s), so markup past these bounds is left out before parsing:
 * tags nested deeper than `maxDepth` are dropped (their text stays, in the deepest kept element),
 * and the page is cut after `maxNodes` nodes. News puts the story first, so the bounded prefix is
 * where the article is.
 */
export interface ExtractBounds {
  /** Deepest element nesting kept; deeper tags are dropped, their text kept. */
  maxDepth: number;
  /**
   * Nodes kept: elements, comments and text nodes, where every character reference is a text
   * node of its own (the parser emits one per `&amp;`, so 400k entities made 400k nodes).
   */
  maxNodes: number;
  /**
   * Ancestor–element pairs kept (each element counts its depth). Readability measures every
   * container over its whole subtree, so this is its cost: 300 chains of 64 nested `<div>`s stay
   * under `maxDepth` and `maxNodes` and still took seconds. The page is cut before the element
   * that passes it.
   */
  maxNesting: number;
  /** Attributes kept on one element; the rest are dropped (a `<div>` with 50,000 took seconds). */
  maxAttributes: number;
  /**
   * Characters kept of one attribute value; the rest are cut. linkedom spreads a class
   * attribute's tokens into one call, so 500,000 of them overflowed the stack.
   */
  maxAttributeChars: number;
}

/**
 * Readability's cost grows with nodes and with nesting (each container's text density is measured
 * over its whole subtree, up to four times when a page has little text), so the bounds are kept
 * well above real pages but low enough that a page at them is read in about a second. None
 * of the 89 benchmark pages reaches them (the largest has 3,933 nodes and 23,768 ancestor–element
 * pairs, the deepest nests 28, the most attributes on one element is 22); Lighthouse calls a page
 * excessive past depth 32.
 */
export const DEFAULT_EXTRACT_BOUNDS: ExtractBounds = {
  maxDepth: 64,
  maxNodes: 10_000,
  maxNesting: 200_000,
  maxAttributes: 64,
  maxAttributeChars: 65_536,
};
