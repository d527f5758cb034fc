/**
 * How news places a town the dictionary does not know (issue 11): the sentence says what it is.
 * - `in Alexandria, Louisiana`, `at Kingston, Ontario`: a name after a locative word and before a
 *   comma and a known region or country is a town of that region, and so are both names of a pair
 *   (`near Prince George and McLeod Lake, British Columbia`);
 * - `a Durham, North Carolina, start-up`, `the Lakeland, Florida facility`: a name after an article,
 *   with its region, qualifying a noun;
 * - `the Gascoyne region`, `the Songwe province`: a name before a lower-case word for a division;
 * - `the port of Nacala`, `the town of Phalombe`: a name after `port of`, `city of`, `town of`…;
 * - `130 km south of Kuujjuaq`, `west of Mbeya`: a name a distance or a bearing is measured from;
 * - `a plant in Kahama`, `a summit held in Samarkand`, `a trader based in Almaty`: a name a site
 *   stands in, or something is held or based in.
 *
 * A known name keeps its known sense: `a plant in Narva, Estonia` stays the Narva magnet plant (the
 * two recall corpora's annotators read that phrase differently; the dictionary's reading is kept).
 * Pure.
 */
import type { EntityKind } from '../catalog/schema';
import { passPatterns } from './pass-patterns';

/** A known mention: an entity and offsets. */
interface Span {
  entityId: string;
  start: number;
  end: number;
}

/** The place patterns, made for each pass of the finder (`pass-patterns.ts`). */
const townPatterns = passPatterns({
  /** A locative word right before a name (`in `, `near `, `at its `). */
  locativeBefore: [String.raw`(?:^|[^\p{L}\p{N}])(?:in|at|near|outside|from|of|to)\s+(?:(?:its|their|his|her|our)\s+)?$`, 'u'],
  /** Another capitalised name after ` and ` (`near Prince George and McLeod Lake, British Columbia`). */
  andNameAfter: [String.raw`^\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`, 'u'],
  /** A locative word, a capitalised name and ` and ` before a name: the second town of such a pair. */
  locativeAndBefore: [String.raw`(?:^|[^\p{L}\p{N}])(?:in|at|near|outside|from|between)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+and\s+$`, 'u'],
  /** `the … region`: the name between `the` and a lower-case division word. */
  theBefore: [String.raw`(?:^|[^\p{L}\p{N}])the\s+$`, 'iu'],
  divisionAfter: [String.raw`^\s+(?:region|province|prefecture|county|district|state|municipality|governorate|oblast)(?![\p{L}\p{N}])`, 'u'],
  /** `the port of …`: a lower-case word for a settlement, then `of`. */
  settlementOf: [String.raw`(?:^|[^\p{L}\p{N}])(?:port|city|town|village|municipality|province|region|district|county|prefecture|island|islands) of\s+$`, 'u'],
  /** A division named with its word: `Fukui Prefecture`, `Kern County`, `Shaanxi Province`. */
  divisionName: [
    String.raw`^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:Province|Prefecture|County|Oblast|District|Territory|Region|State|Governorate|Municipality)(?![\p{L}\p{N}])`,
    'u',
  ],
  /**
   * What stands in a place, or is held or based there, before `in`, `at` or `near`: `a plant in
   * Kahama`, `the summit, held in Samarkand`, `a trader based in Almaty`. Not `a stake in …`.
   */
  siteIn: [
    String.raw`(?:^|[^\p{L}\p{N}])(?:plants?|factory|factories|refinery|refineries|smelters?|mills?|facility|facilities|hub|warehouse|terminal|offices?|headquarters|summit|conference|forum|venture|(?:held|based|located|headquartered|situated|built))\s+(?:in|at|near|outside)\s+$`,
    'u',
  ],
  /** A word for an age after a name (`Soviet times`, `Victorian-era`): the name is an adjective. */
  ageAfter: [String.raw`^[\s-](?:times|era|days|period|years|rule)(?![\p{L}\p{N}])`, 'u'],
  /** An article before a name: `a Durham, North Carolina, start-up`, `the Lakeland, Florida facility`. */
  articleBefore: [String.raw`(?:^|[^\p{L}\p{N}])(?:an?|the)\s+$`, 'iu'],
  /** After the known place of such a name: the comma that closes it, or the lower-case noun it qualifies. */
  attributiveAfter: [String.raw`^(?:,\s|\s+\p{Ll})`, 'u'],
  /** `west of Mbeya`, `south-east of Kestrova`: a bearing taken from a place. */
  bearingOf: [String.raw`(?:^|[^\p{L}\p{N}])(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:wards?)?\s+of\s+$`, 'u'],
  /** `130 km south of …`, `40 miles north-east of …`: a distance and a bearing from a place. */
  distanceOf: [String.raw`\d\s*(?:km|kilometres|kilometers|miles|mi)\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:wards?)?\s+of\s+$`, 'u'],
});

