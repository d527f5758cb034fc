/**
 * The forty-fifth blind corpus (test/fixtures/recall-blind45): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Northern Minerals' Browns Range, Mexico's lithium nationalisation, Namibia's critical minerals, a US
 * Department of Energy critical-materials funding fact sheet, cutting heavy rare earths out of
 * magnets, a tin, tantalum and niobium weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND45_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-fifth blind recall corpus (issue 11)', 'Blind-45', BLIND45_DIR, 400);
