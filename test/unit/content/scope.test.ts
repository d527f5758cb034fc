import { describe, expect, it, vi } from 'vitest';
import { Scope } from '../../../lib/content/scope';
import { forEachSliced } from '../../../lib/page/slices';

describe('Scope', () => {
  it('cancels timers, removes listeners and runs disposers in reverse when it ends', async () => {
    const scope = new Scope();
    const target = new EventTarget();
    const heard = vi.fn();
    const order: string[] = [];
    scope.listen(target, 'x', heard);
    const fired = vi.fn();
    scope.timeout(fired, 5);
    scope.onDispose(() => order.push('first'));
    scope.onDispose(() => {
      order.push('second');
      throw new Error('a failing teardown does not stop the others');
    });
    target.dispatchEvent(new Event('x'));
    scope.dispose();
    target.dispatchEvent(new Event('x'));
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(fired).not.toHaveBeenCalled();
    expect(order).toEqual(['second', 'first']);
    expect(scope.active).toBe(false);
  });

  it('ends with its parent signal', () => {
    const parent = new AbortController();
    const scope = new Scope(parent.signal);
    const done = vi.fn();
    scope.onDispose(done);
    parent.abort();
    expect(done).toHaveBeenCalledOnce();
    const late = vi.fn();
    scope.onDispose(late);
    expect(late).toHaveBeenCalledOnce();
  });
});

describe('forEachSliced', () => {
  it('visits every item in order, yielding when the slice budget is spent', async () => {
    let clock = 0;
    const seen: number[] = [];
    const ok = await forEachSliced(
      [1, 2, 3, 4, 5],
      (n) => {
        seen.push(n);
        clock += 5; // each item "costs" 5 ms
      },
      () => true,
      8,
      () => clock,
    );
    expect(ok).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops when the scope dies during a yield', async () => {
    let clock = 0;
    let alive = true;
    const seen: number[] = [];
    const ok = await forEachSliced(
      [1, 2, 3, 4],
      (n) => {
        seen.push(n);
        clock += 10;
        if (n === 1) alive = false;
      },
      () => alive,
      8,
      () => clock,
    );
    expect(ok).toBe(false);
    expect(seen).toEqual([1]);
  });
});
