/**
 * The hundred-and-tenth blind corpus (test/fixtures/recall-blind110): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Anglo American's Los Bronces and Chile's copper permits, Kyrgyzstan's gold after Kumtor, Russia's Far East copper and gold, a fact sheet on Peru's northern gold mines, Kazakhstan's zinc and lead, a weekly on Johannesburg- and London-listed copper miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND110_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-tenth blind recall corpus (issue 11)', 'Blind-110', BLIND110_DIR, 400);
