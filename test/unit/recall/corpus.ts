/**
 * The recall corpus (test/fixtures/recall, issue 11): article-shaped texts with every expected
 * mention marked `[[surface|entity-id|class]]`. This module reads a document into its plain text
 * and expected spans, and scores found mentions against them (exact span and entity).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isBoilerplateLine } from '../../../lib/text/boilerplate';

export const RECALL_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall');
/** The held-out corpus: written by an annotator who never saw the dictionary (see its README). */
export const HELDOUT_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-heldout');
export const BLIND_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind');
export const BLIND2_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind2');
/** The third blind corpus (written 2 Dec 2026, 14:38–14:42, after the rules taken from the second). */
export const BLIND3_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind3');
/** The fourth blind corpus (written 2 Dec 2026, 14:54–14:58, after the rules taken from the third). */
export const BLIND4_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind4');
/** The fifth blind corpus (written 2 Dec 2026, 15:17–15:22, after the rules taken from the fourth). */
export const BLIND5_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind5');
/** The sixth blind corpus (written 2 Dec 2026, 15:57–16:02, after the rules taken from the fifth). */
export const BLIND6_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind6');
/** The seventh blind corpus (written 2 Dec 2026, 17:27–17:32, during the rules of the session that followed the sixth). */
export const BLIND7_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind7');
/** The eighth blind corpus (written 2 Dec 2026, 17:50–17:57, after the rules taken from the seventh). */
export const BLIND8_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind8');
/** The ninth blind corpus (written 2 Dec 2026, 18:11–18:18, after the rules taken from the eighth). */
export const BLIND9_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind9');
/** The tenth blind corpus (written 2 Dec 2026, 18:35–18:42, after the rules taken from the ninth). */
export const BLIND10_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind10');
/** The eleventh blind corpus (written 2 Dec 2026, 20:31–20:40, after the rules taken from the tenth). */
export const BLIND11_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind11');
/** The twelfth blind corpus (written 2 Dec 2026, 21:17–21:25, after the rules taken from the eleventh). */
export const BLIND12_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind12');
/** The thirteenth blind corpus (written 3 Dec 2026, 00:46–00:54, after the rules taken from the twelfth). */
export const BLIND13_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind13');
/** The fourteenth blind corpus (written 3 Dec 2026, 01:40–01:46, after the rules taken from the thirteenth). */
export const BLIND14_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind14');
/** The fifteenth blind corpus (written 3 Dec 2026, 06:22–06:29, after the rules taken from the fourteenth). */
export const BLIND15_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind15');
/** The sixteenth blind corpus (written 3 Dec 2026, 07:13–07:19, after the rules taken from the fifteenth). */
export const BLIND16_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind16');
/** The seventeenth blind corpus (written 3 Dec 2026, 08:32–08:39, after the rules taken from the sixteenth). */
export const BLIND17_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind17');
/** The eighteenth blind corpus (written 3 Dec 2026, 08:54–08:59, after the rules taken from the seventeenth). */
export const BLIND18_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind18');
/** The nineteenth blind corpus (written 3 Dec 2026, 10:30–10:34, after this session's rules and lexicon). */
export const BLIND19_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind19');
export const BLIND20_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind20');
export const BLIND21_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind21');
export const BLIND22_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind22');
/** The twenty-third blind corpus (written 3 Dec 2026, 14:14–14:21, after the rules and lexicon taken from the twenty-second). */
export const BLIND23_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind23');
/** The twenty-fourth blind corpus (written 3 Dec 2026, 14:42–14:48, scored after 866 entities of lexicon written without sight of it). */
export const BLIND24_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind24');
/** The twenty-fifth blind corpus (written 3 Dec 2026, 15:15–15:24, after the rules and lexicon taken from the twenty-fourth). */
export const BLIND25_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind25');
/** The twenty-sixth blind corpus (written 3 Dec 2026, 16:22–16:26, after all of this session's rules and lexicon). */
export const BLIND26_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind26');
export const BLIND27_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind27');
export const BLIND28_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind28');
/** The twenty-ninth blind corpus (written 3 Dec 2026, 20:54–21:02, after the rules and lexicon taken from the twenty-eighth). */
export const BLIND29_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind29');
/** The thirtieth blind corpus (written 3 Dec 2026, 21:45–21:53, after the lexicon's 2,332 places, materials and policies). */
export const BLIND30_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind30');
/** The thirty-first blind corpus (written 3 Dec 2026, 23:38–23:48, on subjects chosen away from every earlier corpus's). */
export const BLIND31_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind31');
/** The thirty-second blind corpus (written 4 Dec 2026, 00:33–00:47, after blind-31's rules and 669 entities of lexicon). */
export const BLIND32_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind32');
export const BLIND33_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind33');
export const BLIND34_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind34');
export const BLIND35_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind35');
export const BLIND36_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind36');
export const BLIND37_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind37');
export const BLIND38_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind38');
export const BLIND39_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind39');
export const BLIND40_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind40');
export const BLIND41_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind41');
export const BLIND42_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind42');
export const BLIND43_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind43');
export const BLIND44_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind44');
export const BLIND45_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind45');
export const BLIND46_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind46');
export const BLIND47_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind47');
export const BLIND48_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind48');
export const BLIND49_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind49');
export const BLIND50_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind50');
export const BLIND51_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind51');
export const BLIND52_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind52');
export const BLIND53_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind53');
export const BLIND54_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind54');
export const BLIND55_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind55');
export const BLIND56_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind56');
export const BLIND57_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind57');
export const BLIND58_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind58');
export const BLIND59_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind59');
export const BLIND60_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind60');
export const BLIND61_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind61');
export const BLIND62_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind62');
export const BLIND63_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind63');
export const BLIND64_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind64');
export const BLIND65_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind65');
export const BLIND66_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind66');
export const BLIND67_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind67');
export const BLIND68_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind68');
export const BLIND69_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind69');
export const BLIND70_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind70');
export const BLIND71_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind71');
export const BLIND72_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind72');
export const BLIND73_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind73');
export const BLIND74_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind74');
export const BLIND75_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind75');
export const BLIND76_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind76');
export const BLIND77_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind77');
export const BLIND78_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind78');
export const BLIND79_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind79');
export const BLIND80_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind80');
export const BLIND81_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind81');
export const BLIND82_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind82');
export const BLIND83_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind83');
export const BLIND84_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind84');
export const BLIND85_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind85');
export const BLIND86_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind86');
export const BLIND87_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind87');
export const BLIND88_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind88');
export const BLIND89_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind89');
export const BLIND90_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind90');
export const BLIND91_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind91');
export const BLIND92_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind92');
export const BLIND93_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind93');
export const BLIND94_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind94');
export const BLIND95_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind95');
export const BLIND96_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind96');
export const BLIND97_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind97');
export const BLIND98_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind98');
export const BLIND99_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind99');
export const BLIND100_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind100');
export const BLIND101_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind101');
export const BLIND102_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind102');
export const BLIND103_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind103');
export const BLIND104_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind104');
export const BLIND105_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind105');
export const BLIND106_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind106');
export const BLIND107_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind107');
export const BLIND108_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind108');
export const BLIND109_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind109');
export const BLIND110_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind110');
export const BLIND111_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind111');
export const BLIND112_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind112');
export const BLIND113_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind113');
export const BLIND114_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind114');
export const BLIND115_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind115');
export const BLIND116_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind116');
export const BLIND117_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind117');
export const BLIND118_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind118');
export const BLIND119_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind119');
export const BLIND120_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind120');
export const BLIND121_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind121');
export const BLIND122_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind122');
export const BLIND123_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind123');
export const BLIND124_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind124');
export const BLIND125_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind125');
export const BLIND126_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind126');
export const BLIND127_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind127');
export const BLIND128_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind128');
export const BLIND129_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind129');
export const BLIND130_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind130');
export const BLIND131_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind131');
export const BLIND132_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind132');
export const BLIND133_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind133');
export const BLIND134_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind134');
export const BLIND135_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind135');
export const BLIND136_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind136');
export const BLIND137_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind137');
export const BLIND138_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind138');
export const BLIND139_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind139');
export const BLIND140_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind140');
export const BLIND141_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind141');
export const BLIND142_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind142');
export const BLIND143_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind143');
export const BLIND144_DIR = path.resolve(import.meta.dirname, '../../fixtures/recall-blind144');
/** Every corpus, the tuned one first, the blind ones in the order they were written. */
export const ALL_CORPUS_DIRS = [
  RECALL_DIR,
  HELDOUT_DIR,
  BLIND_DIR,
  BLIND2_DIR,
  BLIND3_DIR,
  BLIND4_DIR,
  BLIND5_DIR,
  BLIND6_DIR,
  BLIND7_DIR,
  BLIND8_DIR,
  BLIND9_DIR,
  BLIND10_DIR,
  BLIND11_DIR,
  BLIND12_DIR,
  BLIND13_DIR,
  BLIND14_DIR,
  BLIND15_DIR,
  BLIND16_DIR,
  BLIND17_DIR,
  BLIND18_DIR,
  BLIND19_DIR,
  BLIND20_DIR,
  BLIND21_DIR,
  BLIND22_DIR,
  BLIND23_DIR,
  BLIND24_DIR,
  BLIND25_DIR,
  BLIND26_DIR,
  BLIND27_DIR,
  BLIND28_DIR,
  BLIND29_DIR,
  BLIND30_DIR,
  BLIND31_DIR,
  BLIND32_DIR,
  BLIND33_DIR,
  BLIND34_DIR,
  BLIND35_DIR,
  BLIND36_DIR,
  BLIND37_DIR,
  BLIND38_DIR,
  BLIND39_DIR,
  BLIND40_DIR,
  BLIND41_DIR,
  BLIND42_DIR,
  BLIND43_DIR,
  BLIND44_DIR,
  BLIND45_DIR,
  BLIND46_DIR,
  BLIND47_DIR,
  BLIND48_DIR,
  BLIND49_DIR,
  BLIND50_DIR,
  BLIND51_DIR,
  BLIND52_DIR,
  BLIND53_DIR,
  BLIND54_DIR,
  BLIND55_DIR,
  BLIND56_DIR,
  BLIND57_DIR,
  BLIND58_DIR,
  BLIND59_DIR,
  BLIND60_DIR,
  BLIND61_DIR,
  BLIND62_DIR,
  BLIND63_DIR,
  BLIND64_DIR,
  BLIND65_DIR,
  BLIND66_DIR,
  BLIND67_DIR,
  BLIND68_DIR,
  BLIND69_DIR,
  BLIND70_DIR,
  BLIND71_DIR,
  BLIND72_DIR,
  BLIND73_DIR,
  BLIND74_DIR,
  BLIND75_DIR,
  BLIND76_DIR,
  BLIND77_DIR,
  BLIND78_DIR,
  BLIND79_DIR,
  BLIND80_DIR,
  BLIND81_DIR,
  BLIND82_DIR,
  BLIND83_DIR,
  BLIND84_DIR,
  BLIND85_DIR,
  BLIND86_DIR,
  BLIND87_DIR,
  BLIND88_DIR,
  BLIND89_DIR,
  BLIND90_DIR,
  BLIND91_DIR,
  BLIND92_DIR,
  BLIND93_DIR,
  BLIND94_DIR,
  BLIND95_DIR,
  BLIND96_DIR,
  BLIND97_DIR,
  BLIND98_DIR,
  BLIND99_DIR,
  BLIND100_DIR,
  BLIND101_DIR,
  BLIND102_DIR,
  BLIND103_DIR,
  BLIND104_DIR,
  BLIND105_DIR,
  BLIND106_DIR,
  BLIND107_DIR,
  BLIND108_DIR,
  BLIND109_DIR,
  BLIND110_DIR,
  BLIND111_DIR,
  BLIND112_DIR,
  BLIND113_DIR,
  BLIND114_DIR,
  BLIND115_DIR,
  BLIND116_DIR,
  BLIND117_DIR,
  BLIND118_DIR,
  BLIND119_DIR,
  BLIND120_DIR,
  BLIND121_DIR,
  BLIND122_DIR,
  BLIND123_DIR,
  BLIND124_DIR,
  BLIND125_DIR,
  BLIND126_DIR,
  BLIND127_DIR,
  BLIND128_DIR,
  BLIND129_DIR,
  BLIND130_DIR,
  BLIND131_DIR,
  BLIND132_DIR,
  BLIND133_DIR,
  BLIND134_DIR,
  BLIND135_DIR,
  BLIND136_DIR,
  BLIND137_DIR,
  BLIND138_DIR,
  BLIND139_DIR,
  BLIND140_DIR,
  BLIND141_DIR,
  BLIND142_DIR,
  BLIND143_DIR,
  BLIND144_DIR,
] as const;

