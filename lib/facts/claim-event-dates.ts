/**
 * The date of a named event as a claim (issue 12): who did what to what, and when — `the European
 * Commission plans to announce a key raw materials … plan on December 3`. Two such claims are about
 * the same event only with the same actors, action and object (see `claim-compare.ts`).
 */
import type { Claim } from './schema';
import { ACTS, kindOf, type ClaimSource } from './claim-source';

const EVENT_VERBS: [RegExp, string][] = [
  [/^(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?|launch(?:es|ed|ing)?|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing))$/i, 'announce'],
  [/^(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?)$/i, 'sign'],
  [/^(?:pass(?:es|ed|ing)?|adopt(?:s|ed|ing)?|enact(?:s|ed|ing)?)$/i, 'adopt'],
];
const EVENT_VERB_WORD =
  '(announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?|launch(?:es|ed|ing)?|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|pass(?:es|ed|ing)?|adopt(?:s|ed|ing)?|enact(?:s|ed|ing)?)';
const EVENT_OBJECTS =
  /^(?:plan|strategy|law|act|framework|agreement|deal|mou|memorandum|partnership|programme|program|scheme|roadmap|initiative|bill|policy)s?$/i;
const MONTH_OR_FILLER =
  /^(?:january|february|march|april|june|july|august|september|october|november|december|plans?|aimed|aiming|reducing|aims|which|will|would|that|this|with|from|into|under)$/;
const STOP = new Set('a an the of to for and in on its their key new on with by from at this that these supply chain rare earth earths critical'.split(' '));

/** `The European Commission plans to announce a key raw materials … plan on December 3`: who did what, when. */
export function eventDate(src: ClaimSource, lo: number, hi: number, out: Claim[]): void {
  if (src.date.from !== 'text') return;
  const text = src.quote.slice(lo, hi);
  const re = new RegExp(
    `\\b${EVENT_VERB_WORD}\\s+((?:(?:a|an|the)\\s+)?(?:[“"'‘][^”"'’]{1,30}[”"'’]\\s+|[\\w-]+\\s+){0,6}?)(plans?|strateg(?:y|ies)|laws?|acts?|frameworks?|agreements?|deals?|mous?|memorand(?:um|a)|partnerships?|programmes?|programs?|schemes?|roadmaps?|initiatives?|bills?|polic(?:y|ies))\\b`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    const verb = EVENT_VERBS.find(([re]) => re.test(m[1] ?? ''))?.[1];
    if (!verb || !EVENT_OBJECTS.test(m[3] ?? '')) continue;
    const verbAt = lo + m.index;
    const actors = [...new Set(src.mentions.filter((x) => x.start >= lo && x.end <= verbAt && ACTS(x.entityId)).map((x) => x.entityId))].sort();
    if (!actors.length) continue;
    const objectEnd = verbAt + m[0].length;
    const named = src.mentions.find((x) => x.start >= verbAt && x.start < objectEnd + 2 && ['policy', 'project'].includes(kindOf(x.entityId) ?? ''));
    // What the object is about: its modifiers and the words after it to the end of the clause.
    const tail = src.quote.slice(objectEnd, hi).split(/[;.]/)[0] ?? '';
    const about = [...new Set(`${m[2] ?? ''} ${tail}`.toLowerCase().match(/[a-z]{4,}/g) ?? [])].filter((w) => !STOP.has(w) && !MONTH_OR_FILLER.test(w));
    const noun = (m[3] ?? '')
      .toLowerCase()
      .replace(/(?:ies)$/, 'y')
      .replace(/s$/, '');
    out.push({
      measure: `date:${verb} ${noun}`,
      entityId: actors[0]!,
      date: { value: src.date.value, precision: src.date.precision, ...(src.date.planned ? { planned: true } : {}) },
      actors,
      about,
      ...(named ? { objectId: named.entityId } : {}),
      text: m[0],
      start: verbAt,
    });
  }
}
