/**
 * The fifty-fourth blind corpus (test/fixtures/recall-blind54): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Niron Magnetics' iron nitride magnets, Ecuador's copper and gold, Finland's battery minerals, a
 * US mine-permitting fact sheet, foreign-entity-of-concern rules, China's magnet export statistics).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND54_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-fourth blind recall corpus (issue 11)', 'Blind-54', BLIND54_DIR, 400);
