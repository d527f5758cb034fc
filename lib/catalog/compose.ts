/**
 * The one place the dictionary is composed: the seed catalog (curated from the seeds), entities
 * generated from data sets (countries and capitals), and the hand-written lexicon files (the rest
 * of the rare-earth chain), with the lexicon's patches applied. Pure: callers read the files.
 * The spotter, the knowledge build, saving and the content script all match from its result.
 */
import { isCommonWord } from '../text/common-words';
import type { Alias, Entity, EntityPatch, LexiconFile } from './schema';

/** Inputs of `composeDictionary`, in order of authority. */
export interface DictionarySources {
  /** The seed catalog: curated names and descriptions that win over everything else. */
  catalog: readonly Entity[];
  /** Generated entities (countries, capitals): merged into catalog entities with the same id. */
  generated: readonly Entity[];
  /** Hand-written lexicon files: new entities (ids must be new) and patches to existing ones. */
  lexicon: readonly LexiconFile[];
}

/** The composed dictionary: what the spotter matches, and the phrases that stop it. */
export interface Dictionary {
  entities: Entity[];
  stopPhrases: string[];
}

/** Thrown when the sources contradict each other (a lexicon id reused, a patch to nothing). */
export class DictionaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryError';
  }
}

const formKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A form's key among its entity's forms: its case-folded text, and whether each word after the
 * first opens in lower case. A form whose later words open in lower case is another form than the
 * same words capitalised (`Kabanga nickel project` beside `Kabanga Nickel Project`, `mines ministry`
 * beside `Mines Ministry`: a capital word of a form matches only a capital in the text); one word
 * in other letter case, or a form in capitals, is the same (`MPM`, `mpm`; `ALUMAR`, `Alumar`).
 */
export const casedFormKey = (text: string): string => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return `${words.join(' ').toLowerCase()}|${words
    .slice(1)
    .map((w) => (/^\p{Ll}/u.test(w) ? 'l' : 'u'))
    .join('')}`;
};

/**
 * Appends the aliases of `extra` that `entity` does not already have (see `casedFormKey`); one with the
 * name's text only when it carries a rule for the bare name.
 */
function withAliases(entity: Entity, extra: readonly Alias[]): Entity {
  const seen = new Set(entity.aliases.map((a) => a.text).map(casedFormKey));
  const name = casedFormKey(entity.name);
  const added = extra.filter((a) => {
    const k = casedFormKey(a.text);
    // The name's own text comes in only as a rule on the bare name (`copper` beside a material).
    const rulesTheName = k === name && (a.requires?.length || a.case || a.symbol);
    if (seen.has(k) || (k === name && !rulesTheName)) return false;
    seen.add(k);
    return true;
  });
  return added.length ? { ...entity, aliases: [...entity.aliases, ...added] } : entity;
}

function applyPatch(entity: Entity, patch: EntityPatch, curated: boolean): Entity {
  let out = withAliases(entity, patch.aliases ?? []);
  if (patch.listings?.length) {
    const have = new Set((out.listings ?? []).map((l) => `${l.exchange}:${l.ticker}`));
    out = { ...out, listings: [...(out.listings ?? []), ...patch.listings.filter((l) => !have.has(`${l.exchange}:${l.ticker}`))] };
  }
  if (patch.related?.length) out = { ...out, related: [...new Set([...(out.related ?? []), ...patch.related])] };
  if (patch.description && !curated) out = { ...out, description: patch.description };
  return out;
}

/**
 * Composes the dictionary: catalog entities (with generated aliases merged in), then generated
 * entities the catalog lacks, then lexicon entities, each group in its own order; patches last.
 * Throws a `DictionaryError` naming the file and id when a lexicon entity reuses an id or a patch
 * names no entity. Deterministic: the same inputs give the same list.
 */
export function composeDictionary(sources: DictionarySources): Dictionary {
  const byId = new Map<string, Entity>();
  const curated = new Set<string>();
  for (const e of sources.catalog) {
    byId.set(e.id, e);
    curated.add(e.id);
  }
  for (const g of sources.generated) {
    const have = byId.get(g.id);
    // A curated entity keeps its words; what the data set knows and it does not (the government a
    // capital is the seat of) carries over.
    const merged = have ? withAliases(have, g.aliases) : g;
    byId.set(g.id, have && g.seatOf && !have.seatOf ? { ...merged, seatOf: g.seatOf } : merged);
  }
  sources.lexicon.forEach((file, i) => {
    for (const e of file.entities) {
      if (byId.has(e.id)) throw new DictionaryError(`lexicon file ${i + 1} (${file.about ?? 'no about'}): entity ${e.id} already exists; add a patch instead`);
      byId.set(e.id, e);
    }
  });
  sources.lexicon.forEach((file, i) => {
    for (const p of file.patches) {
      const have = byId.get(p.id);
      if (!have) throw new DictionaryError(`lexicon file ${i + 1} (${file.about ?? 'no about'}): patch for ${p.id}, which no entity has`);
      byId.set(p.id, applyPatch(have, p, curated.has(p.id)));
    }
  });
  const stopPhrases = [...new Set(sources.lexicon.flatMap((f) => f.stopPhrases ?? []))].sort();
  return { entities: withSiteHeads([...byId.values()]), stopPhrases };
}

