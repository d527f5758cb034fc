/**
 * A capital often stands for its government: "as Beijing tightens its grip", "talks with
 * Washington", "Brussels wants a stockpile". The issue-11 reading: outside a phrase of place, a
 * capital with a `seatOf` means that government (the country itself acting, as `Indian
 * government` does in the seeds). A phrase of place keeps the city: `in Beijing`, `from Tokyo`,
 * `Beijing-based`, or a dateline (`BEIJING, Oct 9 -`, `LONDON and VANCOUVER, Nov. 18 —`).
 */
import type { SpotMatch } from './types';
import { CALENDAR_WORDS } from './candidate-words';
import { wordCharAt } from './word-edge';

/** Words after which a capital is a place: `in Beijing`, `visited Tokyo`, `the mayor of Brussels`, `a Tokyo firm`, `have left for Montreal, Miami or Santo Domingo`. */
const PLACE_BEFORE =
  /\b(?:an?|in|at|near|off|outside|around|across|throughout|through|into|from|of|via|visit|visits|visited|visiting|toured|tours|touring|tour of|capital|capital city|based in|headquartered in|held in|arrived in|flew to|travelled to|traveled to|trip to|move to|moves to|moved to|moving to|relocate to|relocated to|return to|returned to|(?:left|leave|leaves|leaving|bound|departed|departs|sailed|sails|set off|emigrated|fled) for)\s+(?:the\s+city\s+of\s+|central\s+|downtown\s+)?$/i;
/**
 * Going or sending to a capital: `his visit to Tokyo`, `the Saudi delegation to Washington`,
 * `sent delegations to Addis Ababa`, `would second geologists to Astana`, `come to Dushanbe`,
 * `products go by rail to Dakar`, `travels by ice-class ship to Quebec City` (travel and freight reach the city; what is addressed to a
 * government is `AIMED_AT`). Not `go` alone: `the money goes to Beijing` is the government.
 */
const MOVED_TO =
  /\b(?:visit|visits|trip|trips|journey|delegation|delegations|mission|missions|flight|flights|rail|railway|road|truck|trucked|shipped|hauled|railed|pipeline|travel|travels|travelled|traveled|travelling|traveling|came|come|comes|coming|sent|send|sends|second|seconded|headed|heading|returned|flew|fly|flies|moved|ship|ships|shipping|shipment|shipments|vessel|vessels|barge|barges|train|trains|convoy|convoys)(?:\s+(?!(?:in|at|of|and|or|to)\b)[a-z]+){0,2}\s+to\s+$/;

/**
 * A price against a market named by its city: `kept a premium over London`, `a premium of about 4%
 * over London`, `at a discount to Shanghai`.
 */
const PRICED_AGAINST = /\b(?:premium|premiums|discount|discounts|spread|arbitrage)(?:\s+of\s+[^.;:!?\n]{1,24}?)?\s+(?:over|to|against|with)\s+$/;

/** A date after a comma: `, 26 November`, `, Nov. 26`, `, 2026-11-26`. */
const DATE_AFTER =
  /^,\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{4}-\d{2}-\d{2})/;

/** A place and a full date, as a document's issue line gives them (`Place and date: Beijing, 14 November 2025`, `Paris, 12 June 2026`, `Cairo, July 2026`). */
const DATED_AFTER =
  /^,\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b/;

/** After a capital's possessive, its market: `London's AIM market`, `Tokyo's stock exchange`, `Johannesburg's bourse`. */
const OWN_MARKET_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:market|stock\s+market|exchange|stock\s+exchange|bourse|trading\s+floor)\b/i;

/** An apposition that says the name is a city: `, the capital,`, `, the country's largest city`. */
const CITY_APPOSITIVE = /^,\s+(?:the|its)\s+(?:[\w'’]+\s+){0,2}?(?:capital|city|port)\b/;

/** A possessive `'s` at `i` (a check in code: no more Unicode classes compiled in every tab). */
function possessiveAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 39 || c === 0x2019) && text.charCodeAt(i + 1) === 115 && !wordCharAt(text, i + 2);
}

/**
 * After the name: `Beijing-based`, `Tokyo-headquartered`, and a capital named as its province or
 * metropolitan area (`the Riyadh region`, `Madinah, Makkah and Riyadh regions`, `Greater Tokyo area`),
 * or as a market: `its London listing`, `a London broker`, `London dealers`, `tight London vaults`,
 * `the London afternoon price` (the city's trade, not its government).
 */
