import type { FieldProblem } from './api-error.js';

/** Message limits (DOCS resources/message.mdx:603-619, 1072-1092). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  nonce: 25,
  actionRows: 5,
  rowChildren: 5,
  customId: 100,
  buttonLabel: 80,
  mentionIds: 100,
} as const;

type Body = Record<string, any>;
const maxLength = (path: FieldProblem['path'], value: unknown, max: number): FieldProblem[] =>
  typeof value === 'string' && value.length > max
    ? [{ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }]
    : [];
const required = (path: FieldProblem['path'], value: unknown): FieldProblem[] =>
  typeof value === 'string' && value.trim() !== ''
    ? []
    : [{ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];

/** Counts toward the 6000-character total: title, description, field names/values, footer text, author name. */
function embedSize(embed: Body): number {
  const texts = [
    embed.title,
    embed.description,
    embed.footer?.text,
    embed.author?.name,
    ...(embed.fields ?? []).flatMap((f: Body) => [f.name, f.value]),
  ];
  return texts.reduce((sum: number, text) => sum + (typeof text === 'string' ? text.length : 0), 0);
}

function checkEmbeds(embeds: Body[]): FieldProblem[] {
  if (!Array.isArray(embeds)) return [{ path: ['embeds'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const problems: FieldProblem[] = [];
  if (embeds.length > LIMITS.embeds)
    problems.push({
      path: ['embeds'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${LIMITS.embeds} or fewer in length.`,
    });
  embeds.forEach((embed, i) => {
    problems.push(...maxLength(['embeds', i, 'title'], embed.title, LIMITS.embedTitle));
    problems.push(...maxLength(['embeds', i, 'description'], embed.description, LIMITS.embedDescription));
    problems.push(...maxLength(['embeds', i, 'footer', 'text'], embed.footer?.text, LIMITS.footerText));
    problems.push(...maxLength(['embeds', i, 'author', 'name'], embed.author?.name, LIMITS.authorName));
    const fields: Body[] = embed.fields ?? [];
    if (fields.length > LIMITS.embedFields)
      problems.push({
        path: ['embeds', i, 'fields'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${LIMITS.embedFields} or fewer in length.`,
      });
    fields.forEach((field, j) => {
      problems.push(
        ...required(['embeds', i, 'fields', j, 'name'], field.name),
        ...maxLength(['embeds', i, 'fields', j, 'name'], field.name, LIMITS.fieldName),
      );
      problems.push(
        ...required(['embeds', i, 'fields', j, 'value'], field.value),
        ...maxLength(['embeds', i, 'fields', j, 'value'], field.value, LIMITS.fieldValue),
      );
    });
  });
  const total = embeds.reduce((sum, embed) => sum + embedSize(embed), 0);
  if (total > LIMITS.embedTotal)
    problems.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    });
  return problems;
}

/** Legacy action rows (the only layout this bot sends): ≤5 rows of ≤5 children, custom_id ≤100, label ≤80. */
function checkComponents(components: Body[], flags: number): FieldProblem[] {
  if (!Array.isArray(components))
    return [{ path: ['components'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  if (flags & (1 << 15)) return []; // IS_COMPONENTS_V2 layouts are not checked by the fake
  const problems: FieldProblem[] = [];
  if (components.length > LIMITS.actionRows)
    problems.push({
      path: ['components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${LIMITS.actionRows} or fewer in length.`,
    });
  components.forEach((row, i) => {
    const children: Body[] = row.components ?? [];
    if (row.type !== 1 || children.length === 0 || children.length > LIMITS.rowChildren) {
      problems.push({
        path: ['components', i],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'An action row needs 1 to 5 components.',
      });
    }
    children.forEach((child, j) => {
      const path = ['components', i, 'components', j];
      problems.push(...maxLength([...path, 'label'], child.label, LIMITS.buttonLabel));
      const isLink = child.type === 2 && child.style === 5;
      if (isLink ? !child.url : !child.custom_id && child.style !== 6)
        problems.push({
          path,
          code: 'BASE_TYPE_REQUIRED',
          message: isLink ? 'A link button needs a url.' : 'custom_id is required.',
        });
      problems.push(...maxLength([...path, 'custom_id'], child.custom_id, LIMITS.customId));
    });
  });
  return problems;
}

function checkAllowedMentions(allowed: Body): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parse: unknown[] = allowed.parse ?? [];
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && Array.isArray(allowed[kind]) && allowed[kind].length > 0) {
      problems.push({
        path: ['allowed_mentions', kind],
        code: 'ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        message: `parse:["${kind}"] and ${kind} are mutually exclusive.`,
      });
    }
    if ((allowed[kind]?.length ?? 0) > LIMITS.mentionIds)
      problems.push({
        path: ['allowed_mentions', kind],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${LIMITS.mentionIds} or fewer in length.`,
      });
  }
  parse.forEach((kind, i) => {
    if (!['users', 'roles', 'everyone'].includes(kind as string))
      problems.push({
        path: ['allowed_mentions', 'parse', i],
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of ('users', 'roles', 'everyone').`,
      });
  });
  return problems;
}

/** Field rules for a message body (create or edit); only the fields present are checked. */
export function checkMessageFields(body: Body): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (body.content != null) problems.push(...maxLength(['content'], String(body.content), LIMITS.content));
  if (body.embeds != null) problems.push(...checkEmbeds(body.embeds));
  if (body.components != null) problems.push(...checkComponents(body.components, Number(body.flags ?? 0)));
  if (body.allowed_mentions != null) problems.push(...checkAllowedMentions(body.allowed_mentions));
  if (typeof body.nonce === 'string') problems.push(...maxLength(['nonce'], body.nonce, LIMITS.nonce));
  if (typeof body.nonce === 'number' && !Number.isSafeInteger(body.nonce))
    problems.push({ path: ['nonce'], code: 'NUMBER_TYPE_COERCE', message: 'nonce must be an integer or a string.' });
  return problems;
}

/** True when a message would show nothing: Discord answers 50006 "Cannot send an empty message". */
export function isEmptyMessage(message: {
  content?: string | null;
  embeds?: unknown[] | null;
  components?: unknown[] | null;
  attachments?: unknown[] | null;
  sticker_ids?: unknown[] | null;
  poll?: unknown;
}): boolean {
  const has = (list?: unknown[] | null) => Array.isArray(list) && list.length > 0;
  return (
    !(message.content ?? '').trim() &&
    !has(message.embeds) &&
    !has(message.components) &&
    !has(message.attachments) &&
    !has(message.sticker_ids) &&
    !message.poll
  );
}

/** Autocomplete results (callback type 8): ≤25 choices, name 1–100, string value ≤100 (DOCS application-commands.mdx). */
export function checkChoices(data: Body | undefined): FieldProblem[] {
  const choices: Body[] | undefined = data?.choices;
  if (!Array.isArray(choices))
    return [{ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  const problems: FieldProblem[] = [];
  if (choices.length > 25)
    problems.push({
      path: ['data', 'choices'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 25 or fewer in length.',
    });
  choices.forEach((choice, i) => {
    problems.push(
      ...required(['data', 'choices', i, 'name'], choice.name),
      ...maxLength(['data', 'choices', i, 'name'], choice.name, 100),
    );
    problems.push(...maxLength(['data', 'choices', i, 'value'], choice.value, 100));
  });
  return problems;
}
