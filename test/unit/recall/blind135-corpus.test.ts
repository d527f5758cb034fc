/**
 * The hundred-and-thirty-fifth blind corpus (test/fixtures/recall-blind135): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Nexa's Aripuanã in Mato Grosso, Mexico's base metals, Western Australia's copper and zinc after DeGrussa, a fact sheet on Cornwall and Devon's metals, Finland's small base-metal mines, a weekly on Toronto-listed copper and zinc producers. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND135_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-fifth blind recall corpus (issue 11)', 'Blind-135', BLIND135_DIR, 400);
