/**
 * The forty-second blind corpus (test/fixtures/recall-blind42): eight texts written on 4 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Pensana's Longonjo, Canada's critical-minerals push, Pakistan's minerals, a USGS-style rare-earth
 * page, resource nationalism in Africa, a platinum-group metals and silver weekly). Its ids were
 * mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND42_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-second blind recall corpus (issue 11)', 'Blind-42', BLIND42_DIR, 400);
