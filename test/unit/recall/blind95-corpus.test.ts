/**
 * The ninety-fifth blind corpus (test/fixtures/recall-blind95): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Aluminium Bahrain's power-station project, Uruguay's iron ore, Lesotho's diamonds and water, a fact sheet on Libya's metals and minerals, Austria's metals industry, a weekly on Vienna-, Warsaw- and Prague-listed stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND95_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-fifth blind recall corpus (issue 11)', 'Blind-95', BLIND95_DIR, 400);
