/**
 * The hundred-and-thirty-ninth blind corpus (test/fixtures/recall-blind139): eight texts written on 7 and 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ur-Energy's Lost Creek and Shirley Basin, the Northern Territory's uranium legacy at Ranger and Jabiluka, South Australia's uranium, a fact sheet on tungsten outside China, Canada's northern tungsten, a weekly on North American uranium stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND139_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-ninth blind recall corpus (issue 11)', 'Blind-139', BLIND139_DIR, 400);
