/** `afterNextPaint` (issue 14): after the next frame's paint, once; at once on a hidden page. */
import { describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, afterNextPaint, type PaintClock } from '../../../lib/ui/after-paint';

/** A clock whose frames and timers run only when the test says so. */
function fakeClock(visibilityState = 'visible') {
  const frames: (() => void)[] = [];
  const timers: { cb: () => void; ms: number }[] = [];
  const clock: PaintClock = {
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => timers.push({ cb, ms }),
    document: { visibilityState },
  };
  const runTimers = (maxMs: number) => {
    for (const t of timers.splice(0).filter((x) => x.ms <= maxMs)) t.cb();
  };
  return { clock, frames, timers, runTimers };
}

describe('afterNextPaint', () => {
  it('waits for the frame, then runs in the task after it', () => {
    const { clock, frames, runTimers } = fakeClock();
    const fn = vi.fn();
    afterNextPaint(fn, clock);
    runTimers(0);
    expect(fn, 'not before the frame').not.toHaveBeenCalled();
    frames.shift()!();
    expect(fn, 'not inside the frame callback (before the paint)').not.toHaveBeenCalled();
    runTimers(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs once even when the fallback timer also fires', () => {
    const { clock, frames, runTimers, timers } = fakeClock();
    const fn = vi.fn();
    afterNextPaint(fn, clock);
    frames.shift()!();
    const pending = [...timers];
    for (const t of pending) t.cb();
    runTimers(Infinity);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not wait for ever for a frame that never comes', () => {
    const { clock, runTimers } = fakeClock();
    const fn = vi.fn();
    afterNextPaint(fn, clock);
    runTimers(AFTER_PAINT_FALLBACK_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('on a hidden page (no frames), runs in the next task', () => {
    const { clock, frames, runTimers } = fakeClock('hidden');
    const fn = vi.fn();
    afterNextPaint(fn, clock);
    expect(frames).toHaveLength(0);
    expect(fn).not.toHaveBeenCalled();
    runTimers(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
