/**
 * The eighty-sixth blind corpus (test/fixtures/recall-blind86): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * Idaho Strategic Resources' rare-earth properties, US Critical Materials' Sheep Creek in Montana, America's smaller magnet makers, a fact sheet on Canadian rare-earth projects, Mongolia's rare earths, a Washington critical-minerals policy weekly. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND86_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('eighty-sixth blind recall corpus (issue 11)', 'Blind-86', BLIND86_DIR, 400);
