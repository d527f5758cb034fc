/**
 * The forty-fourth blind corpus (test/fixtures/recall-blind44): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Lynas's heavy rare earths, China's 2025 export controls, Brazil's rare earths and niobium, an
 * Indian critical-mineral mission fact sheet, tungsten and antimony for defence, a cobalt and nickel
 * weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND44_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-fourth blind recall corpus (issue 11)', 'Blind-44', BLIND44_DIR, 400);