export const CLASSES = ['seed', 'variant', 'defined', 'ticker', 'gov', 'suffix', 'lexicon'] as const;
export type MentionClass = (typeof CLASSES)[number];

/** One expected mention, in offsets of the document's plain text. */
export interface Expected {
  text: string;
  entityId: string;
  cls: MentionClass;
  start: number;
  end: number;
}

export interface RecallDoc {
  name: string;
  kind: string;
  published: string;
  /** The article with the markup removed (what a page shows and the spotter reads). */
  plain: string;
  expected: Expected[];
}

const MARK = /\[\[([^|\]]+)\|([a-z0-9-]+)\|([a-z]+)\]\]/g;

/** Parses one corpus file (header, blank line, marked-up article). */
export function parseDoc(name: string, source: string): RecallDoc {
  const split = source.indexOf('\n\n');
  if (split < 0) throw new Error(`${name}: no blank line after the header`);
  const header = Object.fromEntries(
    source
      .slice(0, split)
      .split('\n')
      .map((l) => l.split(/:\s*/, 2) as [string, string]),
  );
  const body = source.slice(split + 2);
  const expected: Expected[] = [];
  let plain = '';
  let last = 0;
  for (const m of body.matchAll(MARK)) {
    const [whole, text, entityId, cls] = m as unknown as [string, string, string, string];
    if (!(CLASSES as readonly string[]).includes(cls)) throw new Error(`${name}: unknown class ${cls} at ${JSON.stringify(text)}`);
    plain += body.slice(last, m.index);
    expected.push({ text, entityId, cls: cls as MentionClass, start: plain.length, end: plain.length + text.length });
    plain += text;
    last = m.index + whole.length;
  }
  plain += body.slice(last);
  if (plain.includes('[[') || plain.includes(']]'))
    throw new Error(`${name}: malformed markup near ${JSON.stringify(plain.slice(plain.indexOf('[['), plain.indexOf('[[') + 40))}`);
  if (!header.kind || !header.published) throw new Error(`${name}: header needs kind and published`);
  return { name, kind: header.kind, published: header.published, plain, expected };
}

