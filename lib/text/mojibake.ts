/**
 * Repairs one kind of mojibake found in real pages (seed 003): UTF-8 punctuation decoded as Thai
 * code page 874 and then stripped of its undecodable continuation bytes. What survives is the lead
 * byte rendered as a Thai letter:
 *
 * - `โ` (0xE2) is all that is left of `’ “ ” — –` (E2 80 99 / 9C / 9D / 94 / 93): which one it was
 *   is decided from its neighbours, since the lost bytes cannot be recovered.
 * - `ย` (0xC2) is the lead byte of a non-breaking space (C2 A0); `ยฉ` is `©` (C2 A9).
 *
 * Real Thai text is left alone: a character is only repaired when neither neighbour is Thai.
 */

const THAI = /[\u0E00-\u0E7F]/;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
/** What may follow an apostrophe in English: `’s`, `’t`, `’re`, `’ve`, `’ll`, `’d`, `’m`. */
const CONTRACTION = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}])/u;
const OPENERS = new Set(['(', '[', '{', '—', '–', '-', '/']);

function isThai(ch: string | undefined): boolean {
  return ch !== undefined && THAI.test(ch);
}

/** Decides what a surviving `โ` stood for, from its neighbours and whether a quote is open. */
function repairLeadByte(prev: string | undefined, rest: string, quoteOpen: boolean): { out: string; open: boolean } {
  const next = rest[0];
  const prevIsSpace = prev === undefined || /\s/.test(prev) || OPENERS.has(prev);
  const nextIsSpace = next === undefined || /\s/.test(next);
  // 85โ90% — a numeric range: en dash.
  if (prev !== undefined && next !== undefined && DIGIT.test(prev) && DIGIT.test(next)) return { out: '–', open: quoteOpen };
  // ` โmine-to-magnet` — nothing before, a word after: an opening quote.
  if (prevIsSpace && !nextIsSpace) return { out: '“', open: true };
  if (prevIsSpace && nextIsSpace) return { out: '—', open: quoteOpen };
  // Chinaโs, donโt — an apostrophe (a letter before, a contraction ending after).
  if (prev !== undefined && LETTER.test(prev) && CONTRACTION.test(rest)) return { out: '’', open: quoteOpen };
  // magnetโ goal — closes an open quote; Materialsโ Narva (none open) is a plural possessive.
  if (nextIsSpace || /^[.,;:!?)\]]/.test(rest)) {
    if (quoteOpen) return { out: '”', open: false };
    return { out: prev === 's' ? '’' : '”', open: false };
  }
  // globalโand, projectโan — a word on each side: an em dash (the text's own spacing style).
  return { out: '—', open: quoteOpen };
}

/**
 * Repairs cp874 mojibake (`Chinaโs` → `China’s`, `globalโand` → `global—and`,
 * `โmine-to-magnetโ` → `“mine-to-magnet”`, `ย` → space, `ยฉ` → `©`). Quote state is tracked per
 * line, so an unbalanced quote cannot leak into the next paragraph.
 */
export function repairMojibake(text: string): string {
  if (!/[โย]/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let open = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i] as string;
        const prev = line[i - 1];
        const next = line[i + 1];
        if ((ch !== 'โ' && ch !== 'ย') || isThai(prev)) {
          out += ch;
          continue;
        }
        if (ch === 'ย' && next === 'ฉ' && !isThai(line[i + 2])) {
          out += '©';
          i++;
          continue;
        }
        if (isThai(next)) {
          out += ch;
          continue;
        }
        if (ch === 'ย') {
          out += ' ';
          continue;
        }
        const repaired = repairLeadByte(prev, line.slice(i + 1), open);
        out += repaired.out;
        open = repaired.open;
      }
      return out;
    })
    .join('\n');
}
