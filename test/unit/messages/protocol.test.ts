import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, isMessageType } from '../../../lib/messages/protocol';
import { ExtractedArticleSchema } from '../../../lib/articles/extracted-article';

describe('protocol', () => {
  it('pins which messages are privileged and which must come from a tab', () => {
    const flags = Object.fromEntries(
      Object.entries(MESSAGES).map(([type, d]) => [type, `${d.privileged ? 'privileged' : 'open'}${'fromTab' in d && d.fromTab ? '+tab' : ''}`]),
    );
    expect(flags).toEqual({
      ping: 'open',
      'page/report': 'open+tab',
      'entity/card': 'open',
      'entities/seen': 'privileged', // a page must not be able to reset "new since"
      'timeline/open': 'open+tab',
      'dictionary/add-form': 'open+tab', // opens a filled-in form; adds nothing by itself
      'tab/state': 'privileged',
      'article/save': 'privileged',
      'article/extract': 'privileged',
      'article/prepare': 'privileged',
      'source/delete': 'privileged',
      'data/export': 'privileged',
      'data/import': 'privileged',
      'mention/next': 'privileged',
      'knowledge/changed': 'privileged',
      // Issue 13: the library writes the dictionary; a card's "Not this" only hides, on its own tab's site.
      'dictionary/add': 'privileged',
      'dictionary/update': 'privileged',
      'dictionary/delete': 'privileged',
      'dictionary/merge': 'privileged',
      'names/hide': 'privileged',
      'names/unhide': 'privileged',
      'card/hide': 'open+tab',
      'suggestions/dismiss': 'privileged',
      'settings/changed': 'privileged',
    });
    for (const d of Object.values(MESSAGES)) expect(d.doc.length).toBeGreaterThan(10);
    expect(isMessageType('constructor')).toBe(false);
    expect(isMessageType('ping')).toBe(true);
  });

  it('refuses extra keys in requests', () => {
    expect(MESSAGES['source/delete'].request.safeParse({ sourceId: 'saved:1', all: true }).success).toBe(false);
    expect(MESSAGES['article/extract'].request.safeParse({ selector: 'body' }).success).toBe(false);
  });

  it('explains an extracted article that is empty or too long', () => {
    const base = { url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', title: 'T', published: '2025-11-26', publishedFrom: 'meta' as const };
    expect(ExtractedArticleSchema.safeParse({ ...base, text: 'Body.' }).success).toBe(true);
    expect(ExtractedArticleSchema.safeParse({ ...base, text: '' }).error?.issues[0]?.message).toBe('The page has no article text.');
    expect(ExtractedArticleSchema.safeParse({ ...base, text: 'x'.repeat(5_000_001) }).error?.issues[0]?.message).toMatch(
      /too long to save \(over 5,000,000 characters\)/,
    );
    expect(ExtractedArticleSchema.safeParse({ ...base, publishedFrom: 'estimate', text: 'x' }).success).toBe(false);
  });

  it('does not pull Dexie (or the database) into content-script code', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const seen = new Set<string>();
    const imports: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        if (m[1]) continue; // type-only imports vanish at build time
        const spec = m[2]!;
        imports.push(spec);
        if (spec.startsWith('.')) walk(path.resolve(path.dirname(file), `${spec}.ts`));
      }
    };
    for (const f of ['protocol.ts', 'client.ts', 'router.ts', 'result.ts']) walk(path.join(root, 'lib/messages', f));
    expect(imports).not.toContain('dexie');
    expect([...seen].map((f) => path.relative(root, f))).not.toContain('lib/store/db.ts');
    expect(seen.size).toBeGreaterThan(5);
  });
});
