/**
 * The hundred-and-forty-third blind corpus (test/fixtures/recall-blind143): eight texts written on 8 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Canada Nickel's Crawford, Western Australia's nickel slump, Brazil's nickel, a fact sheet on nickel laterites in the Caribbean and South America, Canada's class-1 nickel, a weekly on Toronto- and ASX-listed nickel stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND143_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-forty-third blind recall corpus (issue 11)', 'Blind-143', BLIND143_DIR, 400);
