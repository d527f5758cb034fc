/**
 * The sixty-seventh blind corpus (test/fixtures/recall-blind67): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-68, after blind-65's and -66's rules and this session's lexicon (Lotus Resources' Kayelekera restart,
 * Colombia's mining under Petro, Azerbaijan's metals, a helium-supply fact sheet, Russian metals and sanctions, a cobalt
 * and nickel weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND67_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-seventh blind recall corpus (issue 11)', 'Blind-67', BLIND67_DIR, 400);
