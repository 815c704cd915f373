/** A piece of a template: the admin's own text, or a `{name}` to fill in. */
export type TemplateToken = { text: string } | { placeholder: string };

// Only a word in braces is a placeholder, so `{ }`, `{1,2}` or JSON-looking text stay literal.
const PLACEHOLDER = /\{([a-z_]+)\}/gi;

/**
 * Split a template into literal text and placeholders, once: values are put in after, so a feed
 * title that says `{summary}` is shown as is and never filled in again.
 */
export function parseTemplate(template: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) tokens.push({ text: template.slice(at, match.index) });
    tokens.push({ placeholder: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < template.length) tokens.push({ text: template.slice(at) });
  return tokens;
}
