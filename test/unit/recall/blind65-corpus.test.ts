/**
 * The sixty-fifth blind corpus (test/fixtures/recall-blind65): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-66 (Sayona and Piedmont's merger into Elevra Lithium, Chile's copper after El Teniente, Sierra Leone's
 * and Liberia's mineral sands and iron ore, a uranium-supply fact sheet, gallium and germanium after China's ban,
 * a tin weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND65_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-fifth blind recall corpus (issue 11)', 'Blind-65', BLIND65_DIR, 400);
