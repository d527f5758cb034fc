/**
 * The hundredth blind corpus (test/fixtures/recall-blind100): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Boss Energy's Honeymoon uranium mine in South Australia, uranium enrichment in Europe and the US, uranium in Saskatchewan's Athabasca Basin, a fact sheet on titanium pigment and metal, commodity traders in critical minerals, a weekly on Manila- and Kuala Lumpur-listed mining and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND100_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundredth blind recall corpus (issue 11)', 'Blind-100', BLIND100_DIR, 400);