/**
 * Lower-case heads that news writes for the same plant. A mine gets only its own head without what
 * it yields (`Sotkamo nickel mine` → `Sotkamo mine`: the town alone is the town); other heads of a
 * mine (`project`, `operations`) found nothing on every corpus the bare name did not, and each
 * derived form costs the content script's start-up its unpacking.
 */
const PLANT_HEADS: readonly string[] = ['smelter', 'refinery', 'plant'];

/** A project's form of a proper name, lower-case words for what it yields, and a site's head: `Kokkola zinc smelter`. */
const SITE_FORM = /^(\p{Lu}[\p{L}\p{N}'’.-]*(?: \p{Lu}[\p{L}\p{N}'’.-]*)*)(?: [a-z][a-z-]*)* ([a-z]+)$/u;

/**
 * A plant's other heads: news names the `Kokkola zinc smelter` also `the Kokkola smelter` or `the
 * Kokkola plant` (the spotter's mention ends before the lower-case head, as annotators mark it:
 * `[[Kokkola]] smelter`). A project's form of that shape gives its name with each plant head,
 * unless the form is already an entity's. A name that opens another project's form too gives only
 * the plant's own head, and only when no other plant of that name has it (`Kokkola smelter`, beside
 * the Kokkola cobalt refinery; none for the three Kwinana refineries), so no derived form can
 * belong to two projects.
 */
function withSiteHeads(entities: Entity[]): Entity[] {
  const taken = new Set<string>();
  // Projects by every run of capitals that opens one of their forms (`Kalgoorlie`, `Kalgoorlie
  // Rare` of `Kalgoorlie Rare Earths Processing Facility`).
  const sitesOf = new Map<string, Set<string>>();
  // And by the plant head their forms end with, whatever its case (`Kokkola` → smelter: the zinc
  // smelter; refinery: the cobalt refinery; `Bécancour` → plant: the lithium plant and the `Battery Material Plant`).
  const plantsOf = new Map<string, Map<string, Set<string>>>();
  for (const e of entities) {
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      taken.add(formKey(text));
      if (e.kind !== 'project') continue;
      const words = text.split(' ');
      const head = words[words.length - 1]!.toLowerCase();
      for (let n = 1; n < words.length && /^\p{Lu}/u.test(words[n - 1]!); n++) {
        const k = formKey(words.slice(0, n).join(' '));
        sitesOf.set(k, (sitesOf.get(k) ?? new Set<string>()).add(e.id));
        if (!PLANT_HEADS.includes(head) && head !== 'mine') continue;
        const byHead = plantsOf.get(k) ?? new Map<string, Set<string>>();
        plantsOf.set(k, byHead.set(head, (byHead.get(head) ?? new Set<string>()).add(e.id)));
      }
    }
  }
  return entities.map((e) => {
    if (e.kind !== 'project') return e;
    // Not from a form that counts only in context (`Century mine`, of common words): nor would its other heads.
    const ruled = new Set(e.aliases.filter((a) => a.requires?.length || a.symbol).map((a) => a.text));
    const forms = [e.name, ...e.aliases.map((a) => a.text)];
    const own = new Set(forms.map(formKey));
    const extra: Alias[] = [];
    for (const text of forms) {
      const m = ruled.has(text) ? null : SITE_FORM.exec(text);
      // A site the dictionary reads by its bare name (`Budel`) needs no other head.
      const mine = m?.[2] === 'mine';
      if (!m || !(PLANT_HEADS.includes(m[2]!) || mine) || own.has(formKey(m[1]!))) continue;
      // A mine is named by its own head only, without what it yields (`Sotkamo nickel mine` → `Sotkamo mine`).
      if (mine && formKey(`${m[1]} mine`) === formKey(text)) continue;
      // `Sun Metals plant`: a name of common words is the site only in context.
      if (m[1]!.split(/[\s-]+/).every((w) => isCommonWord(w.toLowerCase()))) continue;
      // A name other sites open with too: only its own head, and only if no other plant of that name
      // has it (`the Kokkola smelter` is Boliden's zinc smelter, not Umicore's cobalt refinery there).
      const shared = sitesOf.get(formKey(m[1]!))!.size > 1;
      if (shared && plantsOf.get(formKey(m[1]!))?.get(m[2]!)?.size !== 1) continue;
      for (const head of shared || mine ? [m[2]!] : PLANT_HEADS) {
        const form = `${m[1]} ${head}`;
        if (taken.has(formKey(form))) continue;
        taken.add(formKey(form));
        extra.push({ text: form, variant: true, noPlural: true, note: 'Another head of the same site (derived).' });
      }
    }
    return extra.length ? { ...e, aliases: [...e.aliases, ...extra] } : e;
  });
}
