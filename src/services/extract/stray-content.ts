import type { DomDocument, DomElement, DomNode, DomParent } from './dom-types.js';

/**
 * Content the markup leaves outside `<head>` and `<body>` (after `</body>` or `</html>`, or in a
 * tag a typo turned into `<boey>`) is moved into the body, where a browser's parser puts it (HTML
 * §13.2.6.4.19–21, "after body" and "after after body" reprocess in body). linkedom keeps it
 * beside the body or even beside `<html>`, and Readability, walking up from its best candidate
 * until it meets `<body>`, then runs off the top of the document and throws.
 */
export function moveStrayContentIntoBody(document: DomDocument): void {
  const { body, documentElement: root } = document;
  if (!body || body.parentElement !== root) return;
  moveChildrenInto(document, root, (node) => node === root || node.nodeType === DOCUMENT_TYPE_NODE);
  moveChildrenInto(root, body, (node) => node === document.head);
}

const DOCUMENT_TYPE_NODE = 10;

/**
 * Move `parent`'s children into `body`, except `body` itself (or the branch holding it) and those
 * `stays` keeps: those before that branch go to the body's start, those after to its end.
 */
function moveChildrenInto(parent: DomParent, body: DomElement, stays: (node: DomNode) => boolean): void {
  let beforeBody = true;
  const first = body.firstChild;
  // A copy of the list, since nodes leave it; childNodes because linkedom's doctype has no nextSibling.
  for (const node of Array.from(parent.childNodes)) {
    if (node === body || (node as DomElement).contains?.(body)) beforeBody = false;
    else if (!stays(node)) {
      if (beforeBody) body.insertBefore(node, first);
      else body.appendChild(node);
    }
  }
}

/**
 * `<html>`, `<head>` and `<body>` tags inside the body are ignored by a browser's parser (their
 * content stays where it is). They appear when a page opens with content before its `<html>` tag
 * and is parsed inside a skeleton (dom.ts); kept as elements, they too send Readability's walk up
 * past the top. Each is replaced by its children.
 */
export function unwrapNestedRoots(document: DomDocument): void {
  const { body } = document;
  if (!body) return;
  for (const nested of [...body.querySelectorAll('html, head, body')]) {
    const parent = nested.parentElement;
    if (!parent) continue;
    while (nested.firstChild) parent.insertBefore(nested.firstChild, nested);
    nested.remove();
  }
}