const isPlaceKind = (k: EntityKind | undefined): boolean => k === 'region' || k === 'country';

/** True when `[start, end)` is followed by `, ` (or ` in `: `at Puławy in Poland`) and a known region or country in `spans`. */
function beforeKnownPlace(text: string, end: number, spans: readonly Span[], kindOf: (id: string) => EntityKind | undefined): boolean {
  return knownPlaceEnd(text, end, spans, kindOf) >= 0;
}

/** The end of the known region or country (or division) that follows `end` as `beforeKnownPlace` reads it, or −1. */
function knownPlaceEnd(text: string, end: number, spans: readonly Span[], kindOf: (id: string) => EntityKind | undefined): number {
  const comma = /^(?:,\s+|\s+in\s+)/.exec(text.slice(end, end + 5));
  if (!comma) return -1;
  const at = end + comma[0].length;
  const known = spans.find((s) => s.start === at && isPlaceKind(kindOf(s.entityId)));
  if (known) return known.end;
  // `in Echizen, Fukui Prefecture`: a division the article names by its own word is a place too.
  const division = townPatterns().divisionName.exec(text.slice(at, at + 60));
  return division ? at + division[0].length : -1;
}

/**
 * True when the article writes `[start, end)` as a place (see the module comment). `spans` are the
 * known mentions (the region or country after a comma).
 */
export function writtenAsPlace(text: string, start: number, end: number, spans: readonly Span[], kindOf: (id: string) => EntityKind | undefined): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const { locativeBefore, theBefore, divisionAfter, settlementOf, distanceOf } = townPatterns();
  if (locativeBefore.test(before) && beforeKnownPlace(text, end, spans, kindOf)) return true;
  // `a Durham, North Carolina, start-up`, `the Lakeland, Florida facility`: the town and its place
  // qualify a noun together, as American news writes a firm's or a plant's home.
  const { articleBefore, attributiveAfter } = townPatterns();
  if (articleBefore.test(before)) {
    const placeEnd = knownPlaceEnd(text, end, spans, kindOf);
    if (placeEnd >= 0 && attributiveAfter.test(text.slice(placeEnd, placeEnd + 3))) return true;
  }
  // Two towns of one region: `near Prince George and McLeod Lake, British Columbia`.
  const { andNameAfter, locativeAndBefore } = townPatterns();
  const pair = andNameAfter.exec(text.slice(end, end + 60));
  if (pair && locativeBefore.test(before) && beforeKnownPlace(text, end + pair[0].length, spans, kindOf)) return true;
  if (locativeAndBefore.test(text.slice(Math.max(0, start - 60), start)) && beforeKnownPlace(text, end, spans, kindOf)) return true;
  if (theBefore.test(before) && divisionAfter.test(text.slice(end, end + 16))) return true;
  const { siteIn, bearingOf, ageAfter } = townPatterns();
  const wider = text.slice(Math.max(0, start - 40), start);
  // `built in Soviet times`, `located in Victorian-era buildings`: an age, not a place.
  if (siteIn.test(wider) && ageAfter.test(text.slice(end, end + 12))) return settlementOf.test(before) || distanceOf.test(wider) || bearingOf.test(before);
  return settlementOf.test(before) || distanceOf.test(wider) || siteIn.test(wider) || bearingOf.test(before);
}

/** A town in capitals opening a line, then a comma: the dateline of a press release or wire story. */
const DATELINE_TOWN = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}'’.-]*\p{Lu}(?:[ -]\p{Lu}[\p{Lu}'’.-]*\p{Lu}){0,2}),[ \t]+/gu;

/**
 * Towns of datelines the dictionary does not know: `LAKEWOOD, Colo., Jan. 8, 2026 —` (capitals,
 * then a comma and a known region or country). Offsets of the town; a town the mentions already
 * cover is left out.
 */
export function datelineTowns(
  text: string,
  spans: readonly Span[],
  kindOf: (id: string) => EntityKind | undefined,
): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(DATELINE_TOWN)) {
    const town = m[1]!;
    const start = m.index + m[0].indexOf(town);
    const end = start + town.length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    if (beforeKnownPlace(text, end, spans, kindOf)) out.push({ text: town, start, end });
  }
  return out;
}
