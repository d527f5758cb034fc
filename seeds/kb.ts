/**
 * The knowledge-base CLI (Node only; the pipeline itself lives in lib/ and runs in the browser too).
 *
 *   npm run kb -- extract FILE --published YYYY-MM-DD [--title T] [--url U]   JSON: text, mentions, facts, entities,
 *                                                                             related (Related News items, each with its own text)
 *   npm run kb -- dump                                                       JSON: the whole knowledge bundle
 *   npm run kb -- timeline ENTITY [--json]                                   one entity's dated timeline
 *   npm run kb -- build                                                      writes lib/knowledge/seed-bundle.json
 *   npm run kb -- report [--json]                                            coverage report (also: npm run kb:report)
 *   npm run kb -- claims                                                     JSON: where the seeds' claims disagree and agree
 *
 * JSON goes to stdout and nothing else does; errors go to stderr with exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import catalogJson from './catalog.json' with { type: 'json' };
import { loadCatalog } from '../lib/catalog/load';
import { extractArticle, extractRelatedItem } from '../lib/facts/extract';
import type { Bundle } from '../lib/facts/schema';
import { buildBundle } from '../lib/knowledge/build-bundle';
import { compareClaims, type ClaimGroup } from '../lib/facts/claim-compare';
import { coverageReport, formatCoverageReport } from '../lib/knowledge/coverage';
import { findEntity, formatTimeline, entityTimeline } from '../lib/knowledge/timeline';
import { toMatchDictionary } from '../lib/catalog/match-dictionary';
import { localEntityOf } from '../lib/spotter/local-names';
import { compileSeedDictionary, createSeedSpotter, readSeedDictionary } from './dictionary';
import { buildCommonWords } from './common-words';
import { BUNDLE_FILE, COMMON_WORDS_FILE, COMPILED_DICTIONARY_FILE, DICTIONARY_FILE, readReviewed, readSeeds } from './read-seeds';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string): never {
  process.stderr.write(`kb: ${message}\n`);
  process.exit(1);
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function main(argv: string[]): void {
  const [command, ...args] = argv;
  const catalog = loadCatalog(catalogJson);
  const dictionary = readSeedDictionary();
  const byId = new Map(dictionary.entities.map((e) => [e.id, e]));
  switch (command) {
    case 'extract': {
      const file = args[0];
      const published = option(args, '--published');
      if (!file || file.startsWith('--')) fail('usage: kb extract FILE --published YYYY-MM-DD [--title T] [--url U]');
      if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) fail('--published YYYY-MM-DD is required');
      if (!fs.existsSync(file)) fail(`no such file: ${file}`);
      const raw = fs.readFileSync(file, 'utf8');
      const spotter = createSeedSpotter(dictionary);
      const sourceId = `file:${path.basename(file)}`;
      const result = extractArticle(raw, { published, sourceId }, spotter);
      // "Related News" items: each read on its own, dated by the item (offsets into its own `text`).
      const related = result.related.map((item, i) => ({
        title: item.title,
        published: item.date,
        ...extractRelatedItem(item, `${sourceId}:related-${i + 1}`, spotter),
      }));
      const ids = new Set([...result.mentions, ...related.flatMap((r) => r.mentions)].map((m) => m.entityId));
      // Names the article introduces for itself (`local:` ids) carry their name and kind in the id.
      const entities = [...ids].flatMap((id) => {
        const e = byId.get(id) ?? localEntityOf(id);
        return e ? [{ id: e.id, name: e.name, kind: e.kind }] : [];
      });
      const title = option(args, '--title');
      const url = option(args, '--url');
      print({
        ...(title ? { title } : {}),
        ...(url ? { url } : {}),
        published,
        text: result.text,
        mentions: result.mentions,
        facts: result.facts,
        entities,
        related,
      });
      return;
    }
    case 'dump':
      print(buildBundle(catalog, readSeeds(), dictionary));
      return;
    case 'build': {
      const bundle = buildBundle(catalog, readSeeds(), dictionary);
      fs.writeFileSync(BUNDLE_FILE, `${JSON.stringify(bundle)}\n`);
      fs.writeFileSync(DICTIONARY_FILE, `${JSON.stringify(toMatchDictionary(dictionary, bundle.version))}\n`);
      fs.writeFileSync(COMMON_WORDS_FILE, `${JSON.stringify(buildCommonWords())}\n`);
      fs.writeFileSync(COMPILED_DICTIONARY_FILE, compileSeedDictionary(dictionary, bundle.version));
      process.stderr.write(
        `kb: wrote ${path.relative(process.cwd(), BUNDLE_FILE)} (${bundle.entities.length} entities, ${bundle.sources.length} sources, ${bundle.facts.length} facts, version ${bundle.version})\n`,
      );
      return;
    }
    case 'timeline': {
      const query = args.filter((a) => !a.startsWith('--')).join(' ');
      if (!query) fail('usage: kb timeline ENTITY [--json]');
      const bundle: Bundle = buildBundle(catalog, readSeeds(), dictionary);
      const entity = findEntity(bundle.entities, query);
      if (!entity) fail(`no entity matches ${JSON.stringify(query)}`);
      const items = entityTimeline(bundle, entity.id);
      if (args.includes('--json')) print({ entity: { id: entity.id, name: entity.name, kind: entity.kind }, items });
      else process.stdout.write(formatTimeline(entity, items));
      return;
    }
    case 'report': {
      const report = coverageReport(buildBundle(catalog, readSeeds(), dictionary), readReviewed());
      if (args.includes('--json')) print(report);
      else process.stdout.write(formatCoverageReport(report));
      return;
    }
    case 'claims': {
      // Over the committed seed bundle (what the extension ships): contested and corroborated claims.
      const bundle: Bundle = JSON.parse(fs.readFileSync(BUNDLE_FILE, 'utf8')) as Bundle;
      const names = new Map(bundle.entities.map((e) => [e.id, e.name]));
      const { contested, corroborated } = compareClaims(bundle.facts, (id) => names.get(id) ?? id);
      const shape = (g: ClaimGroup) => ({
        topic: g.topic,
        entityIds: g.entityIds,
        why: g.why,
        claims: g.claims.map(({ factId, sourceId, quote, value }) => ({ factId, sourceId, quote, value })),
      });
      print({ contested: contested.map(shape), corroborated: corroborated.map(shape) });
      return;
    }
    default:
      fail('usage: kb extract FILE --published YYYY-MM-DD | dump | timeline ENTITY [--json] | build | report [--json] | claims');
  }
}

main(process.argv.slice(2));