const PLACE_AFTER =
  /^(?:-(?:based|headquartered|listed)\b|-\s+(?:and|or)\s+[\p{L} .'’-]{2,30}-(?:based|headquartered|listed)\b|\s+(?:regions?|provinces?|metropolitan\s+area|metro\s+area|area|municipality|city\s+council|listings?|broker|brokerage|dealers?|traders?|vaults?|warehouses?|(?:morning|afternoon)\s+(?:price|fix|fixing|session)|trading\s+(?:hours|session|day)|bullion|stock\s+market)\b)/iu;

/**
 * The city's market or business, named after it, at most two words between (not a verb or an
 * adverb: none ending in `s`, `ed` or `ly`, no auxiliary): `Tokyo magnet stocks`, `Seoul battery
 * names`, `Vienna steelmakers`, `Santiago miners higher` (a market's headline), `the London price`, `a discount to the London benchmark`, `the Abu Dhabi group`, `its London arm`, `the Prague Stock
 * Exchange`, `Podgorica smelter`, `AFTER WASHINGTON SUMMIT`. A head that is also a verb (`stocks`,
 * `shares`, `names`, `gains`) needs a word between: `Beijing names an envoy`, `Accra now shares the
 * upside` stay the government. Only for a capital: `the Wagerup refinery` is the plant. ASCII
 * words, as English writes them (a `\p{L}` expression is kilobytes of machine code in every tab).
 */
/** One word between a capital and its market's head: not a verb or an adverb (`s`, `ed`, `ly`; a sector's plural is no verb: `Moscow metals stocks`), no auxiliary. */
const WORD_BETWEEN = String.raw`\s+(?!(?!(?:metals|minerals|materials|mining|resources|commodities)\b)[a-z-]*(?:s|ed|ly)\b)(?!(?:will|would|can|could|may|might|must|should|shall|did|do|to|and|or|has|had|have|now|then|also|still|just|again|soon)\b)[a-z-]+`;
const MARKET_AFTER = new RegExp(
  String.raw`^(?:(?:${WORD_BETWEEN}){1,2}\s+(?:stocks|shares|names|gains|gainers|losers|movers)|(?:${WORD_BETWEEN}){0,2}\s+(?:equities|juniors|miners|steelmakers|stock\s+exchange|bourse|group|arm|subsidiary|branch|office|firm|smelter|summit|price|prices|benchmark|benchmarks))\b`,
  'i',
);

/** The capital placed in its country or province (`Maputo in Mozambique`), not a date (`Beijing in December`). */
const PLACED_IN =
  /^\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z]{2,})\b)\p{Lu}\p{Ll}/u;

/**
 * Names listed before the capital (`in London and Luanda`, `offices in Perth, Toronto and
 * Beijing`): the word of place before the first one governs the whole list, so it is read past.
 * Not a date (`in December, Brussels admitted`), and not across a sentence's end (`an analyst in
 * Shanghai. Washington and Beijing agreed`).
 */
const LISTED_BEFORE =
  /(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’.-]*(?:(?<!\.)\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s+|,?\s+(?:and|or|&)\s+)){1,4}$/u;

/** The text before a capital with any list of names that leads up to it read past. */
function pastList(before: string): string {
  const list = LISTED_BEFORE.exec(before);
  // One name, then a comma and a conjunction, joins two clauses, not a list of two: `a source
  // outside China, and Astana has one to offer`.
  if (!list || /^[^,]*,\s+(?:and|or|&)\s+$/.test(list[0])) return before;
  // A sentence's opening word of place is no part of a name listed with the capital: `Around
  // Rustenburg and Marikana the mines follow the reef` keeps `Around` (not a clause's opening, `In
  // Mongolia, Ulaanbaatar has offered`, nor a date's, `In November, Astana and Washington`).
  const lead = LEADING_PLACE_PAIR.exec(list[0]);
  return before.slice(0, list.index + (lead && !CALENDAR_WORDS.has(lead[2]!) ? lead[1]!.length : 0));
}

/** A capitalised word of place opening a sentence, then one name (its first word captured: not a month's) and `and` or `or` (see `PLACE_BEFORE`). */
const LEADING_PLACE_PAIR = /^((?:In|At|Near|Off|Outside|Around|Across|Throughout|Through|Into|From|Via)\s+)([^\s,]+)(?:\s+[^\s,]+){0,2}\s+(?:and|or|&)\s+$/;

