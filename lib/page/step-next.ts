/**
 * Which mention the `next-mention` command goes to. Reading order over the shown mentions; from the
 * focused one if the reader is still looking at it, else from the first one in view (stepping must
 * not jump back to the top of a long page); mentions the reader cannot see are skipped.
 */
import { isOffscreen, type RectLike } from './card-position';
import { lowerBound, nextStepIndex } from './stepping';

/** What choosing needs to know about the page. */
export interface StepInput<M> {
  /** Shown mentions in reading order. */
  list: readonly M[];
  focused: M | undefined;
  /** The mention's box in viewport coordinates (undefined: no box, e.g. removed or display:none). */
  boxOf: (m: M) => RectLike | undefined;
  /** False for mentions the reader cannot see (hidden text). */
  visible: (m: M) => boolean;
  viewport: { width: number; height: number };
}

/** The mention to focus next, or undefined when there is none the reader could see. */
export function chooseNextMention<M>(input: StepInput<M>): M | undefined {
  const { list, focused, boxOf, visible, viewport } = input;
  if (!list.length) return undefined;
  const currentBox = focused === undefined ? undefined : boxOf(focused);
  let idx = nextStepIndex({
    count: list.length,
    current: focused === undefined ? -1 : list.indexOf(focused),
    currentVisible: currentBox !== undefined && !isOffscreen(currentBox, viewport),
    // Reading order is top to bottom for the article's flow, so a binary search finds the first in view.
    firstInView: lowerBound(list.length, (i) => (boxOf(list[i]!)?.bottom ?? -1) > 0),
  });
  if (idx < 0) return undefined;
  for (let tries = 0; tries < list.length; tries++, idx = (idx + 1) % list.length) {
    const m = list[idx]!;
    if (visible(m) && boxOf(m) !== undefined) return m;
  }
  return undefined;
}
