/**
 * The hundred-and-seventeenth blind corpus (test/fixtures/recall-blind117): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Champion Iron's Bloom Lake in Quebec, Tanzania's gold, Colombia's gold, a fact sheet on the Labrador Trough's iron ore, Norway's minerals, a weekly on London AIM-listed mining juniors. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND117_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-seventeenth blind recall corpus (issue 11)', 'Blind-117', BLIND117_DIR, 400);
