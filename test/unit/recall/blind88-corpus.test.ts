/**
 * The eighty-eighth blind corpus (test/fixtures/recall-blind88): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * USA Rare Earth's acquisition of Less Common Metals, Indonesia's tin and monazite, Kyrgyzstan's rare earths, a fact sheet on Myanmar's and Laos's rare-earth supply to China, Saudi Arabia's rare-earth push, a weekly Chinese rare-earth price report. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND88_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-eighth blind recall corpus (issue 11)', 'Blind-88', BLIND88_DIR, 400);
