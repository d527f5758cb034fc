/**
 * The fifty-second blind corpus (test/fixtures/recall-blind52): eight texts written on 4 Dec 2026 by
 * an annotator who never read the dictionary, the spotter or the other corpora (see its README)
 * (Noveon Magnetics and a motor maker, Japan's seabed mud near Minamitorishima, Mozambique's
 * graphite, a Brazilian critical-minerals fact sheet, European car makers and China's magnet
 * licences, a ferroalloys weekly). Its ids were mapped (ids.json) before it was first scored; its
 * marks are never edited.
 */
import { BLIND52_DIR } from './corpus';
import { corpusSuite } from './corpus-suite';

corpusSuite('fifty-second blind recall corpus (issue 11)', 'Blind-52', BLIND52_DIR, 400);
