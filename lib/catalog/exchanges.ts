/**
 * The stock exchanges a listing may name, and how the news writes a ticker on each. Press releases
 * write `(NASDAQ: MP)`, `(Nasdaq:USAR)`, `(ASX: LYC)`, `(TSX-V: UCU)`; wire services write Reuters
 * codes (`LYC.AX`, `MP.N`) and Chinese and Hong Kong papers the code with its market (`300224.SZ`,
 * `600111.SS`, `0769.HK`). The spotter derives every such form from a listing (`listingForms`), so
 * the catalog stores only `{ exchange, ticker }`.
 */
import type { Listing } from './schema';

/** One exchange: its code in listings, its name, the prefixes papers write, its code suffixes. */
export interface Exchange {
  code: string;
  name: string;
  /** How the exchange is written before a ticker, each matched exactly as written here. */
  prefixes: readonly string[];
  /** Market suffixes written after a ticker (`.AX`), Reuters' and Yahoo's. */
  suffixes: readonly string[];
  /**
   * Endings of Reuters' codes that add letters before the market suffix on this market (`J.J`:
   * `AGLJ.J` for JSE: AGL; `G.DE`, `Gn.DE` for registered shares: `WCHG.DE`, `SDFGn.DE` on Xetra).
   */
  reutersEndings?: readonly string[];
}

