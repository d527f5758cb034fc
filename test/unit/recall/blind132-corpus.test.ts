/**
 * The hundred-and-thirty-second blind corpus (test/fixtures/recall-blind132): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Arizona Sonoran's Cactus project, the Solomon Islands' Gold Ridge and Isabel nickel, Guatemala's mines, a fact sheet on gold in Scotland and Northern Ireland, Russia's rare metals under sanctions, a weekly on Vietnam-listed steel and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND132_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-thirty-second blind recall corpus (issue 11)', 'Blind-132', BLIND132_DIR, 400);
