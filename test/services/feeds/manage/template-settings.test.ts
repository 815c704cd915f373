import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseTemplate } from '../../../../src/services/feeds/manage/template-settings.js';

test('no template option: nothing to change', () => {
  assert.deepEqual(chooseTemplate({ title: '{title}' }, {}), { ok: true });
});

test('given parts replace the same parts and keep the others; a hex colour is read with or without #', () => {
  assert.deepEqual(chooseTemplate({ title: '{title}', footer: '{feed}' }, { footer: 'Via {feed}', color: '#5865F2' }), {
    ok: true,
    template: { title: '{title}', footer: 'Via {feed}', color: 0x5865f2 },
  });
  assert.deepEqual(chooseTemplate(undefined, { color: 'ff0000', textOnly: true }), {
    ok: true,
    template: { color: 0xff0000, textOnly: true },
  });
});

test('clear starts from the plain card; clearing everything (or turning text-only off on nothing) leaves no template', () => {
  assert.deepEqual(chooseTemplate({ title: '{title}' }, { clear: true, content: '{link}' }), {
    ok: true,
    template: { content: '{link}' },
  });
  assert.deepEqual(chooseTemplate({ title: '{title}' }, { clear: true }), { ok: true, template: null });
  assert.deepEqual(chooseTemplate({ textOnly: true }, { textOnly: false }), { ok: true, template: null });
});

test('a bad colour or a template that fails its check is refused politely, with the reason', () => {
  const colour = chooseTemplate(undefined, { color: 'blurple' });
  assert.equal(colour.ok, false);
  assert.match(
    colour.ok ? '' : colour.refusal,
    /^Sorry, `blurple` isn't a colour I can use: give it in hex, like #5865F2\./,
  );
  const unknown = chooseTemplate(undefined, { content: '{titel}' });
  assert.match(
    unknown.ok ? '' : unknown.refusal,
    /^Sorry, I can't save that template\. In the message text: `\{titel\}`/,
  );
});
