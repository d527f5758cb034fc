/** Issue 11: the forms a listing is written in, from which the spotter knows a company's tickers. */
import { describe, expect, it } from 'vitest';
import { listingForms } from '../../../lib/catalog/exchanges';

describe('listingForms', () => {
  it('writes a listing with its exchange prefix, with or without a space, and with its market suffix', () => {
    const forms = listingForms({ exchange: 'ASX', ticker: 'LYC' });
    expect(forms).toContain('ASX: LYC');
    expect(forms).toContain('ASX:LYC');
    expect(forms).toContain('LYC.AX');
  });

  it('writes a share class in a Reuters code with a small letter (`TECK.B` → `TECKb.TO`)', () => {
    const forms = listingForms({ exchange: 'TSX', ticker: 'TECK.B' });
    expect(forms).toContain('TSX: TECK.B');
    expect(forms).toContain('TECKb.TO');
    // Not for a ticker without a class.
    expect(listingForms({ exchange: 'TSX', ticker: 'NEO' }).some((f) => /[a-z]\.TO$/.test(f))).toBe(false);
  });

  it("writes Reuters' codes for Johannesburg and Xetra with their added letters (`AGLJ.J`, `WCHG.DE`, `SDFGn.DE`)", () => {
    expect(listingForms({ exchange: 'JSE', ticker: 'AGL' })).toContain('AGLJ.J');
    const xetra = listingForms({ exchange: 'FSE', ticker: 'SDF' });
    expect(xetra).toContain('SDFG.DE');
    expect(xetra).toContain('SDFGn.DE');
    // Only on those markets.
    expect(listingForms({ exchange: 'ASX', ticker: 'AGL' }).some((f) => f.endsWith('J.J') || f.endsWith('G.DE'))).toBe(false);
  });

  it("writes a Moscow listing with Reuters' and Yahoo's suffixes (`GMKN.MM`, `GMKN.ME`)", () => {
    const forms = listingForms({ exchange: 'MOEX', ticker: 'GMKN' });
    expect(forms).toContain('GMKN.MM');
    expect(forms).toContain('GMKN.ME');
  });

  it('writes a Nordic share class kept with a hyphen with a space after the prefix (`EPI-A` → `STO: EPI A`)', () => {
    const forms = listingForms({ exchange: 'Nasdaq Stockholm', ticker: 'EPI-A' });
    expect(forms).toContain('STO: EPI A');
    expect(forms).toContain('EPI-A.ST');
    // Not for a ticker without a class.
    expect(listingForms({ exchange: 'Nasdaq Stockholm', ticker: 'SAND' }).some((f) => / [A-Z]$/.test(f))).toBe(false);
  });

  it('knows no forms for an exchange it does not know', () => {
    expect(listingForms({ exchange: 'Nowhere Bourse', ticker: 'XYZ' })).toEqual([]);
  });
});
