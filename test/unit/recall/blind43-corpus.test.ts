/**
 * The forty-third blind corpus (test/fixtures/recall-blind43): eight texts written on 4 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Iluka's Eneabba refinery, the EU's raw-materials diplomacy, Uzbekistan's minerals, a Japanese
 * stockpile fact sheet, battery-metal price crashes, a rare-earth equities weekly). Its ids were
 * mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND43_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-third blind recall corpus (issue 11)', 'Blind-43', BLIND43_DIR, 400);
