/**
 * The hundred-and-twentieth blind corpus (test/fixtures/recall-blind120): eight texts written on 7 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * G Mining Ventures' Oko West in Guyana, manganese in Georgia and copper in Armenia, Albania's chromium, a fact sheet on Papua New Guinea's mines, Jamaica's bauxite and alumina, a weekly on Nordic mining and metals stocks. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND120_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('hundred-and-twentieth blind recall corpus (issue 11)', 'Blind-120', BLIND120_DIR, 400);
