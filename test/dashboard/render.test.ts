import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedHtml } from '../../src/dashboard/render/embed.js';
import { escapeHtml, html } from '../../src/dashboard/render/html.js';
import { markdownToHtml } from '../../src/dashboard/render/markdown.js';
import { escapeText } from '../../src/services/format/escape.js';

test('escapeHtml makes text inert in content and in quoted attributes', () => {
  assert.equal(
    escapeHtml(`<img src=x onerror="a('b')">&`),
    '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
  );
});

test('html escapes every value but the markup of other templates', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(
    html`<p title="${'"x"'}">${inner}${['<', 1]}${undefined}${false}</p>`.markup,
    '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;1</p>',
  );
});

test('markdownToHtml reads the markdown the bot writes: escapes, bold, masked links, timestamps', () => {
  assert.equal(markdownToHtml(escapeText('A *b* <script>')).markup, 'A *b* &lt;\u200bscript&gt;');
  assert.equal(markdownToHtml('**Bold \\*x\\***').markup, '<strong>Bold *x*</strong>');
  assert.equal(
    markdownToHtml('[a \\] b](https://example.com/x?y=1&z=2)').markup,
    '<a href="https://example.com/x?y=1&amp;z=2" rel="noopener noreferrer nofollow" target="_blank">a ] b</a>',
  );
  assert.match(markdownToHtml('<t:0:R>').markup, /^<time datetime="1970-01-01T00:00:00.000Z" data-style="R">/);
  assert.equal(markdownToHtml('one\ntwo').markup, 'one<br>two');
});

test('markdownToHtml links only http(s) and escapes what a page wrote in a label', () => {
  assert.equal(markdownToHtml('[x](javascript:alert(1))').markup, '[x](javascript:alert(1))');
  assert.equal(
    markdownToHtml('[<b onclick=x>](https://e.example/)').markup,
    '<a href="https://e.example/" rel="noopener noreferrer nofollow" target="_blank">&lt;b onclick=x&gt;</a>',
  );
});

test('embedHtml draws the parts of an embed and links only http(s)', () => {
  const markup = embedHtml({
    title: 'A \\*title\\*',
    url: 'javascript:alert(1)',
    description: '• **one**',
    color: 0xff0000,
    author: { name: 'Site' },
    fields: [{ name: 'Section', value: 'AI', inline: true }],
    footer: { text: 'Summary · site.example' },
    image: { url: 'https://img.example/lead.jpg' },
  }).markup;
  assert.match(markup, /data-colour="#ff0000"/);
  assert.match(markup, /<h3 class="embed-title">A \*title\*<\/h3>/, 'no link to a javascript: address');
  assert.match(markup, /<strong>one<\/strong>/);
  assert.match(markup, /class="field inline"><div class="field-name">Section<\/div><div class="field-value">AI</);
  assert.match(markup, /href="https:\/\/img\.example\/lead\.jpg"[^>]*>Image from img\.example</);
  assert.match(markup, /class="embed-footer">Summary · site\.example</);
});
