import { describe, expect, it } from 'vitest';
import { finderPatterns } from '../../../lib/spotter/candidate-words';
import { findCandidates } from '../../../lib/spotter/candidates';
import { inPass, passPatterns } from '../../../lib/spotter/pass-patterns';

describe('expressions made for one pass (issue 14)', () => {
  it('are made once per pass, shared inside it (nested passes too), and made afresh by the next pass', () => {
    const patterns = passPatterns({ word: [String.raw`\p{L}+`, 'u'] });
    let first: RegExp | undefined;
    inPass(() => {
      first = patterns().word;
      expect(patterns().word).toBe(first);
      inPass(() => expect(patterns().word).toBe(first));
      // Still the same after the nested pass ended: only the outermost lets go.
      expect(patterns().word).toBe(first);
    });
    inPass(() => {
      expect(patterns().word).not.toBe(first);
      expect(patterns().word.test('Kraków')).toBe(true);
    });
  });

  it('are let go when a pass throws', () => {
    const patterns = passPatterns({ x: ['x', ''] });
    let made: RegExp | undefined;
    expect(() =>
      inPass(() => {
        made = patterns().x;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(inPass(() => patterns().x)).not.toBe(made);
  });

  it('hold the finder’s expressions as they were written, and the finder lets them go after each call', () => {
    const p = finderPatterns();
    expect(p.roleOpeners.flags).toBe('iu');
    expect(p.roleOpeners.exec(', chief executive of Lynas, said')?.[1]).toBe('chief executive of Lynas');
    expect(p.dateline.exec('SYDNEY, Feb 17 (Reuters) - Lynas said')?.[0]).toBe('SYDNEY, Feb 17 (Reuters) - ');
    expect(p.notProse.test('Photo: Jane Doe/Reuters')).toBe(true);
    expect('a (Photo: x) b'.replace(p.creditGroup, (g) => ' '.repeat(g.length))).toBe('a            b');
    findCandidates('Lynas said. Jane Doe, chief executive of Kestrel Mining Corp. (TSXV: KMC), said.', [
      { entityId: 'lynas', text: 'Lynas', start: 0, end: 5 },
    ]);
    expect(finderPatterns()).not.toBe(p);
  });
});
