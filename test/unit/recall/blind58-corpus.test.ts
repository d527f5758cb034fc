/**
 * The fifty-eighth blind corpus (test/fixtures/recall-blind58): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Patriot Battery Metals' Shaakichiuwaanaan, Rwanda and the DRC's minerals peace deal, Gabon's manganese, a US Senate
 * hearing summary, Cuba's nickel and Sherritt, a mining arbitration roundup). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND58_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-eighth blind recall corpus (issue 11)', 'Blind-58', BLIND58_DIR, 400);
