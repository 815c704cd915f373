/**
 * The slice of the DOM the extractor uses. linkedom's own typings name browser types that this
 * project's `lib` (no "DOM") does not have, so they resolve to `any`; these keep our code checked.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  remove(): void;
}

export interface DomElement extends DomNode, DomParent {
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  getElementsByTagName(tag: string): ArrayLike<DomElement> & Iterable<DomElement>;
  appendChild(node: DomNode): DomNode;
  insertBefore(node: DomNode, child: DomNode | null): DomNode;
}

/** What can hold children: an element or the document itself. */
export interface DomParent {
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomDocument extends DomParent {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
}
