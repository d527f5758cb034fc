#!/usr/bin/env node
// A small, dependency-free lint for the rules that matter most here (issue 8, item 6): page and
// store text must never become HTML or code. Fails on innerHTML/outerHTML assignment,
// insertAdjacentHTML, dangerouslySetInnerHTML, eval( and new Function( in the project's code.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const DIRS = ['entrypoints', 'components', 'lib'];
const BANNED = [
  [/\.(innerHTML|outerHTML)\s*=/, 'assigning innerHTML/outerHTML'],
  [/insertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/document\.write\s*\(/, 'document.write'],
];
const problems = [];
const walk = (dir) => {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) {
      fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name the APIs they avoid
        for (const [re, what] of BANNED) if (re.test(line)) problems.push(`${path.relative(root, p)}:${i + 1}: ${what}`);
      });
    }
  }
};
DIRS.forEach((d) => walk(path.join(root, d)));
for (const p of problems) console.log(p);
console.log(problems.length ? `lint: ${problems.length} problem(s)` : 'lint: clean');
process.exit(problems.length ? 1 : 0);
