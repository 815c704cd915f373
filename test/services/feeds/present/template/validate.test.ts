import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTemplate } from '../../../../../src/services/feeds/present/template/parse.js';
import { TEMPLATE_PARTS } from '../../../../../src/services/feeds/present/template/parts.js';
import { renderPart } from '../../../../../src/services/feeds/present/template/render.js';
import { checkTemplate } from '../../../../../src/services/feeds/present/template/validate.js';
import { placeholderValues } from '../../../../../src/services/feeds/present/template/values.js';
import { article, FEED } from './article.js';

const reason = (template: Parameters<typeof checkTemplate>[0]) => {
  const check = checkTemplate(template);
  return check.ok ? '' : check.reason;
};

test('an unknown placeholder is refused with its name, a likely meaning and the list', () => {
  const why = reason({ content: 'New: {titel}' });
  assert.match(why, /^In the message text: `\{titel\}` isn't a placeholder I know\. Did you mean `\{title\}`\?/);
  assert.match(why, /\{reading_time\}/);
  assert.match(reason({ title: '{Title}' }), /the embed title.*Did you mean `\{title\}`/);
  assert.doesNotMatch(reason({ footer: '{zzzzzzzz}' }), /Did you mean/);
});

test('a part whose worst case passes its limit is refused, saying how long it could get and why', () => {
  // {feed} can be 100 and {source} 100, and {title} is promised 100: 303 can't fit 256.
  assert.match(
    reason({ title: '{feed}: {source} {title}' }),
    /^The embed title could reach 303 characters, and 256 fit there\..*\{title\} needs at least 100/,
  );
  assert.match(reason({ content: 'x'.repeat(1901) }), /message text could reach 1901 characters, and 1900 fit/);
  assert.match(reason({ content: `${'x'.repeat(1750)}{summary}` }), /\{summary\} needs at least 200/);
  assert.match(reason({ footer: '{related}{related}{related}' }), /footer could reach 3072/);
});

test('the embed as a whole must fit 6000: title, description and footer together with the site name', () => {
  const why = reason({ description: '{summary}', footer: 'f'.repeat(1500) });
  assert.match(
    why,
    /title, description, footer and site name could reach 6108 characters together, and Discord allows 6000/,
  );
  assert.deepEqual(
    checkTemplate({ description: '{summary}', footer: 'f'.repeat(1500), textOnly: true }),
    { ok: true },
    'no embed, no total',
  );
});

test('templates within every limit are accepted', () => {
  for (const template of [
    { content: '{title}\n{link}' },
    { content: '**{title}**\n{summary}\n{link}', textOnly: true },
    {
      title: '{source}: {feed}',
      description: '{summary}\n\n{author} · {published} · {section}\n{related}',
      footer: '{feed} · {reading_time}',
      color: 0xff0000,
    },
    { content: 'x'.repeat(1900) },
    { title: '📰 {title}', footer: '{title}' },
  ])
    assert.deepEqual(checkTemplate(template), { ok: true }, JSON.stringify(template));
});

test('an accepted template renders within its limits whatever the feed says (worst case: every value at its longest)', () => {
  const huge = article({
    title: '*'.repeat(1000),
    summary: Array.from({ length: 10 }, () => '_'.repeat(1000)),
    byline: '@'.repeat(500),
    source: { name: '#'.repeat(500), url: `https://s.example/${'p'.repeat(400)}` },
    section: '>'.repeat(500),
    related: Array.from({ length: 10 }, (_, i) => ({ title: '['.repeat(300), url: `https://r.example/${i}` })),
  });
  const template = {
    content: '{title} {author} {source} {section} {link} {source_link} {summary}',
    description: 'Text {summary} {related} {author} {source} {title} then {summary}',
  };
  assert.deepEqual(checkTemplate(template), { ok: true });
  for (const part of ['content', 'description'] as const) {
    const out = renderPart(
      parseTemplate(template[part]),
      placeholderValues(huge, FEED, { plain: false }),
      TEMPLATE_PARTS[part].limit,
    );
    assert.ok(out.length <= TEMPLATE_PARTS[part].limit, `${part}: ${out.length}`);
    assert.match(out, /_…$/, '{summary} is what gave way, cut at its end');
  }
});
