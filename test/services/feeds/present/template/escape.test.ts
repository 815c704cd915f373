import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPost } from '../../../../../src/services/feeds/present/template/render-post.js';
import { article, FEED } from './article.js';

const HOSTILE = '@everyone [x](https://evil.example) <@123> <@&456>';

test('hostile feed and page text renders inert in every part of a template, as on the card', () => {
  const hostile = article({
    title: HOSTILE,
    byline: '@here <@&1>',
    section: '# heading',
    summary: ['# heading', '[google.com](https://evil.example/phish)'],
    source: { name: '[trusted](https://evil.example)', url: 'https://src.example/(x)' },
  });
  const post = renderPost(
    {
      content: '{title} by {author} in {section} from {source}',
      title: '{title}',
      description: '{summary}',
      footer: '{feed} · {author}',
    },
    hostile,
    { ...FEED, title: '@everyone <@123>' },
  );
  const texts = [
    post.content ?? '',
    post.embeds[0]?.title ?? '',
    post.embeds[0]?.description ?? '',
    post.embeds[0]?.footer?.text ?? '',
  ];
  for (const text of texts) {
    assert.doesNotMatch(text, /@everyone|@here/, text);
    assert.doesNotMatch(text, /<@&?\d/, text);
    assert.doesNotMatch(text, /(?<!\\)\[[^\]]*(?<!\\)\]\(https:\/\/evil/, `no live masked link: ${text}`);
    assert.doesNotMatch(text, /^#\s/m, `no heading: ${text}`);
  }
});

test("the admin's own markdown stays; a URL placed in it is made safe", () => {
  const post = renderPost(
    { content: '**New:** [{title}]({link})' },
    article({ url: 'https://news.example/a (b)', title: 'A ] trick' }),
    FEED,
  );
  assert.equal(post.content, '**New:** [A \\] trick](https://news.example/a%20%28b%29)');
});

test('a link that is not http(s) renders as nothing', () => {
  const post = renderPost({ content: '<{image}>' }, article({ image: 'javascript:alert(1)' }), FEED);
  assert.equal(post.content, '<>');
});