/**
 * Corpus ids guessed before the lexicon existed, mapped to the lexicon's id for the same entity
 * (`ids.json`; spans and classes are never touched).
 */
function readIdMap(dir: string): { ids: Record<string, string>; byClass: Record<string, Record<string, string>> } {
  const file = path.join(dir, 'ids.json');
  if (!fs.existsSync(file)) return { ids: {}, byClass: {} };
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { ids: Record<string, string>; byClass?: Record<string, Record<string, string>> };
  return { ids: json.ids, byClass: json.byClass ?? {} };
}

/** Every document of the corpus, sorted by file name, with guessed ids mapped (`readIdMap`). */
export function readCorpus(dir: string = RECALL_DIR): RecallDoc[] {
  const { ids, byClass } = readIdMap(dir);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDoc(f, fs.readFileSync(path.join(dir, f), 'utf8')))
    .map((d) => ({ ...d, expected: d.expected.map((e) => ({ ...e, entityId: byClass[e.cls]?.[e.entityId] ?? ids[e.entityId] ?? e.entityId })) }));
}

/** A found mention, in the same offsets as `Expected`. */
export interface Found {
  entityId: string;
  text: string;
  start: number;
  end: number;
}

export interface Score {
  /** Expected mentions found with the same span and entity. */
  hits: Expected[];
  misses: Expected[];
  /** Found mentions that match no expected one (wrong span or wrong entity). */
  falses: Found[];
}

