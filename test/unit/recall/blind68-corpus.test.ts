/**
 * The sixty-eighth blind corpus (test/fixtures/recall-blind68): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-67, after blind-65's and -66's rules and this session's lexicon (Lifezone Metals' Kabanga nickel,
 * Romania's mining and Roșia Montană, Fiji and the Pacific, mining in the Russian Arctic, tailings dam safety,
 * a platinum and palladium weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND68_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-eighth blind recall corpus (issue 11)', 'Blind-68', BLIND68_DIR, 400);