/** Every exchange a listing may name. */
export const EXCHANGES: readonly Exchange[] = [
  { code: 'NYSE', name: 'New York Stock Exchange', prefixes: ['NYSE'], suffixes: ['.N'] },
  { code: 'NYSE American', name: 'NYSE American', prefixes: ['NYSE American', 'NYSE AMERICAN', 'NYSE MKT', 'NYSEAMERICAN'], suffixes: ['.A'] },
  {
    code: 'Nasdaq',
    name: 'Nasdaq',
    prefixes: ['Nasdaq', 'NASDAQ', 'NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'NASDAQGS', 'NASDAQGM', 'NASDAQCM'],
    suffixes: ['.O', '.OQ'],
  },
  { code: 'OTCQX', name: 'OTCQX Best Market', prefixes: ['OTCQX', 'OTCQX®', 'OTC'], suffixes: [] },
  { code: 'OTCQB', name: 'OTCQB Venture Market', prefixes: ['OTCQB', 'OTCQB®', 'OTC'], suffixes: [] },
  { code: 'OTC', name: 'OTC Markets (Pink)', prefixes: ['OTC', 'OTC Pink', 'OTCMKTS', 'OTCPK', 'PINK'], suffixes: ['.PK'] },
  { code: 'TSX', name: 'Toronto Stock Exchange', prefixes: ['TSX'], suffixes: ['.TO'] },
  { code: 'TSXV', name: 'TSX Venture Exchange', prefixes: ['TSXV', 'TSX-V', 'TSX.V', 'TSX Venture', 'TSX-Venture'], suffixes: ['.V'] },
  { code: 'CSE', name: 'Canadian Securities Exchange', prefixes: ['CSE'], suffixes: ['.CN'] },
  // The NEO Exchange until 2022, then Cboe Canada: releases write `(Cboe CA: DMET)`, `(CBOE CA: …)`, `(NEO: …)`.
  { code: 'Cboe Canada', name: 'Cboe Canada', prefixes: ['Cboe CA', 'CBOE CA', 'Cboe Canada', 'NEO'], suffixes: ['.NE'] },
  { code: 'ASX', name: 'Australian Securities Exchange', prefixes: ['ASX'], suffixes: ['.AX'] },
  { code: 'NSX', name: 'National Stock Exchange of Australia', prefixes: ['NSX'], suffixes: [] },
  { code: 'LSE', name: 'London Stock Exchange', prefixes: ['LSE', 'LON'], suffixes: ['.L'] },
  { code: 'AIM', name: 'AIM (London Stock Exchange)', prefixes: ['AIM', 'LSE AIM'], suffixes: ['.L'] },
  {
    code: 'FSE',
    name: 'Frankfurt Stock Exchange',
    prefixes: ['FSE', 'FRA', 'Frankfurt', 'XETRA', 'Xetra', 'ETR'],
    suffixes: ['.F', '.DE'],
    reutersEndings: ['G.DE', 'Gn.DE', 'n.DE'],
  },
  { code: 'Euronext Paris', name: 'Euronext Paris', prefixes: ['Euronext Paris', 'EPA'], suffixes: ['.PA'] },
  { code: 'Euronext Brussels', name: 'Euronext Brussels', prefixes: ['Euronext Brussels', 'EBR'], suffixes: ['.BR'] },
  { code: 'Euronext Amsterdam', name: 'Euronext Amsterdam', prefixes: ['Euronext Amsterdam', 'AMS'], suffixes: ['.AS'] },
  { code: 'Nasdaq Stockholm', name: 'Nasdaq Stockholm', prefixes: ['Nasdaq Stockholm', 'STO'], suffixes: ['.ST'] },
  { code: 'Oslo Bors', name: 'Oslo Børs', prefixes: ['Oslo Børs', 'OSE', 'OSL'], suffixes: ['.OL'] },
  { code: 'SIX', name: 'SIX Swiss Exchange', prefixes: ['SIX'], suffixes: ['.S', '.SW'] },
  { code: 'JSE', name: 'Johannesburg Stock Exchange', prefixes: ['JSE'], suffixes: ['.J', '.JO'], reutersEndings: ['J.J'] },
  { code: 'SSE', name: 'Shanghai Stock Exchange', prefixes: ['SSE', 'SHA'], suffixes: ['.SS', '.SH'] },
  { code: 'SZSE', name: 'Shenzhen Stock Exchange', prefixes: ['SZSE', 'SHE'], suffixes: ['.SZ'] },
  { code: 'BJSE', name: 'Beijing Stock Exchange', prefixes: ['BJSE'], suffixes: ['.BJ'] },
  { code: 'HKEX', name: 'Hong Kong Stock Exchange', prefixes: ['HKEX', 'HKSE', 'SEHK', 'HKG'], suffixes: ['.HK'] },
  { code: 'TSE', name: 'Tokyo Stock Exchange', prefixes: ['TSE', 'TYO'], suffixes: ['.T'] },
  { code: 'KRX', name: 'Korea Exchange', prefixes: ['KRX', 'KOSPI', 'KRX:KOSPI'], suffixes: ['.KS'] },
  { code: 'KOSDAQ', name: 'KOSDAQ', prefixes: ['KOSDAQ'], suffixes: ['.KQ'] },
  { code: 'TWSE', name: 'Taiwan Stock Exchange', prefixes: ['TWSE', 'TPE'], suffixes: ['.TW'] },
  // The Taipei Exchange (TPEx, the over-the-counter market): Yahoo writes `6488.TWO`, Reuters `6488.TWO` too.
  { code: 'TPEx', name: 'Taipei Exchange', prefixes: ['TPEx', 'TPEX', 'GTSM'], suffixes: ['.TWO'] },
  { code: 'IDX', name: 'Indonesia Stock Exchange', prefixes: ['IDX'], suffixes: ['.JK'] },
  { code: 'NSE', name: 'National Stock Exchange of India', prefixes: ['NSE'], suffixes: ['.NS'] },
  { code: 'BSE', name: 'BSE (Bombay Stock Exchange)', prefixes: ['BSE'], suffixes: ['.BO'] },
  { code: 'Bursa Malaysia', name: 'Bursa Malaysia', prefixes: ['Bursa Malaysia', 'Bursa', 'KLSE', 'MYX'], suffixes: ['.KL'] },
  { code: 'SGX', name: 'Singapore Exchange', prefixes: ['SGX'], suffixes: ['.SI'] },
  { code: 'B3', name: 'B3 (Brasil Bolsa Balcão)', prefixes: ['B3', 'BVMF', 'Bovespa'], suffixes: ['.SA'] },
  // Refinitiv writes `.SE` (`1211.SE`), Yahoo `.SR`.
  { code: 'Tadawul', name: 'Saudi Exchange (Tadawul)', prefixes: ['Tadawul', 'TADAWUL', 'Saudi Exchange'], suffixes: ['.SR', '.SE'] },
  { code: 'KASE', name: 'Kazakhstan Stock Exchange', prefixes: ['KASE'], suffixes: [] },
  { code: 'AIX', name: 'Astana International Exchange', prefixes: ['AIX'], suffixes: [] },
  { code: 'MOEX', name: 'Moscow Exchange', prefixes: ['MOEX'], suffixes: ['.MM', '.ME'] },
  { code: 'WSE', name: 'Warsaw Stock Exchange', prefixes: ['WSE', 'GPW'], suffixes: ['.WA'] },
  { code: 'Nasdaq Helsinki', name: 'Nasdaq Helsinki', prefixes: ['Nasdaq Helsinki', 'HEL'], suffixes: ['.HE'] },
  { code: 'BMV', name: 'Mexican Stock Exchange', prefixes: ['BMV'], suffixes: ['.MX'] },
  { code: 'BVL', name: 'Lima Stock Exchange', prefixes: ['BVL'], suffixes: ['.LM'] },
  { code: 'Santiago', name: 'Santiago Stock Exchange', prefixes: ['BCS', 'Santiago'], suffixes: ['.SN'] },
  { code: 'PSE', name: 'Philippine Stock Exchange', prefixes: ['PSE'], suffixes: ['.PS'] },
  { code: 'HOSE', name: 'Ho Chi Minh City Stock Exchange', prefixes: ['HOSE', 'HSX'], suffixes: ['.HM'] },
  { code: 'HNX', name: 'Hanoi Stock Exchange', prefixes: ['HNX'], suffixes: ['.HN'] },
  // Vietnam's market for unlisted public companies, run by the Hanoi exchange (`UPCoM: MSR`).
  { code: 'UPCoM', name: 'UPCoM (Unlisted Public Company Market, Hanoi)', prefixes: ['UPCoM', 'UPCOM'], suffixes: [] },
  { code: 'BIST', name: 'Borsa Istanbul', prefixes: ['BIST', 'Borsa Istanbul'], suffixes: ['.IS'] },
  { code: 'NZX', name: 'New Zealand Exchange', prefixes: ['NZX'], suffixes: ['.NZ'] },
  { code: 'TASE', name: 'Tel Aviv Stock Exchange', prefixes: ['TASE'], suffixes: ['.TA'] },
  // Reuters writes Amman's codes `APOT.AM`.
  { code: 'ASE', name: 'Amman Stock Exchange', prefixes: ['ASE'], suffixes: ['.AM'] },
  { code: 'SET', name: 'Stock Exchange of Thailand', prefixes: ['SET'], suffixes: ['.BK'] },
  { code: 'BYMA', name: 'Bolsas y Mercados Argentinos', prefixes: ['BYMA', 'BCBA'], suffixes: ['.BA'] },
  { code: 'BME', name: 'Bolsa de Madrid', prefixes: ['BME'], suffixes: ['.MC'] },
  { code: 'Euronext Dublin', name: 'Euronext Dublin', prefixes: ['Euronext Dublin', 'ISE'], suffixes: ['.I', '.IR'] },
  { code: 'Euronext Lisbon', name: 'Euronext Lisbon', prefixes: ['Euronext Lisbon', 'ELI'], suffixes: ['.LS'] },
  { code: 'Euronext Milan', name: 'Euronext Milan', prefixes: ['Euronext Milan', 'BIT'], suffixes: ['.MI'] },
  { code: 'Nasdaq Copenhagen', name: 'Nasdaq Copenhagen', prefixes: ['Nasdaq Copenhagen', 'CPH'], suffixes: ['.CO'] },
  { code: 'Wiener Börse', name: 'Vienna Stock Exchange', prefixes: ['Wiener Börse', 'VIE'], suffixes: ['.VI'] },
  { code: 'BVC', name: 'Casablanca Stock Exchange', prefixes: ['BVC', 'Casablanca'], suffixes: ['.CS'] },
  { code: 'GSE', name: 'Ghana Stock Exchange', prefixes: ['GSE'], suffixes: [] },
  { code: 'NGX', name: 'Nigerian Exchange', prefixes: ['NGX'], suffixes: ['.LG'] },
  { code: 'EGX', name: 'Egyptian Exchange', prefixes: ['EGX'], suffixes: ['.CA'] },
  // The Gulf's exchanges (`ADX: IHC`, Reuters `IHC.AD`).
  { code: 'ADX', name: 'Abu Dhabi Securities Exchange', prefixes: ['ADX'], suffixes: ['.AD'] },
  { code: 'DFM', name: 'Dubai Financial Market', prefixes: ['DFM'], suffixes: ['.DU'] },
  { code: 'QSE', name: 'Qatar Stock Exchange', prefixes: ['QSE'], suffixes: ['.QA'] },
  { code: 'Boursa Kuwait', name: 'Boursa Kuwait', prefixes: ['Boursa Kuwait'], suffixes: ['.KW'] },
  // Europe's smaller markets (`ATHEX: MTLN`, `Ljubljana Stock Exchange: LKPG`), and Nasdaq's growth
  // market in the Nordics (`First North: BAT`).
  { code: 'ATHEX', name: 'Athens Exchange', prefixes: ['ATHEX', 'Athens Exchange'], suffixes: ['.AT'] },
  { code: 'BVB', name: 'Bucharest Stock Exchange', prefixes: ['BVB', 'Bucharest Stock Exchange'], suffixes: ['.RO'] },
  { code: 'LJSE', name: 'Ljubljana Stock Exchange', prefixes: ['LJSE', 'Ljubljana Stock Exchange'], suffixes: ['.LJ'] },
  { code: 'ZSE', name: 'Zagreb Stock Exchange', prefixes: ['ZSE', 'Zagreb Stock Exchange'], suffixes: ['.ZA'] },
  { code: 'BELEX', name: 'Belgrade Stock Exchange', prefixes: ['BELEX', 'Belgrade Stock Exchange'], suffixes: [] },
  { code: 'BET', name: 'Budapest Stock Exchange', prefixes: ['BÉT', 'Budapest Stock Exchange'], suffixes: ['.BU'] },
  { code: 'Nasdaq Iceland', name: 'Nasdaq Iceland', prefixes: ['Nasdaq Iceland'], suffixes: ['.IC'] },
  { code: 'First North', name: 'Nasdaq First North Growth Market', prefixes: ['Nasdaq First North', 'First North'], suffixes: [] },
];

/** Every market suffix (`.AX`, `.L`), for a Reuters-style code an article writes after a name. */
export const MARKET_SUFFIXES: ReadonlySet<string> = new Set(EXCHANGES.flatMap((e) => e.suffixes));

const BY_CODE = new Map(EXCHANGES.map((e) => [e.code, e]));

/** The exchange of a listing code, or undefined when the code is not one of `EXCHANGES`. */
export function exchangeByCode(code: string): Exchange | undefined {
  return BY_CODE.get(code);
}

/**
 * Every way the news writes one listing: `PREFIX: TICKER` and `PREFIX:TICKER` for each prefix of
 * its exchange, `TICKER.SUFFIX` for each market suffix, and Reuters' codes with added letters. Deduplicated, in a stable order.
 */
export function listingForms(listing: Listing): string[] {
  const ex = exchangeByCode(listing.exchange);
  if (!ex) return [];
  const out = new Set<string>();
  for (const p of ex.prefixes) {
    out.add(`${p}: ${listing.ticker}`);
    out.add(`${p}:${listing.ticker}`);
  }
  for (const s of ex.suffixes) out.add(`${listing.ticker}${s}`);
  // A share class (`TECK.B`) in a Reuters code takes a small letter (`TECKb.TO`), in Yahoo's a hyphen (`TECK-B.TO`).
  const share = /^([A-Z0-9]+)\.([A-Z])$/.exec(listing.ticker);
  if (share)
    for (const s of ex.suffixes) {
      out.add(`${share[1]}${share[2]!.toLowerCase()}${s}`);
      out.add(`${share[1]}-${share[2]}${s}`);
    }
  // A Nordic share class kept with a hyphen (`EPI-A`, as Yahoo's `EPI-A.ST` has it) is written with
  // a space after the market's prefix (`STO: EPI A`, as Nasdaq Stockholm lists it).
  const nordic = /^([A-Z0-9]+)-([A-Z])$/.exec(listing.ticker);
  if (nordic) for (const p of ex.prefixes) out.add(`${p}: ${nordic[1]} ${nordic[2]}`);
  for (const ending of ex.reutersEndings ?? []) out.add(`${listing.ticker}${ending}`);
  return [...out];
}

/** How a listing reads on a card: `ASX: LYC`. */
export function formatListing(listing: Listing): string {
  return `${listing.exchange}: ${listing.ticker}`;
}

/**
 * Every prefix any exchange is written with, longest first: the spotter reads `(PREFIX: TICKER)`
 * after a name as a ticker the article defines, even for an exchange-listing the catalog lacks.
 */
export const EXCHANGE_PREFIXES: readonly string[] = [...new Set(EXCHANGES.flatMap((e) => e.prefixes))].sort((a, b) => b.length - a.length);

/** The market suffixes of the exchanges written with `prefix` (`AIM` → `.L`), for a ticker an article defines. */
export function suffixesOfPrefix(prefix: string): string[] {
  const up = prefix.toUpperCase();
  return [...new Set(EXCHANGES.filter((e) => e.prefixes.some((p) => p.toUpperCase() === up)).flatMap((e) => e.suffixes))];
}