/**
 * People who govern, then `in`: `the government in Canberra`, `officials in Beijing`,
 * `policymakers in Washington`, `our partners in Berlin and Ottawa`, `the trade ministry in Seoul` name
 * the government by where it sits, not the city.
 */
const GOVERNORS_IN =
  /\b(?:government|governments|officials|authorities|administration|policymakers|policy-makers|lawmakers|legislators|regulators|ministers|leaders|diplomats|negotiators|partners|counterparts|allies|backers|hawks|ministry|ministries|cabinet|regime|leadership|establishment|bureaucracy|officialdom|treasury)\s+in\s+$/i;

/**
 * Who thinks or knows something there, as the press sums up a government: `many in Washington
 * called it a warning`, `nobody in Moscow has lost much sleep`, `nobody outside Kinshasa knows how
 * the tonnes are shared`, `how little anyone outside Beijing knows`.
 */
const SOMEONE_IN = /\b(?:many|few|nobody|no one|none|everyone|everybody|anyone|anybody|someone|somebody)\s+(?:in|outside)\s+$/i;

/**
 * How a capital takes something, then `in`: `read in Beijing as a choice`, `welcomed in Canberra`,
 * `watched closely in Washington` (a verb of reception), and `policy in Washington`, `a policy shift
 * in Putrajaya`, `the mood in Beijing`, `alarm in Brussels`, `a decree in Caracas` (a word for what
 * a government thinks or decides), `a vote in San José`, `lawmakers in Frankfort` (its legislature).
 * Where something is made, signed or unveiled stays the city.
 */
const TAKEN_IN =
  /\b(?:(?:seen|viewed|read|regarded|perceived|welcomed|received|noticed|noted|watched|greeted|felt|heard|resented|applauded|criticised|criticized)(?:\s+\w+ly)?|(?:policy|policies)(?:\s+(?:shift|shifts|change|changes|rethink|turn|debate|circles|makers))?|policymaking|policy-making|politics|thinking|decree|decrees|edict|edicts|fiat|mood|tone|sentiment|consensus|patience|frustration|alarm|concern|concerns|anger|unease|appetite|pressure|question|debate|calculus|worry|worries|fear|fears|priority|priorities|approval|approvals|signature|signatures|talk|critics|conversation|conversations|goodwill|quota|quotas|decision|decisions|written|drafted|vote|votes|lawmakers|legislators)\s+in\s+$/i;

/**
 * How a capital frames something, then `in` and, after the capital, `as`: `sold in Washington as a
 * way to recover aid`, `sold in Port Moresby as a new model` (2 of 2 such in the corpora),
 * `billed in Beijing as a win`, `hailed in Canberra as a model`. Not `treated` (ore treated in a
 * city as feed).
 */
const FRAMED_IN = /\b(?:sold|pitched|billed|framed|presented|portrayed|hailed|described|dismissed|touted|cast)(?:\s+\w+ly)?\s+in\s+$/i;

/**
 * What is asked of a capital or what it imposes, then `from`: `what it should want from Islamabad`,
 * `pressure from Washington`, `approval from Canberra`, `the controls from Beijing`, `offers from
 * Washington`, `export licences from Beijing`, `a permit from Washington`, and whom or what it
 * sends (`the next letter from Beijing`, `a delegation from Beijing`, `stimulus from Beijing`, the
 * `quota release from Kinshasa`). Coming from the city stays it.
 */
