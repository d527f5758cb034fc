/**
 * The ninety-sixth blind corpus (test/fixtures/recall-blind96): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Lydian's Amulsar gold project in Armenia, Papua New Guinea's mines, Tajikistan's antimony and aluminium, a fact sheet on Mauritania's and Senegal's minerals, Kuwait's and Qatar's sovereign wealth, a weekly on Borsa Istanbul-listed steel and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND96_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninety-sixth blind recall corpus (issue 11)', 'Blind-96', BLIND96_DIR, 400);
