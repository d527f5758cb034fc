/**
 * The eighty-seventh blind corpus (test/fixtures/recall-blind87): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * St George Mining's Araxá, Kazakhstan's rare-earth finds, Lynas in Malaysia and Texas, a fact sheet on Greenland's mineral licences, Vietnam's rare-earth ambitions, a weekly on rare-earth equities in Toronto and New York. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND87_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-seventh blind recall corpus (issue 11)', 'Blind-87', BLIND87_DIR, 400);
