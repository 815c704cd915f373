import type { DomDocument, DomElement } from './dom.js';

/**
 * The elements the metadata and link readers look at, gathered in one walk. On linkedom every
 * `querySelectorAll` walks the whole tree and compiles its selector again, and a page needs a dozen.
 */
const INDEXED_TAGS = new Set(['base', 'title', 'meta', 'link', 'script', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'time']);

/** Containers whose class or id is read (for "related" blocks); other elements only by tag. */
const CONTAINER_TAGS = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav']);

/** Tags that mark the article itself (HTML `<article>`, `<main>`). */
const ARTICLE_TAGS = new Set(['article', 'main']);

export class ElementIndex {
  private readonly byTag = new Map<string, DomElement[]>();
  /** Containers with a class or id, in document order. */
  readonly containers: DomElement[] = [];
  /** Elements the page marks as its article: `<article>`, `<main>`, `itemprop="articleBody"`, `role="main"`. */
  readonly articleMarks: DomElement[] = [];

  constructor(document: DomDocument) {
    this.visit(document.documentElement);
  }

  private visit(parent: DomElement): void {
    for (let element = parent.firstElementChild; element; element = element.nextElementSibling) {
      const tag = element.localName;
      if (INDEXED_TAGS.has(tag)) {
        const list = this.byTag.get(tag);
        if (list) list.push(element);
        else this.byTag.set(tag, [element]);
      } else if (ARTICLE_TAGS.has(tag)) {
        this.articleMarks.push(element);
      } else if (CONTAINER_TAGS.has(tag)) {
        if (element.hasAttribute('class') || element.hasAttribute('id')) this.containers.push(element);
        if (element.getAttribute('itemprop') === 'articleBody' || element.getAttribute('role') === 'main')
          this.articleMarks.push(element);
      }
      this.visit(element);
    }
  }

  /** Every element with this (lower-case) tag, in document order. */
  all(tag: string): readonly DomElement[] {
    return this.byTag.get(tag) ?? [];
  }

  /** The first element with this tag. */
  first(tag: string): DomElement | null {
    return this.byTag.get(tag)?.[0] ?? null;
  }
}
