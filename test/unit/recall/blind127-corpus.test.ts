/**
 * The hundred-and-twenty-seventh blind corpus (test/fixtures/recall-blind127): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Lundin Mining's Caserones in Chile, gold mining in Russia's far east under sanctions, Nornickel's Bystrinsky, a fact sheet on bauxite, alumina and aluminium in Pará, Brazil's tin at Pitinga, a weekly on Moscow-listed metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND127_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-seventh blind recall corpus (issue 11)', 'Blind-127', BLIND127_DIR, 400);
