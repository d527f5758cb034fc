// Small synthetic bundles, articles and fault injection for the store tests (the real bundle
// builder is tested elsewhere). Not a test file itself.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Entity } from '../../../lib/catalog/schema';
import type { Bundle, Fact, Mention, Source, SourcedFact } from '../../../lib/facts/schema';
import { LodestoneDB, type LodestoneDBOptions } from '../../../lib/store/db';
import type { SaveArticleInput } from '../../../lib/store/saved';

let counter = 0;
/** A database with a name no other test uses. */
export function freshDb(options?: LodestoneDBOptions): LodestoneDB {
  counter++;
  return new LodestoneDB(`test-${counter}-${Math.random().toString(36).slice(2)}`, options);
}

export function entity(id: string, kind: Entity['kind'], name: string): Entity {
  return { id, kind, name, aliases: [{ text: name }], description: `${name}, for tests.` };
}

export function fact(sourceId: string, start: number, entityIds: string[], date: string, quote = `Fact at ${start}.`): SourcedFact {
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id: `${sourceId}:${start}`,
    sourceId,
    entityIds,
    quote,
    start,
    end: start + quote.length,
    date: { value: date, precision, planned: false, from: 'text' },
    figures: [],
  };
}

export function seedSource(stem: string, published: string, title = `Seed ${stem}`): Source {
  return { id: `seed:${stem}`, origin: 'seed', title, publisher: 'Test Wire', published, publishedFrom: 'meta', text: `Text of ${stem}. `.repeat(20) };
}

/** A bundle with two seed sources, four entities and five facts; `variant` changes its content. */
export function makeBundle(version = 'b1', variant = 0): Bundle {
  const entities = [
    entity('lynas', 'company', 'Lynas'),
    entity('mp-materials', 'company', 'MP Materials'),
    entity('china', 'country', 'China'),
    entity('neodymium', 'material', 'neodymium'),
  ];
  if (variant) entities.push(entity(`extra-${variant}`, 'project', `Extra ${variant}`));
  const a = seedSource('a', '2025-10-01');
  const b = seedSource('b', '2025-11-26', variant ? `Seed b v${variant}` : 'Seed b');
  const facts = [
    fact(a.id, 0, ['lynas', 'china'], '2025-04'),
    fact(a.id, 40, ['lynas'], '2025-10-01'),
    fact(a.id, 80, ['neodymium', 'china'], '2024'),
    fact(b.id, 0, ['mp-materials', 'lynas'], '2025-11-26'),
    fact(b.id, 30, ['mp-materials', 'neodymium', 'china'], '2028'),
  ];
  if (variant) facts.push(fact(b.id, 60, [`extra-${variant}`, 'china'], '2026-01'));
  const mentions: (Mention & { sourceId: string })[] = facts.flatMap((f) =>
    f.entityIds.map((entityId, i) => ({ sourceId: f.sourceId, entityId, text: entityId, start: f.start + i, end: f.start + i + 1 })),
  );
  return { version, catalogVersion: 1, entities, sources: [a, b], facts, mentions };
}

/** A saved-article input for `url` with facts on the given entities. */
export function makeSaveInput(
  url: string,
  facts: { start: number; entityIds: string[]; date: string; quote?: string }[] = [],
  title = 'Saved article',
): SaveArticleInput {
  const text = 'Lorem ipsum dolor sit amet. '.repeat(40);
  const list: Fact[] = facts.map((f) => {
    const quote = f.quote ?? `Saved fact at ${f.start}.`;
    const precision = f.date.length === 10 ? 'day' : f.date.length === 7 ? 'month' : 'year';
    return {
      id: `x:${f.start}`,
      entityIds: f.entityIds,
      quote,
      start: f.start,
      end: f.start + quote.length,
      date: { value: f.date, precision, planned: false, from: 'text' },
      figures: [],
    };
  });
  const mentions: Mention[] = facts.flatMap((f) => f.entityIds.map((entityId) => ({ entityId, text: entityId, start: f.start, end: f.start + 1 })));
  return {
    source: { title, publisher: 'Example News', url, canonicalUrl: url, published: '2025-12-01', publishedFrom: 'meta', text },
    facts: list,
    mentions,
  };
}

/**
 * A middleware that makes the `n`th (1-based) write request to `table` fail with `error` — the
 * way a full disk or a broken row fails mid-transaction. `arm()` resets the count.
 */
export function faultInjector(table: string, makeError: () => unknown) {
  const state = { armed: false, failOn: 1, seen: 0, fired: 0 };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-fault',
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        return {
          ...t,
          mutate(req: DBCoreMutateRequest) {
            if (state.armed && name === table && (req.type === 'put' || req.type === 'add')) {
              state.seen++;
              if (state.seen === state.failOn) {
                state.fired++;
                return Promise.reject(makeError());
              }
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
  return {
    middleware,
    state,
    arm(failOn = 1) {
      Object.assign(state, { armed: true, failOn, seen: 0 });
    },
    disarm() {
      state.armed = false;
    },
  };
}
