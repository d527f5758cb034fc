/**
 * The nineteenth blind corpus (test/fixtures/recall-blind19): eight texts written on 3 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * after the rules and lexicon taken from the eighteenth blind corpus. Its ids were mapped (ids.json)
 * before it was first scored; its marks are never edited. Entities it showed the lexicon lacked were added after its first score (see ids.json).
 */
import { BLIND19_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('nineteenth blind recall corpus (issue 11)', 'Blind-19', BLIND19_DIR, 300);
