/** Small text formatters for the extension pages: sizes, counts, messages. */

/** `1536` → `1.5 KB`; binary multiples, one decimal below 10. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${v} ${v === 1 ? 'byte' : 'bytes'}`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** `1` → `1 fact`, `3` → `3 facts`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** `text` ending with sentence punctuation, so messages can be joined (`Bad file` → `Bad file.`). */
export function asSentence(text: string): string {
  const t = text.trim();
  return !t || /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * Whether a quoted sentence breaks off in its source (it ends on a letter or digit, with no closing
 * punctuation: real web text is sometimes cut mid-word, as in the seed "…Europe is accel"). The UI
 * shows an ellipsis instead of letting a cut read as a complete sentence.
 */
export function breaksOff(quote: string): boolean {
  return /[\p{L}\p{N}]$/u.test(quote.trimEnd());
}
