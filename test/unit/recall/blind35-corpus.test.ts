/**
 * The thirty-fifth blind corpus (test/fixtures/recall-blind35): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after all of that session's rules and lexicon (Torngat's Strange Lake, Brazil's ionic clays,
 * Malaysia's export ban, India's magnets fact sheet, Europe's magnet gap, a battery-metals weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND35_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-fifth blind recall corpus (issue 11)', 'Blind-35', BLIND35_DIR, 400);
