import { PLACEHOLDERS, type PlaceholderName } from './placeholders.js';

/** Edits (insert, delete, replace) between two short words. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The placeholder a typo most likely meant (`{titel}`, `{Title}`), when one is within two edits. */
export function closestPlaceholder(typed: string): PlaceholderName | undefined {
  const lower = typed.toLowerCase();
  let best: { name: PlaceholderName; edits: number } | undefined;
  for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
    const edits = distance(lower, name);
    if (edits <= 2 && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
