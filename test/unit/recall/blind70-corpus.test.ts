/**
 * The seventieth blind corpus (test/fixtures/recall-blind70): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-69 (Sumitomo's Ambatovy in Madagascar, Kyrgyzstan's Kumtor, Guyana and Suriname, a
 * phosphate fact sheet, Spain's and Portugal's metals, a minor-metals weekly). Its ids were mapped
 * (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND70_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('seventieth blind recall corpus (issue 11)', 'Blind-70', BLIND70_DIR, 400);
