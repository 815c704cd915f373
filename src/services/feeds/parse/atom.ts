import { xmlCategories, xmlFeedImage } from './categories.js';
import { parseFeedDate } from './dates.js';
import type { FeedDraft, ItemDraft } from './identity.js';
import { ATOM_FAMILY, DUBLIN_CORE, NS } from './namespaces.js';
import { personName } from './people.js';
import { oneLine } from './text.js';
import { resolveUrl } from './urls.js';
import { atomText, type Finder, firstValue } from './values.js';
import type { XmlElement } from './xml.js';
import { attribute, elements, textContent } from './xml-query.js';

const NON_PAGE_RELS = new Set([
  'self',
  'enclosure',
  'edit',
  'edit-media',
  'replies',
  'hub',
  'next',
  'previous',
  'first',
  'last',
  'license',
  'via',
]);

/**
 * The page an Atom `link` set points to (RFC 4287 §4.2.7.2: no `rel` means "alternate"), HTML
 * preferred, `href` resolved against the link's own `xml:base`. An empty `href` is the base itself.
 */
export function alternateLink(parent: XmlElement, namespaces: readonly string[]): string | null {
  const links = elements(parent, namespaces, 'link').filter((link) => attribute(link, 'href') !== undefined);
  const alternates = links.filter((link) =>
    ['', 'alternate'].includes((attribute(link, 'rel') ?? '').trim().toLowerCase()),
  );
  const html = alternates.find((link) => /html/i.test(attribute(link, 'type') ?? 'text/html'));
  // A link with some other rel that still names a page (e.g. "related") beats having none.
  const chosen =
    html ?? alternates[0] ?? links.find((link) => !NON_PAGE_RELS.has((attribute(link, 'rel') ?? '').toLowerCase()));
  return chosen ? resolveUrl(attribute(chosen, 'href'), chosen.base) : null;
}

/** The first author's name in an Atom person construct (or its sloppy text-only form). */
export function atomAuthor(parent: XmlElement, namespaces: readonly string[]): string | null {
  for (const author of elements(parent, namespaces, 'author')) {
    const nameElement = elements(author, namespaces, 'name')[0];
    const name = personName(
      nameElement ? textContent(nameElement) : elements(author).length === 0 ? textContent(author) : null,
    );
    if (name) return name;
  }
  return null;
}

const dateOf = (el: XmlElement): string | null => parseFeedDate(textContent(el));

/** Map an Atom 1.0 or 0.3 document (the root's own namespace counts as Atom: 0.3 drafts used several). */
export function mapAtom(root: XmlElement): FeedDraft {
  const atom = [...new Set([root.ns, ...ATOM_FAMILY])];
  const a = (name: string): Finder => [atom, name];
  const dc = (name: string): Finder => [DUBLIN_CORE, name];
  const feedAuthor = atomAuthor(root, atom) ?? firstValue(root, [dc('creator')], (el) => personName(textContent(el)));
  const items = elements(root, atom, 'entry').map((entry): ItemDraft => {
    const source = elements(entry, atom, 'source')[0];
    return {
      guid: firstValue(entry, [a('id'), dc('identifier')], (el) => textContent(el).trim()),
      title:
        firstValue(entry, [a('title')], (el) => oneLine(atomText(el))) ??
        firstValue(entry, [dc('title')], (el) => oneLine(textContent(el))) ??
        '',
      link: alternateLink(entry, atom),
      published: firstValue(
        entry,
        [
          a('published'),
          a('issued'),
          a('created'),
          dc('date'),
          dc('issued'),
          dc('created'),
          a('updated'),
          a('modified'),
          dc('modified'),
        ],
        dateOf,
      ),
      summary:
        firstValue(entry, [a('content'), a('summary')], (el) =>
          attribute(el, 'src') === undefined ? atomText(el) : null,
        ) ??
        firstValue(entry, [dc('description'), [[NS.media], 'description']], (el) => atomText(el)) ??
        '',
      author:
        atomAuthor(entry, atom) ??
        firstValue(entry, [dc('creator'), dc('author')], (el) => personName(textContent(el))) ??
        (source ? atomAuthor(source, atom) : null) ??
        feedAuthor,
      ...xmlCategories(entry, atom),
    };
  });
  return {
    title:
      firstValue(root, [a('title')], (el) => oneLine(atomText(el))) ??
      firstValue(root, [dc('title')], (el) => oneLine(textContent(el))) ??
      '',
    link: alternateLink(root, atom),
    image: xmlFeedImage(root, [], atom),
    items,
  };
}
