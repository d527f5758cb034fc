/**
 * The hundred-and-fortieth blind corpus (test/fixtures/recall-blind140): eight texts written on 7 and 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * enCore's Alta Mesa, Namibia's uranium, Niger's uranium after the coup, a fact sheet on South Africa's gold-and-uranium tailings, Western Australia's ban on new uranium mines, a weekly on ASX-listed uranium and tungsten juniors. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND140_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-fortieth blind recall corpus (issue 11)', 'Blind-140', BLIND140_DIR, 400);
