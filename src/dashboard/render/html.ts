/** Markup that is already safe: made by `html`, never from a raw string of someone else's. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape helper: text becomes inert in element content and in quoted attributes alike. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

type Value = SafeHtml | string | number | boolean | null | undefined | Value[];

function piece(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  if (value instanceof SafeHtml) return value.markup;
  return escapeHtml(value);
}

/** A template whose every interpolated value is escaped, unless it is SafeHtml (other templates). */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += piece(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup);
}
