import { describe, expect, it } from 'vitest';
import { countByEntity, selectDisplayed } from '../../../lib/page/display-filter';
import { lowerBound, nextStepIndex } from '../../../lib/page/stepping';
import { buildHighlightCss, KIND_STYLES, parseRgb, pickTheme, relativeLuminance } from '../../../lib/highlight/styles';
import { ENTITY_KINDS } from '../../../lib/catalog/schema';

const m = (entityId: string, kind: string, n: number) => ({ entityId, kind, n });
const page = [
  m('china', 'country', 0),
  m('mp', 'company', 1),
  m('china', 'country', 2),
  m('lynas', 'company', 3),
  m('mp', 'company', 4),
  m('ndpr', 'material', 5),
];

describe('selectDisplayed', () => {
  it('first mode keeps the first mention of each entity in reading order', () => {
    expect(selectDisplayed(page, 'first', () => true).map((x) => x.n)).toEqual([0, 1, 3, 5]);
  });
  it('every mode keeps all, in order', () => {
    expect(selectDisplayed(page, 'every', () => true).map((x) => x.n)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('switched-off kinds are dropped before first-mention picking', () => {
    expect(selectDisplayed(page, 'first', (k) => k !== 'company').map((x) => x.n)).toEqual([0, 5]);
  });
  it('a hidden mention does not take the first-mention slot; visibility is asked only of candidates', () => {
    const asked: number[] = [];
    const hidden = new Set([0, 1]);
    const shown = selectDisplayed(
      page,
      'first',
      () => true,
      (x) => {
        asked.push(x.n);
        return !hidden.has(x.n);
      },
    );
    expect(shown.map((x) => x.n)).toEqual([2, 3, 4, 5]);
    expect(asked).toEqual([0, 1, 2, 3, 4, 5]);
    const every: number[] = [];
    expect(
      selectDisplayed(
        page,
        'every',
        () => true,
        (x) => (every.push(x.n), false),
      ),
    ).toHaveLength(6);
    expect(every).toEqual([]); // every mode leaves hidden text to the renderer
  });

  it('counts every mention per entity', () => {
    expect(countByEntity(page)).toEqual({ china: 2, mp: 2, lynas: 1, ndpr: 1 });
    // A name the page introduces has no timeline: not counted for the badge and popup.
    expect(countByEntity([...page, { entityId: 'local:person:Maria Ostrova' }])).toEqual({ china: 2, mp: 2, lynas: 1, ndpr: 1 });
  });
});

describe('stepping', () => {
  it('lowerBound finds the first true index', () => {
    const tops = [-300, -20, 5, 40, 900];
    expect(lowerBound(tops.length, (i) => tops[i]! >= 0)).toBe(2);
    expect(lowerBound(tops.length, () => false)).toBe(5);
    expect(lowerBound(0, () => true)).toBe(0);
  });

  it('steps to the next mention and wraps at the end', () => {
    expect(nextStepIndex({ count: 4, current: 1, currentVisible: true, firstInView: 0 })).toBe(2);
    expect(nextStepIndex({ count: 4, current: 3, currentVisible: true, firstInView: 0 })).toBe(0);
  });

  it('starts from the first mention in view when nothing is focused or the reader scrolled away', () => {
    expect(nextStepIndex({ count: 10, current: -1, currentVisible: false, firstInView: 6 })).toBe(6);
    expect(nextStepIndex({ count: 10, current: 2, currentVisible: false, firstInView: 7 })).toBe(7);
    expect(nextStepIndex({ count: 10, current: -1, currentVisible: false, firstInView: 10 })).toBe(0);
    expect(nextStepIndex({ count: 0, current: -1, currentVisible: false, firstInView: 0 })).toBe(-1);
  });
});

describe('styles', () => {
  it('has one highlight rule per kind plus focus, with varied underline styles', () => {
    const css = buildHighlightCss('light');
    for (const k of ENTITY_KINDS) expect(css).toContain(`::highlight(lodestone-${k})`);
    expect(css).toContain('::highlight(lodestone-focus)');
    expect(new Set(Object.values(KIND_STYLES).map((s) => s.line)).size).toBe(5);
    expect(css).not.toMatch(/[^-]color:/); // never changes the text colour itself
  });

  it('parses computed colours and picks a theme from the page background', () => {
    expect(parseRgb('rgb(18, 18, 18)')).toEqual([18, 18, 18, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseRgb('transparent')).toBeUndefined();
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 5);
    expect(pickTheme(['rgb(18, 18, 18)'], false)).toBe('dark');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'rgb(250, 250, 250)'], true)).toBe('light');
    expect(pickTheme(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], true)).toBe('dark');
    expect(pickTheme([], false)).toBe('light');
  });
});
