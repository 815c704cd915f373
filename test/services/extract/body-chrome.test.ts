import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../../../src/services/extract/index.js';

const PARAGRAPH =
  'The city council voted on Monday to let rental scooters use every street in the centre, after a trial that ran for two years. ';

/** A page whose article has five long paragraphs plus `extra` markup inside the article. */
function page(extra: string): string {
  const body = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH.repeat(2)}Paragraph ${i}.</p>`).join('');
  return `<html><head><title>Scooters</title></head><body><article>${extra}${body}</article></body></html>`;
}

function bodyOf(extra: string): string {
  return extractArticle(page(extra), 'https://news.example/scooters').text;
}

test('an affiliate disclaimer block is not article text', () => {
  const text = bodyOf('<div class="affiliate-disclaimer"><p>We may earn a commission from your purchases.</p></div>');
  assert.ok(!text.includes('commission'), text);
});

test('a standfirst (dek) is not article text', () => {
  const text = bodyOf('<h2 class="article__dek">Why one city changed its mind about scooters.</h2>');
  assert.ok(!text.includes('changed its mind'), text);
});

test('a caption whose class also says "text" is still a caption', () => {
  const text = bodyOf('<div class="caption-text">Scooters parked by the river on Sunday.</div>');
  assert.ok(!text.includes('parked by the river'), text);
});

test('a hover card inside a sentence leaves the sentence whole', () => {
  const text = bodyOf(
    '<p>The mayor, <a href="/p/ann">Ann Lee<span class="hovercard">Ann Lee<b>Mayor since 2019</b></span></a>, backed the plan.</p>',
  );
  assert.ok(text.includes('The mayor, Ann Lee, backed the plan.'), text);
});

test('a picture with a caption beside it, without <figure>, is not article text', () => {
  const text = bodyOf(
    '<div class="image top"><img src="/a.jpg" alt=""><p>In this 2006 file photo, a rider waits.</p></div>',
  );
  assert.ok(!text.includes('file photo'), text);
});

test('a pop-up card that repeats the link before it is not article text', () => {
  const text = bodyOf(
    '<p>He threatened Rep. <span><a href="/people/jo">Jo Park</a><span><img src="/jo.jpg"><a href="/people/jo">Jo Park</a><a href="/s/1">Senate passes bill</a></span></span> last year, police said.</p>',
  );
  assert.ok(text.includes('He threatened Rep. Jo Park last year, police said.'), text);
});

test('source indentation does not make a short caption long', () => {
  const indent = ' '.repeat(250);
  const text = bodyOf(`<div class="photo-caption">${indent}A rider waits at the lights.${indent}</div>`);
  assert.ok(!text.includes('rider waits'), text);
});

test('a long wire-photo caption is still a caption', () => {
  const caption =
    'The mayor, centre, rides a rental scooter past the town hall during the launch of the scheme. '.repeat(4);
  const text = bodyOf(`<div class="inlineImageEmbedCaption">${caption}</div>`);
  assert.ok(!text.includes('town hall during the launch'), text);
});

test('an article streamed into a hidden element (server-rendered React) is still read; a hidden menu is not', () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH.repeat(2)}Paragraph ${i}.</p>`).join('');
  const html = `<html><head><title>Scooters</title></head><body><div hidden><ul><li>Menu item one</li></ul></div><div hidden id="S:0"><article>${paragraphs}</article></div></body></html>`;
  const text = extractArticle(html, 'https://news.example/scooters').text;
  assert.ok(text.includes('Paragraph 4.'), text);
  assert.ok(!text.includes('Menu item one'), text);
});

test('an <aside> is chrome unless it holds most of the text', () => {
  const text = bodyOf('<aside><p>Sign up for our scooter newsletter today and save.</p></aside>');
  assert.ok(!text.includes('newsletter'), text);
});

test('a paragraph that opens with a small image is still a paragraph', () => {
  const text = bodyOf('<p><img src="/flag.png" alt="">Riders over 18 may now use every street.</p>');
  assert.ok(text.includes('Riders over 18 may now use every street.'), text);
});
