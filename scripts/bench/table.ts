/** One section of the `npm run bench` output. */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** A line under the table: targets, what was measured. */
  note?: string;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return value;
}

/** Render a table as GitHub-style markdown, so it can be pasted into a note as is. */
export function renderTable(table: BenchTable): string {
  const lines = [
    `### ${table.title}`,
    '',
    `| ${table.columns.join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
  ];
  for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  if (table.note) lines.push('', table.note);
  return lines.join('\n');
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