/**
 * Names found as entities of the article alone (`local:` ids, lib/spotter/local-names.ts) stand
 * for the corpus's ids of entities the dictionary does not have. A local id takes the expected id
 * of the first expected mention it matches with the same span, if that id is unknown to the
 * dictionary; every other mention of that local id must then be that entity too. A local id that
 * matches no unknown entity's span stays itself (a false highlight).
 */
export function mapLocalIds(expected: readonly Expected[], found: readonly Found[], known: (id: string) => boolean): Found[] {
  const bySpan = new Map(expected.filter((e) => !known(e.entityId)).map((e) => [`${e.start}:${e.end}`, e.entityId]));
  const taken = new Map<string, string>();
  for (const f of found) {
    if (!f.entityId.startsWith('local:') || taken.has(f.entityId)) continue;
    const id = bySpan.get(`${f.start}:${f.end}`);
    if (id) taken.set(f.entityId, id);
  }
  return found.map((f) => (taken.has(f.entityId) ? { ...f, entityId: taken.get(f.entityId)! } : f));
}

const WORDY = /[\p{L}\p{N}]/u;

/** True when `mark` stands on a line of the article that the normaliser drops as boilerplate. */
export function droppedAsBoilerplate(plain: string, mark: string): boolean {
  const lines = plain.split('\n');
  // Or a line that repeats an earlier one word for word, which the normaliser drops as a list's
  // second printing (a release's masthead name again in its contact block).
  return lines.some((line, i) => line.includes(mark) && (isBoilerplateLine(line) || lines.slice(0, i).some((l) => l.trim() === line.trim())));
}

