/**
 * The coverage report (`npm run kb:report`): capitalised phrases, acronyms and numbers-with-units
 * in the seeds that no entity mention or fact figure covers, so gaps in the catalog and the figure
 * parser are visible instead of guessed.
 */
import type { Bundle } from '../facts/schema';

/** One uncovered span kind. */
export type GapKind = 'phrase' | 'acronym' | 'number';

/** An uncovered span, with how often and where it occurs. */
export interface Gap {
  kind: GapKind;
  text: string;
  count: number;
  sources: string[];
  /** Why a curator found this phrase or acronym not to be an entity (`seeds/report-reviewed.json`). */
  reviewed?: string;
}

/** The report: per-kind gaps, most frequent first, and the totals. */
export interface CoverageReport {
  gaps: Gap[];
  totals: Record<GapKind, { seen: number; uncovered: number }>;
  /** Uncovered phrases and acronyms nobody has reviewed: names that may be entities the dictionary lacks. */
  unknownNames: Gap[];
}

// Words that start sentences or headings and name nothing.
const STOP = new Set(
  'The This That These Those A An In On At By For From To Of And Or But With As It Its Is Are Was Were Be Has Have Had Meanwhile Currently Separately Notably Simultaneously Recently However Although Through Such Only Add What Yet With Driven According Countries Major Two Both Each While Under Over Among Also Europe’s Key Price Core Market Strategic Industrial Technology Supply Resource Green Application Geopolitical Innovations Primary Export Destination Corporate Views Author Publish Time Origin Site Highlights Related News Read More Data Source Statement Except For'.split(
    ' ',
  ),
);
const PATTERNS: [GapKind, RegExp][] = [
  ['acronym', /\b[A-Z][A-Z0-9&]{1,7}s?\b/g],
  ['number', /(?:[$€¥£]|C\$|R\$|RMB\s?)?\d[\d,.]*\s?(?:%|mt\b|tonnes?\b|tons?\b|million\b|billion\b|rupees?\b|jobs\b)(?:\s?(?:mt|tonnes|tons)\b)?/g],
  // Spaces only: a phrase never runs across a line (a heading and the paragraph under it).
  ['phrase', /\b[A-Z][\p{L}’'.-]+(?:[ \t]+(?:(?:of|and|for|de|the)[ \t]+)?[A-Z][\p{L}’'.-]+)*/gu],
];

/**
 * Builds the coverage report over a bundle's sources. `reviewed` maps phrases and acronyms a
 * curator found not to be entities to the reason (dates, headings, demonyms, titles).
 */
export function coverageReport(bundle: Bundle, reviewed: Readonly<Record<string, string>> = {}): CoverageReport {
  const covered = new Map<string, [number, number][]>();
  const add = (sourceId: string, start: number, end: number) => {
    const list = covered.get(sourceId) ?? [];
    list.push([start, end]);
    covered.set(sourceId, list);
  };
  for (const m of bundle.mentions) add(m.sourceId, m.start, m.end);
  const figureSpans = new Map<string, [number, number][]>();
  for (const f of bundle.facts)
    for (const g of f.figures) {
      const at = f.start + (g.start ?? Math.max(0, f.quote.indexOf(g.text)));
      const list = figureSpans.get(f.sourceId) ?? [];
      list.push([at, at + g.text.length]);
      figureSpans.set(f.sourceId, list);
    }
  const overlaps = (spans: [number, number][] | undefined, s: number, e: number) => (spans ?? []).some(([a, b]) => a < e && s < b);
  const gaps = new Map<string, Gap>();
  const totals: CoverageReport['totals'] = { phrase: { seen: 0, uncovered: 0 }, acronym: { seen: 0, uncovered: 0 }, number: { seen: 0, uncovered: 0 } };
  for (const source of bundle.sources) {
    const claimed: [number, number][] = [];
    for (const [kind, re] of PATTERNS) {
      for (const m of source.text.matchAll(re)) {
        const text = m[0].trim();
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (overlaps(claimed, start, end)) continue;
        if (kind === 'phrase' && (STOP.has(text) || text.length < 3)) continue;
        claimed.push([start, end]);
        totals[kind].seen++;
        const spans = kind === 'number' ? figureSpans.get(source.id) : covered.get(source.id);
        if (overlaps(spans, start, end)) continue;
        totals[kind].uncovered++;
        const key = `${kind}:${text}`;
        const gap = gaps.get(key) ?? { kind, text, count: 0, sources: [] };
        gap.count++;
        if (!gap.sources.includes(source.id)) gap.sources.push(source.id);
        gaps.set(key, gap);
      }
    }
  }
  const sorted = [...gaps.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  for (const g of sorted) if (g.kind !== 'number' && reviewed[g.text]) g.reviewed = reviewed[g.text];
  return { gaps: sorted, totals, unknownNames: sorted.filter((g) => g.kind !== 'number' && !g.reviewed) };
}

/** The report as text for the terminal. */
export function formatCoverageReport(report: CoverageReport): string {
  const out: string[] = ['Coverage of the seeds by the catalog (mentions) and the figure parser (figures)', ''];
  out.push(`Unknown names that may be entities: ${report.unknownNames.length}`);
  for (const g of report.unknownNames) out.push(`  ${String(g.count).padStart(3)}×  ${g.text}   (${g.sources.join(', ')})`);
  out.push('');
  for (const kind of ['acronym', 'phrase', 'number'] as GapKind[]) {
    const t = report.totals[kind];
    out.push(`${kind}s: ${t.seen - t.uncovered} of ${t.seen} covered; uncovered:`);
    for (const g of report.gaps.filter((x) => x.kind === kind))
      out.push(`  ${String(g.count).padStart(3)}×  ${g.text}   (${g.sources.join(', ')})${g.reviewed ? `   reviewed: ${g.reviewed}` : ''}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
