/**
 * The sixty-third blind corpus (test/fixtures/recall-blind63): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the 1,395 entities of lexicon added that morning (Westwin Elements' Oklahoma nickel refinery, Mauritania's
 * mining, Burkina Faso's gold takeovers, a Norwegian seabed-minerals fact sheet, e-waste recovery in Europe, a
 * molybdenum and rhenium weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND63_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-third blind recall corpus (issue 11)', 'Blind-63', BLIND63_DIR, 400);