const ASKED_FROM =
  /\b(?:want|wants|wanted|expect|expects|expected|demand|demands|demanded|ask|asks|asked|need|needs|needed|seek|seeks|sought|hear|heard|pressure|approval|support|backing|response|reaction|signal|signals|assurance|assurances|commitment|commitments|concession|concessions|guarantee|guarantees|subsidies|funding|orders|instructions|permission|permit|permits|licence|licences|license|licenses|approvals|controls|restrictions|curbs|tariffs|sanctions|retaliation|directives|guidance|update|updates|word|clarity|money|cash|financing|finance|loans|grants|investment|aid|offer|offers|proposal|proposals|promise|promises|pledge|pledges|overture|overtures|invitation|invitations|threat|threats|warning|warnings|message|messages|letter|letters|delegation|delegations|envoy|envoys|stimulus|quota|quotas|objection|objections|trouble|strategy|loan|scrutiny|interference|pushback|resistance|opposition|veto|blessing|nod|consent|urgency|push)(?:\s+(?!(?:in|at|of|to|and|or)\b)[\p{Ll}’']+){0,3}\s+from\s+$/iu;

/** Addressed to a capital: `aimed squarely at Berlin`, `directed at Beijing`, `a message to Washington`. */
const AIMED_AT =
  /\b(?:(?:aimed|directed|targeted|addressed|pointed|levelled|leveled)(?:\s+\w+ly)?\s+at|(?:message|letter|signal|warning|overture|olive branch|appeal|concession|rebuke)\s+to)\s+$/i;

/** The start of a contact or address line, or a fact sheet's field of place (`Head office: Jakarta`, `Capital: Nairobi`). */
const CONTACT_LINE =
  /^\s*(?:[-•*]\s*)?(?:(?:media\s+|press\s+|investor\s+)?(?:contacts?|enquiries|inquiries|address|for\s+(?:further|more)\s+information)\b|(?:head\s+office|headquarters|registered\s+office|main\s+office|offices?|location|based|seat|capital|capital\s+city)\s*:)/i;

/**
 * A body's or a company's address: its name (a head word or a short form in brackets) and a comma
 * before the capital, the end of the sentence (or the country) after it: `State Department for
 * Mining, Nairobi.`, `Ministry of Mining (MIMR), Ulaanbaatar, Mongolia.`
 */
const ADDRESSED_BEFORE =
  /(?:\)|\b(?:Ministry|Department|Office|Agency|Authority|Secretariat|Commission|Bureau|Council|Embassy|Institute|Survey|Corporation|Company|Inc|Ltd|Limited|LLC|plc|PLC|Mining|Mines|Resources)\b\.?[^.,;:!?]{0,60}),\s*$/;
const SENTENCE_END_AFTER = /^(?:\s*[.;]|\s*$|\s*\n|,\s*\p{Lu}[\p{L}.'’ -]{1,30}(?:[.;]|\s*$|\n))/u;

/** A label's colon, then a body that governs or what it does: `: the Ministry of Mining … issues`, `: … Canada (ECCC) enforces`. */
const GOVERNS_AFTER_LABEL =
  /^:\s+[^.;:!?\n]{0,70}?\b(?:Ministry|Department|Agency|Authority|Commission|Cabinet|Parliament|Congress|Senate|government|administration|regulators?|ministers?|enforces|regulates|licenses|licences|permits|approves)\b/;

/** A sentence opening `In `: `… quotas. In Beijing, …`. */
const SENTENCE_IN = /(?:^|[.!?]["”’]?\s+|\n\s*)In\s+$/;
/** A body or its people soon after the comma: `, the Commerce Department is due to report`, `, a spokesperson for the Ministry of Commerce said`. */
const GOVERNMENT_AFTER =
  /^,\s+[^.;:!?\n]{0,40}?\b(?:Ministry|Department|Act|Treasury|Congress|Parliament|Senate|Cabinet|Council|Commission|Agency|Pentagon|White House|Kremlin|spokes(?:person|man|woman)|government|administration|officials?|regulators?|ministers?)\b/;

/**
 * A wire's scene-setter, `In Washington, the Commerce Department is due to report …`, `In Beijing,
 * a spokesperson for the Ministry of Commerce said …`: a sentence that opens `In` and a capital,
 * then tells what its government does, names the government (6 of 7 such openings in the corpora;
 * `In Sydney, Lynas gained` and `In Moscow, Nornickel shares fell` stay the city).
 */
function governmentSceneAt(text: string, end: number, before: string): boolean {
  return SENTENCE_IN.test(before) && GOVERNMENT_AFTER.test(text.slice(end, end + 80));
}

/**
 * Whether the capital matched at [start, end) is named as a place here, not as a government (also
 * asked of a town beside a plant of its name; `capital` adds what only a capital's market says).
 */
export function namedAsPlace(text: string, start: number, end: number, capital = false): boolean {
  // `in Washington's efforts`, `away from Beijing's suppliers`: the word of place governs what the
  // government does or holds, not the city (13 of 14 possessives of a capital in the recall corpora);
  // but the city's market is the city's (`trade on London's AIM market`).
  if (possessiveAt(text, end)) return OWN_MARKET_AFTER.test(text.slice(end + 2, end + 48));
  // `Gaborone, the capital, has hosted …`: the article says what the name is, a city.
  if (CITY_APPOSITIVE.test(text.slice(end, end + 40))) return true;
  const before = pastList(text.slice(Math.max(0, start - 80), start)).slice(-40);
  // `a pitch aimed squarely at Berlin`, `a warning to Beijing`: the capital is addressed.
  if (AIMED_AT.test(before)) return false;
  if (PLACE_BEFORE.test(before))
    return (
      !GOVERNORS_IN.test(before) &&
      !SOMEONE_IN.test(before) &&
      !TAKEN_IN.test(before) &&
      !(FRAMED_IN.test(before) && /^\s+as\b/.test(text.slice(end, end + 4))) &&
      !ASKED_FROM.test(before) &&
      !governmentSceneAt(text, end, before)
    );
  if (MOVED_TO.test(before)) return true;
  // A market's price set against the city's: `a premium over London`, `a discount to Shanghai`.
  if (PRICED_AGAINST.test(before)) return true;
  const after = text.slice(end, end + 48);
  if (PLACE_AFTER.test(after) || PLACED_IN.test(after) || DATED_AFTER.test(after) || (capital && MARKET_AFTER.test(after))) return true;
  if (SENTENCE_END_AFTER.test(text.slice(end, end + 40)) && ADDRESSED_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return true;
  // A dateline: capitals at the start of a line, then a comma, slash or dash (`BEIJING, Oct 9 -`,
  // `TOKYO/SEOUL, Nov 20`, `TOKYO --`).
  const line = text.lastIndexOf('\n', start - 1) + 1;
  const lineBefore = text.slice(line, start);
  // A release's contact block gives an address: `Media contact: Office of the Minister, Canberra ACT`.
  if (CONTACT_LINE.test(lineBefore)) return true;
  // A section of a market report under its city's name: `SEOUL` or `Helsinki` alone on a line,
  // `Vienna: steel under pressure`, and a market named in brackets (`GMKN.MM (Moscow)`, `closes in
  // euros (Vienna)`).
  // Not a fact sheet's label for who governs (`Victoria: the Ministry of Mining … issues permits`,
  // `Ottawa: Environment and Climate Change Canada enforces the Fisheries Act`): the government.
  if (/^\s*$/.test(lineBefore) && /^(?::|\s*(?:\n|$))/.test(text.slice(end, end + 2))) return !GOVERNS_AFTER_LABEL.test(text.slice(end, end + 90));
  if (text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41) return true;
  // A table's cell lists places (`| Chrome ore | 22 | Richards Bay, Maputo |`): no corpus's table has a capital acting.
  if (/^\s*\|/.test(lineBefore)) return true;
  const shouted = text.slice(start, end) === text.slice(start, end).toUpperCase();
  // `LONDON and VANCOUVER, Nov. 18 —`: a release from two cities.
  if (
    shouted &&
    /^[\p{Lu}\s/.,]*(?:\s(?:and|&)\s+)?$/u.test(lineBefore) &&
    /^(?:\s*[,/\u2013\u2014-]|\s+(?:and|&)\s+\p{Lu}[\p{Lu}\s.'’-]*[,/\u2013\u2014])/u.test(text.slice(end, end + 40))
  )
    return true;
  // A release's dateline in sentence case: the city opening a line, a comma, then a date (`New Delhi, 26 November`).
  return /^\s*$/.test(lineBefore) && DATE_AFTER.test(text.slice(end, end + 24));
}

/** Rewrites each capital standing for its government to that government (`seats`: id → seat id). */
export function resolveSeats(
  text: string,
  matches: SpotMatch[],
  seats: Pick<ReadonlyMap<string, string>, 'get'>,
  countryOf: (id: string) => string | undefined = () => undefined,
): SpotMatch[] {
  let acting: SpotMatch[] | undefined;
  let placed: number[] | undefined;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    // The readings set aside for this one (`SpotMatch.otherwise`) share its span: one answer for all.
    let acts: boolean | undefined;
    const seatOf = (r: SpotMatch): string | undefined => {
      const seat = seats.get(r.entityId);
      return seat && (acts ??= !namedAsPlace(text, m.start, m.end, true) && !addressedBy(text, matches, i, seat, countryOf(r.entityId))) ? seat : undefined;
    };
    const seat = seatOf(m);
    if (seat) {
      m.entityId = seat;
      (acting ??= []).push(m);
    } else if (acts === false) (placed ??= []).push(i);
    for (const o of m.otherwise ?? []) o.entityId = seatOf(o) ?? o.entityId;
  }
  if (placed && placed.length > 1) {
    const governed = governedLists(text, matches, placed, seats);
    if (governed.length) acting = [...(acting ?? []), ...governed].sort((x, y) => x.start - y.start);
  }
  // A capital whose name needs context (`Washington`, also a state) is its government when listed
  // with capitals that need none: `between Beijing, Moscow and Washington`.
  if (acting && acting.length > 1)
    for (let i = 0; i < acting.length; i++) {
      const m = acting[i]!;
      if (!m.requires?.length) continue;
      const beside = (o: SpotMatch | undefined) =>
        o !== undefined && !o.requires?.length && LIST_GAP.test(o.end <= m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start));
      if (beside(acting[i - 1]) || beside(acting[i + 1])) m.requires = undefined;
    }
  return matches;
}

/**
 * A capital written as an address or a dateline, its state or country after a comma (`Perth, Western
 * Australia –`, `Regina, Saskatchewan`, `BELO HORIZONTE, Brazil —`, `the Carson City, Nevada,
 * battery recycler`): the city, not its government.
 */
function addressedBy(text: string, matches: readonly SpotMatch[], i: number, seat: string, country: string | undefined): boolean {
  const m = matches[i]!;
  for (let k = i + 1; k < matches.length && matches[k]!.start <= m.end + 3; k++) {
    const n = matches[k]!;
    if (n.start > m.end && /^,\s*$/.test(text.slice(m.end, n.start)) && (n.entityId === seat || (country !== undefined && n.entityId === country))) return true;
  }
  return false;
}

/**
 * Where a list of capitals is met, heard or courted, before the first of them: `in Washington and
 * Brussels`, `investors from Tokyo, Seoul or Washington`, `the supply chains of Brussels or
 * Washington`, `their way around Washington and Canberra`.
 */
const LIST_PLACE_BEFORE = /\b(?:in|from|of|around)\s+$/;
/**
 * What happens at the cities themselves, not in their governments: `talks in`, `a share sale in`,
 * `offices in`, `advisers in`, `a plant in`, a market's move (`lost 1.1% in London and Vienna`).
 */
const VENUE_BEFORE =
  /\b(?:talks|meetings?|met|summits?|conferences?|forums?|fora|rounds?|sales?|listings?|listed|IPOs?|shares|stocks|traded|trading|exchanges?|offices?|headquarters|headquartered|based|branches|bureaus?|embassies|embassy|consulates?|plants?|factor(?:y|ies)|refiner(?:y|ies)|warehouses?|stores?|hubs?|centres?|centers?|labs?|events?|held|hosted|opened|flights?|born|lives?|lived|living|studied|stud(?:y|ies)|streets?|advis[eo]rs|bankers|lawyers|brokers|rose|fell|gained|lost|added|slipped|closed|ended|%)(?:\b|(?<=%))(?:[^.;:!?]|\.(?=\d)){0,24}\s(?:in|from|of|around)\s+$/i;

/**
 * A list of two or more capitals after a word of place, where the press weighs governments: `what
 * it gets in Washington or Brussels`, `buyers in Washington, Tokyo and Brussels`, `any investor from
 * Tokyo, Seoul or Washington` (23 of 23 such capitals in the recall corpora were marked as their
 * governments; each alone after `in` stays the city). Not at a venue: `rounds of talks in London,
 * Stockholm and Madrid`, `a share sale in London and Tashkent`. Returns the capitals it gave their seats.
 */
function governedLists(text: string, matches: SpotMatch[], placed: readonly number[], seats: Pick<ReadonlyMap<string, string>, 'get'>): SpotMatch[] {
  const governed: SpotMatch[] = [];
  for (let a = 0; a < placed.length;) {
    let b = a;
    while (b + 1 < placed.length && LIST_GAP.test(text.slice(matches[placed[b]!]!.end, matches[placed[b + 1]!]!.start))) b++;
    const first = matches[placed[a]!]!;
    const before = text.slice(Math.max(0, first.start - 60), first.start);
    if (b > a && LIST_PLACE_BEFORE.test(before) && !VENUE_BEFORE.test(before))
      for (let k = a; k <= b; k++) {
        const m = matches[placed[k]!]!;
        const seat = seats.get(m.entityId);
        if (seat) {
          m.entityId = seat;
          governed.push(m);
        }
        for (const o of m.otherwise ?? []) o.entityId = seats.get(o.entityId) ?? o.entityId;
      }
    a = b + 1;
  }
  return governed;
}

/** What separates the names of a list: `, `, ` and `, `, and `, ` or `. */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or|&)\s+)$/;
