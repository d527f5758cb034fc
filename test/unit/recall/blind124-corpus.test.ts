/**
 * The hundred-and-twenty-fourth blind corpus (test/fixtures/recall-blind124): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Standard Lithium's South West Arkansas project, Namibia's base metals, Nunavik's nickel mines, a fact sheet on Utah's Bingham Canyon mine, Haiti's gold and copper, a weekly on Turkish, Israeli and Greek metals and mining stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND124_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twenty-fourth blind recall corpus (issue 11)', 'Blind-124', BLIND124_DIR, 400);
