/** Small statistics for the benchmark: medians and ranges over runs. */

/** A figure over runs. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
  runs: number[];
}

/** Median, min and max of `xs` (NaN-free; empty gives NaN). */
export function stat(xs: readonly number[]): Stat {
  const runs = xs.filter((x) => Number.isFinite(x));
  const s = [...runs].sort((a, b) => a - b);
  const n = s.length;
  const median = n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return { median, min: n ? s[0]! : NaN, max: n ? s[n - 1]! : NaN, n, runs };
}

/** Formats milliseconds for a table: `12.3` or `1,234`. */
export function fmtMs(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString('en');
  return x.toFixed(1);
}

/** `median (min–max)`. */
export function fmtStat(s: Stat | undefined, unit = ''): string {
  if (!s || !s.n) return '–';
  if (s.n === 1) return `${fmtMs(s.median)}${unit}`;
  return `${fmtMs(s.median)}${unit} (${fmtMs(s.min)}–${fmtMs(s.max)})`;
}

/** Ratio `a / b` formatted as `3.2×`. */
export function fmtRatio(x: number): string {
  return Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×` : '–';
}
