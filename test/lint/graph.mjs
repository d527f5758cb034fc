#!/usr/bin/env node
// The repo's import graph (issue 16), from dependency-cruiser, checked against the layers in
// test/lint/layers.mjs. Type-only imports count: a cycle through types is still two modules that
// cannot be understood apart.
//
//   npm run graph             writes artifacts/graph/ (layers.mmd, layers.dot, modules.dot, report.txt) and prints the layer graph
//   node test/lint/graph.mjs --check    the same, silent unless something is wrong; exits 1 on an upward import or a cycle
import fs from 'node:fs';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import { ELEMENTS, checkImport, elementOf } from './layers.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');
const OUT = path.join(root, 'artifacts/graph');
const SOURCES = ['entrypoints', 'components', 'lib', 'seeds'];

process.chdir(root);
const { output } = await cruise(
  SOURCES,
  {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    includeOnly: '^(entrypoints|components|lib|seeds)/',
    exclude: { path: '(^|/)node_modules/|\\.json$' },
    doNotFollow: { path: 'node_modules' },
    ruleSet: { forbidden: [{ name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } }] },
    validate: true,
    outputType: 'json',
  },
  { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  { tsConfig: JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) },
);
const result = typeof output === 'string' ? JSON.parse(output) : output;

/** One name per cycle, whichever module it was found from: rotated to start at its smallest module. */
function cycleKey(from, path) {
  const ring = [from, ...path.filter((p, i) => !(i === path.length - 1 && p === from))];
  const start = ring.indexOf([...ring].sort()[0]);
  return [...ring.slice(start), ...ring.slice(0, start), ring[start]].join(' → ');
}

const upward = [];
const cycles = new Set();
/** element → element → number of imports */
const edges = new Map();
let importCount = 0;
for (const m of result.modules) {
  const from = elementOf(m.source);
  for (const d of m.dependencies) {
    if (d.coreModule || d.couldNotResolve || !/^(entrypoints|components|lib|seeds)\//.test(d.resolved)) continue;
    importCount++;
    const verdict = checkImport(m.source, d.resolved, (d.dependencyTypes ?? []).includes('type-only'));
    if (!verdict.ok) upward.push(`${m.source} → ${d.resolved}: ${verdict.why}`);
    if (d.circular)
      cycles.add(
        cycleKey(
          m.source,
          (d.cycle ?? []).map((c) => (typeof c === 'string' ? c : c.name)),
        ),
      );
    const to = elementOf(d.resolved);
    if (!from || !to || from === to) continue;
    const row = edges.get(from.name) ?? new Map();
    row.set(to.name, (row.get(to.name) ?? 0) + 1);
    edges.set(from.name, row);
  }
}

const lines = [];
lines.push(`${result.modules.length} modules, ${importCount} imports between them (type-only imports included)`);
lines.push('');
lines.push('Layer graph (element → the elements it imports, with import counts):');
for (const e of ELEMENTS) {
  const row = edges.get(e.name);
  const list = row ? [...row].map(([to, n]) => `${to} (${n})`).join(', ') : '(nothing outside itself)';
  lines.push(`  ${e.name.padEnd(15)} → ${list}`);
}
lines.push('');
lines.push(`Imports running up a layer: ${upward.length}`);
for (const u of upward) lines.push(`  ${u}`);
lines.push(`Import cycles: ${cycles.size}`);
for (const c of cycles) lines.push(`  ${c}`);
const report = lines.join('\n');

if (!check) {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'report.txt'), `${report}\n`);
  const mmd = ['graph TD', ...[...edges].flatMap(([from, row]) => [...row].map(([to, n]) => `  ${from.replace('-', '_')} -->|${n}| ${to.replace('-', '_')}`))];
  fs.writeFileSync(path.join(OUT, 'layers.mmd'), `${mmd.join('\n')}\n`);
  const dot = [
    'digraph layers {',
    '  rankdir=TB; node [shape=box];',
    ...[...edges].flatMap(([from, row]) => [...row].map(([to, n]) => `  "${from}" -> "${to}" [label="${n}"];`)),
    '}',
  ];
  fs.writeFileSync(path.join(OUT, 'layers.dot'), `${dot.join('\n')}\n`);
  const modules = ['digraph modules {', '  rankdir=LR; node [shape=box, fontsize=9];'];
  for (const m of result.modules)
    for (const d of m.dependencies) if (/^(entrypoints|components|lib|seeds)\//.test(d.resolved)) modules.push(`  "${m.source}" -> "${d.resolved}";`);
  modules.push('}');
  fs.writeFileSync(path.join(OUT, 'modules.dot'), `${modules.join('\n')}\n`);
  console.log(report);
  console.log(`\nWritten: ${path.relative(root, OUT)}/{report.txt,layers.mmd,layers.dot,modules.dot}`);
} else if (upward.length || cycles.size) {
  console.error(report);
}
process.exit(upward.length || cycles.size ? 1 : 0);
