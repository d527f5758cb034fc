import fs from 'node:fs';
import { readDictionary } from '../seeds/dictionary';
const ents = readDictionary();
const byId = new Map(ents.map((e) => [e.id, e]));
const byName = new Map<string, string[]>();
for (const e of ents) for (const t of [e.name, ...(e.aliases ?? []).map((a: any) => a.text)]) {
  const k = t.toLowerCase(); byName.set(k, [...(byName.get(k) ?? []), e.id]);
}
const dir = process.argv[2]!;
const ids = new Map<string, Set<string>>();
for (const f of fs.readdirSync(dir).filter((f) => /^[a-z]\d\d\.txt$/.test(f))) {
  const s = fs.readFileSync(`${dir}/${f}`, 'utf8');
  for (const m of s.matchAll(/\[\[([^\[\]|]+)\|([a-z0-9-]+)\|([a-z]+)\]\]/g)) {
    if (!ids.has(m[2]!)) ids.set(m[2]!, new Set());
    ids.get(m[2]!)!.add(m[1]!);
  }
}
for (const [id, surf] of [...ids].sort()) {
  const hit = byId.has(id);
  const cands = new Set<string>();
  for (const s of surf) for (const c of byName.get(s.toLowerCase()) ?? []) cands.add(c);
  console.log(hit ? 'OK ' : '-- ', id, '|', [...surf].join(' / '), hit ? '' : '=> ' + [...cands].join(', '));
}
