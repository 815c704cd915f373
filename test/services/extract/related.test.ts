import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../../src/services/extract/dom.js';
import { gatherFacts } from '../../../src/services/extract/page-facts.js';
import { MAX_RELATED, readRelated } from '../../../src/services/extract/related.js';

const PAGE_URL = 'https://news.example/world/story-one?utm_source=feed';
const CANONICAL = 'https://news.example/world/story-one';

function related(body: string) {
  return readRelated(gatherFacts(parseDocument(`<html><body>${body}</body></html>`), PAGE_URL), CANONICAL);
}

test('related links come from the page\'s "Related" section, absolute', () => {
  const links = related(`
    <nav><a href="/world/nav-story-link">World</a></nav>
    <article><p>Body text with <a href="/world/inline-story">an inline link</a>.</p></article>
    <section class="related-articles"><h2>Related Articles</h2><ul>
      <li><a href="/world/story-two"><span>World</span><h3>Story two</h3><p>Its teaser.</p></a></li>
      <li><a href="https://other.example/2024/story-three.html">Story three</a></li>
    </ul></section>`);
  assert.deepEqual(links, [
    { title: 'Story two', url: 'https://news.example/world/story-two' },
    { title: 'Story three', url: 'https://other.example/2024/story-three.html' },
  ]);
});

test('a heading alone marks a related section, in other languages too', () => {
  assert.deepEqual(related('<div><h3>관련 기사</h3><a href="/ko/world/story-two">둘째 기사</a></div>'), [
    { title: '둘째 기사', url: 'https://news.example/ko/world/story-two' },
  ]);
  assert.deepEqual(related('<div><h3>See also</h3><a href="/world/story-two">Story two</a></div>').length, 1);
});

test('rel="related" links count wherever they are', () => {
  assert.deepEqual(related('<p>Read <a rel="related" href="/world/story-two" title="Story two">this</a>.</p>'), [
    { title: 'Story two', url: 'https://news.example/world/story-two' },
  ]);
});

test('share, social, login, index and self links are never related', () => {
  const links = related(`
    <section class="related"><h2>Related</h2>
      <a href="/world/story-one">This very story</a>
      <a href="https://news.example/world/story-one#comments">Comments on this story</a>
      <a href="https://x.com/intent/tweet?url=x">Share on X</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a>
      <a href="/login">Sign in</a>
      <a href="/tag/openai">OpenAI</a>
      <a href="/world">World</a>
      <a href="/">Home</a>
      <a href="mailto:desk@news.example">Email us</a>
      <a href="/world/story-two"></a>
      <a href="/world/story-three">Story three</a>
    </section>`);
  assert.deepEqual(links, [{ title: 'Story three', url: 'https://news.example/world/story-three' }]);
});

test('related links are deduplicated and capped', () => {
  const items = Array.from(
    { length: 8 },
    (_, index) => `<li><a href="/world/story-${index + 2}">Story ${index + 2}</a></li>`,
  ).join('');
  const links = related(`<ul class="related-links"><li><a href="/world/story-2/">Story 2 again</a></li>${items}</ul>`);
  assert.equal(links.length, MAX_RELATED);
  assert.equal(new Set(links.map((link) => link.url.replace(/\/$/, ''))).size, MAX_RELATED);
  assert.equal(links[0]!.title, 'Story 2 again');
});

test('a page with no related section has no related links', () => {
  assert.deepEqual(related('<article><p>Text with <a href="/world/story-two">a link</a>.</p></article>'), []);
});

test('relative links resolve against <base href>', () => {
  const html =
    '<html><head><base href="https://cdn.news.example/world/"></head><body><section class="related"><a href="story-two">Story two</a></section></body></html>';
  assert.deepEqual(readRelated(gatherFacts(parseDocument(html), PAGE_URL), CANONICAL), [
    { title: 'Story two', url: 'https://cdn.news.example/world/story-two' },
  ]);
});

test('related links lose their tracking parameters; affiliate links are not offered', () => {
  assert.deepEqual(
    related(`<section class="related"><h2>Related</h2>
      <a href="/world/story-two?utm_source=rel&utm_medium=web&id=7&gmpage=2">Story two</a>
      <a href="/world/story-three?from=related">Story three</a>
      <a href="https://www.amazon.com/dp/B000123?tag=site-20">A gadget</a>
      <a href="https://go.skimresources.com/?id=1&url=https%3A%2F%2Fshop.example%2Fitem">A deal</a>
      <a href="/world/story-one?utm_source=again">This story again</a>
    </section>`),
    [
      { title: 'Story two', url: 'https://news.example/world/story-two?id=7' },
      { title: 'Story three', url: 'https://news.example/world/story-three' },
    ],
  );
});
