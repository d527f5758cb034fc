/**
 * The seed spotter, compiled once per module instance. The recall corpora and the spotter's tests
 * run without isolation (test/vitest.config.ts), so one worker compiles the 17,000-entity seed
 * dictionary once for all of its files instead of once per file (that compile was most of the unit
 * suite's time). The spotter is only read: no test changes it.
 */
import type { Spotter } from '../../lib/spotter/matcher';
import { createSeedSpotter } from '../../seeds/dictionary';

let spotter: Spotter | undefined;

export function seedSpotter(): Spotter {
  return (spotter ??= createSeedSpotter());
}
