import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withRoleMentions } from '../../../../../src/services/feeds/present/template/post-content.js';
import { LIMITS } from '../../../../../src/services/format/limits.js';

test("role pings open the template's text; either alone is the content; neither, no content", () => {
  const roles = { content: '<@&111111111111111111>', mentionRoleIds: ['111111111111111111'] };
  assert.deepEqual(withRoleMentions({ embeds: [], content: 'New: A' }, roles), {
    embeds: [],
    content: '<@&111111111111111111> New: A',
    mentionRoleIds: ['111111111111111111'],
  });
  assert.deepEqual(withRoleMentions({ embeds: [] }, roles), { embeds: [], ...roles });
  assert.deepEqual(withRoleMentions({ embeds: [], content: 'New: A' }, {}), { embeds: [], content: 'New: A' });
  assert.deepEqual(withRoleMentions({ embeds: [] }, {}), { embeds: [] });
});

test('more roles than the reserved room cut the end of the text, never a ping', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(18));
  const content = ids.map((id) => `<@&${id}>`).join(' ');
  const out = withRoleMentions({ embeds: [], content: 'x'.repeat(1900) }, { content, mentionRoleIds: ids });
  assert.equal(out.content?.length, LIMITS.content);
  assert.ok(out.content?.startsWith(content));
});
