/**
 * The hundred-and-thirty-sixth blind corpus (test/fixtures/recall-blind136): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Capstone's Pinto Valley and Mantos Blancos, Congo's copper belt, Laos's copper and gold, a fact sheet on Minas Gerais's zinc and lithium, Peru's mid-tier zinc miners, a weekly on Sydney-listed base-metal miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND136_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-sixth blind recall corpus (issue 11)', 'Blind-136', BLIND136_DIR, 400);
