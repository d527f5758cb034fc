/**
 * The sixty-sixth blind corpus (test/fixtures/recall-blind66): eight texts written on 5 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README),
 * beside blind-65 (Sunrise Energy Metals' Syerston scandium project, Oman's mining push, Balkan metals at Vareš,
 * Trepča and Bor, a fact sheet on South Africa's manganese and chrome, polysilicon and forced labour in Xinjiang,
 * an iron ore and steel weekly). Its ids were mapped (ids.json) before it was first scored; its marks are never edited.
 */
import { BLIND66_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('sixty-sixth blind recall corpus (issue 11)', 'Blind-66', BLIND66_DIR, 400);
