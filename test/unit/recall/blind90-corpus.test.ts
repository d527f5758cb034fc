/**
 * The ninetieth blind corpus (test/fixtures/recall-blind90): eight texts written on 6 Dec 2026
 * by an annotator who never read the dictionary, the spotter or the other corpora (see its README):
 * American Rare Earths' Halleck Creek, Missouri's critical minerals (Pea Ridge, the lead belt, Missouri Cobalt), Ethiopia's Kenticha and critical minerals, a fact sheet on Sri Lanka's mineral sands and graphite, Sierra Leone's rutile and iron ore, a weekly on lithium, graphite and rare-earth listings in London and Frankfurt. Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND90_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('ninetieth blind recall corpus (issue 11)', 'Blind-90', BLIND90_DIR, 400);
