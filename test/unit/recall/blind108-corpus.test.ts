/**
 * The hundred-and-eighth blind corpus (test/fixtures/recall-blind108): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Ivanhoe Mines' Platreef in South Africa, Western Australia's nickel slump, gold in Guyana and Suriname, a fact sheet on the Philippines' nickel miners, New Zealand's fast-track mining law, a weekly on ASX-listed gold miners. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND108_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-eighth blind recall corpus (issue 11)', 'Blind-108', BLIND108_DIR, 400);