/**
 * The article's lines as a news page shows them (test/e2e/recognition.spec.ts,
 * test/unit/page/page-extract-every-corpus.test.ts): no blank line, no line `kb extract`'s
 * normaliser drops as boilerplate or as a repeat of an earlier line (`droppedAsBoilerplate`), so
 * the page and `kb extract` read the same text and a comparison tests the spotter, not the normaliser.
 */
export function pageLines(doc: RecallDoc): string[] {
  const seen = new Set<string>();
  return doc.plain.split('\n').filter((l) => {
    const line = l.trim();
    if (!line || isBoilerplateLine(l) || seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/**
 * Where a mark's text stands in the article's normalised text, at or after `from`: the first
 * occurrence that is not inside a longer word (`America` is not the start of `American`), else the
 * first occurrence; −1 when there is none. Marks are located in order of appearance.
 */
export function locateMark(text: string, mark: string, from: number): number {
  const first = text.indexOf(mark, from);
  for (let at = first; at >= 0; at = text.indexOf(mark, at + 1)) {
    const before = at > 0 && WORDY.test(mark[0]!) && WORDY.test(text[at - 1]!);
    const end = at + mark.length;
    const after = end < text.length && WORDY.test(mark[mark.length - 1]!) && WORDY.test(text[end]!);
    if (!before && !after) return at;
  }
  return first;
}

/** Compares found mentions with the expected ones: a hit is the same span and the same entity. */
export function scoreDoc(expected: readonly Expected[], found: readonly Found[]): Score {
  const key = (m: { entityId: string; start: number; end: number }) => `${m.start}:${m.end}:${m.entityId}`;
  const foundKeys = new Set(found.map(key));
  const expectedKeys = new Set(expected.map(key));
  return {
    hits: expected.filter((e) => foundKeys.has(key(e))),
    misses: expected.filter((e) => !foundKeys.has(key(e))),
    falses: found.filter((f) => !expectedKeys.has(key(f))),
  };
}
