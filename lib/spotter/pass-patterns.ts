/**
 * Regular expressions made for one pass of the candidate finder and let go when it ends (issue 14).
 *
 * V8 compiles an expression to machine code once it has run twice, and an expression with Unicode
 * classes (`\p{L}`, `\p{Lu}`, case-insensitive) compiles big: the finder's role, dateline, credit
 * and place patterns came to about 250 KB, the person-role pattern alone to about 150 KB once it
 * had read both one-byte and two-byte text. Held as module constants (or as literals, whose
 * boilerplate a function keeps), that code stayed in every tab's heap for as long as the page was
 * open, though the finder runs once per text the page shows (the article page's retained heap went
 * from 0.9 to 1.3 MB with issue 11's names an article introduces). Made from their source here,
 * they die with the pass; V8's cache of compiled expressions keeps them while passes follow each
 * other, so a page re-read a moment later compiles nothing again.
 *
 * The sources are plain strings (not literals) so that nothing but the pass holds a compiled
 * expression; `test/unit/spotter/pass-patterns.test.ts` checks every one compiles.
 */

const live: { release(): void }[] = [];
let depth = 0;

/** A pattern's source and flags, as `new RegExp` takes them. */
export type PatternSource = readonly [source: string, flags: string];

/**
 * The expressions of `sources`, made on first use in a pass and kept until the outermost pass
 * (`inPass`) ends. Call the returned function where the expressions are used, not at load.
 */
export function passPatterns<K extends string>(sources: Readonly<Record<K, PatternSource>>): () => Readonly<Record<K, RegExp>> {
  let made: Record<K, RegExp> | undefined;
  live.push({ release: () => void (made = undefined) });
  return () => {
    if (!made) {
      made = {} as Record<K, RegExp>;
      for (const k of Object.keys(sources) as K[]) made[k] = new RegExp(sources[k][0], sources[k][1]);
    }
    return made;
  };
}

/** Runs `fn` as a pass: when the outermost pass ends, every pass's expressions are let go. */
export function inPass<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    if (--depth === 0) for (const p of live) p.release();
  }
}
