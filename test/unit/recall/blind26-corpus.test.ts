/**
 * The twenty-sixth blind corpus (test/fixtures/recall-blind26): eight texts written on 3 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after all of that session's rules and lexicon. Its ids were mapped (ids.json) before it was first
 * scored; its marks are never edited.
 */
import { BLIND26_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('twenty-sixth blind recall corpus (issue 11)', 'Blind-26', BLIND26_DIR, 310);
