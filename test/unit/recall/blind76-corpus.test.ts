/**
 * The seventy-sixth blind corpus (test/fixtures/recall-blind76): eight texts written on 5 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Zinnwald Lithium in Saxony, Sri Lanka's graphite and mineral sands, Chile's lithium strategy, a
 * Central African iron ore and manganese fact sheet, Uganda's minerals, a dry-bulk freight weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND76_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventy-sixth blind recall corpus (issue 11)', 'Blind-76', BLIND76_DIR, 400);
