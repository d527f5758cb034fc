/**
 * The forty-first blind corpus (test/fixtures/recall-blind41): eight texts written on 4 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Meteoric's Caldeira project, Indonesian nickel, German and EU lithium finance, a US Defense
 * Production Act fact sheet, gallium and germanium, an antimony-tungsten-bismuth weekly). Its ids
 * were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND41_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('forty-first blind recall corpus (issue 11)', 'Blind-41', BLIND41_DIR, 400);
