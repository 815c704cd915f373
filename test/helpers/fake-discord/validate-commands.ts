import type { FieldProblem } from './api-error.js';

type Body = Record<string, any>;

/** Chat-input and option names (DOCS interactions/application-commands.mdx "Application Command Naming"). */
const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Per-application caps by command type (same page): 100 chat input, 15 user, 15 message. */
const MAX_PER_TYPE: Record<number, number> = { 1: 100, 2: 15, 3: 15 };

function checkName(path: FieldProblem['path'], name: unknown, chatInput: boolean): FieldProblem[] {
  const text = typeof name === 'string' ? name : '';
  const ok = chatInput ? CHAT_NAME.test(text) && text === text.toLowerCase() : text.length >= 1 && text.length <= 32;
  return ok
    ? []
    : [{ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid: ${JSON.stringify(name)}` }];
}

function checkDescription(path: FieldProblem['path'], description: unknown): FieldProblem[] {
  const length = typeof description === 'string' ? description.length : 0;
  return length >= 1 && length <= 100
    ? []
    : [{ path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }];
}

function checkOptions(path: FieldProblem['path'], options: Body[] | undefined): FieldProblem[] {
  if (!options) return [];
  const problems: FieldProblem[] =
    options.length > 25 ? [{ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] : [];
  options.forEach((option, i) => {
    problems.push(
      ...checkName([...path, i, 'name'], option.name, true),
      ...checkDescription([...path, i, 'description'], option.description),
    );
    if ((option.choices?.length ?? 0) > 25)
      problems.push({
        path: [...path, i, 'choices'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    problems.push(...checkOptions([...path, i, 'options'], option.options));
  });
  return problems;
}

/** Rules for a full command list (a PUT overwrite): names, descriptions, options, duplicates and per-type caps. */
export function checkCommandList(commands: unknown): FieldProblem[] {
  if (!Array.isArray(commands)) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const perType: Record<number, number> = {};
  commands.forEach((command: Body, i) => {
    const type = Number(command.type ?? 1);
    const chatInput = type === 1;
    problems.push(...checkName([i, 'name'], command.name, chatInput));
    if (chatInput)
      problems.push(
        ...checkDescription([i, 'description'], command.description),
        ...checkOptions([i, 'options'], command.options),
      );
    const key = `${type}:${command.name}`;
    if (seen.has(key))
      problems.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique: ${command.name}`,
      });
    seen.add(key);
    perType[type] = (perType[type] ?? 0) + 1;
  });
  for (const [type, count] of Object.entries(perType)) {
    const max = MAX_PER_TYPE[Number(type)];
    if (max !== undefined && count > max)
      problems.push({
        path: [],
        code: 'APPLICATION_COMMANDS_TOO_MANY',
        message: `At most ${max} commands of type ${type}.`,
      });
  }
  return problems;
}
