/**
 * The thirty-fourth blind corpus (test/fixtures/recall-blind34): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after blind-33's rules, on the product's core subject (Ucore's Louisiana complex, Vietnam's rare
 * earths, Saudi mining, Greenland's minerals, Japan's rare-earth strategy, a rare-earth price weekly).
 * Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND34_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('thirty-fourth blind recall corpus (issue 11)', 'Blind-34', BLIND34_DIR, 400);
