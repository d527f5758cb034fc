/**
 * Keyboard stepping through the shown mentions in reading order (the `next-mention` command).
 * Pure index arithmetic; the caller measures positions.
 */

export { lowerBound } from '../sorted';

/** What the stepper knows when the command arrives. */
export interface StepState {
  /** Number of shown mentions. */
  count: number;
  /** Index of the focused mention, or -1 when none (or it is no longer shown). */
  current: number;
  /** Whether the focused mention is still on screen (the reader has not scrolled away). */
  currentVisible: boolean;
  /** First mention at or below the top of the viewport (`count` when none). */
  firstInView: number;
}

/**
 * The index to focus next, or -1 when there is nothing to step to. From a focused mention still on
 * screen: the next one, wrapping at the end. Otherwise the reader has moved: start at the first
 * mention in view, so stepping never jumps back to the top of a long page.
 */
export function nextStepIndex(s: StepState): number {
  if (s.count <= 0) return -1;
  if (s.current >= 0 && s.current < s.count && s.currentVisible) return (s.current + 1) % s.count;
  return s.firstInView < s.count ? s.firstInView : 0;
}
