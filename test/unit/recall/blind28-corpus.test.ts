/**
 * The twenty-eighth blind corpus (test/fixtures/recall-blind28): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after that session's rules and its 904-entity lexicon. Its ids were mapped (ids.json) before it
 * was first scored; its marks are never edited.
 */
import { BLIND28_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-eighth blind recall corpus (issue 11)', 'Blind-28', BLIND28_DIR, 345);
