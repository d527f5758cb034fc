/**
 * A place's government is named around the place: `Government of Saskatchewan`, `State of
 * Wyoming`, `Province of Quebec`, `the Saskatchewan government`, `Ontario Government`. Such a
 * phrase is a mention of the place (the seeds' convention: `Indian government` is India acting as
 * itself). The matcher widens a country or region match over the affix, so no dictionary has to
 * hold thousands of `Government of X` forms.
 */

/** Written before a place, capitalised as a title. */
const PREFIXES: readonly string[] = ['Government of ', 'GOVERNMENT OF ', 'State of ', 'STATE OF ', 'Province of ', 'Commonwealth of '];
/** Written after a place. */
const SUFFIXES: readonly string[] = [
  ' state government',
  ' State Government',
  ' provincial government',
  ' Provincial Government',
  ' territorial government',
  ' government',
  ' Government',
  ' GOVERNMENT',
];

const WORD = /[\p{L}\p{N}]/u;

/**
 * A project's own name often ends in a capitalised word for what it is (`Nolans Project`, `White
 * Mesa Mill`, `Toliara Project`), after what it produces in press releases (`Wicheeda Rare Earth
 * Element Project`, `Eneabba Mineral Sands Mine`): part of the name when capitalised, not when it
 * is prose (`the Nolans project`, `the Wicheeda rare earth project`).
 */
// Two products may be joined (`Ashram Rare Earth and Fluorspar Deposit`, `Lithium-Tantalum Project`);
// `Property` is a Canadian release's word for the claims a deposit sits on.
const PRODUCT =
  '(?:(?:Heavy |Light )?Rare Earths?(?: Elements?)?|REE|Critical Minerals?|(?:Heavy )?Mineral Sands|Ionic Clay|Lithium|Niobium|Tantalum|Graphite|Antimony|Tungsten|Nickel|Cobalt|Copper|Uranium|Gallium|Vanadium|Fluorspar|Scandium|Zircon(?:ium)?|Titanium|Phosphate|Manganese|Polymetallic)';
// No Unicode flag (an expression with Unicode classes compiles big and stays in every tab): the
// word boundary after the match is checked with `WORD` in code.
const PROJECT_WORDS = new RegExp(
  `^ (?:${PRODUCT}(?:(?: and | & |-|/)${PRODUCT})? )?(?:Project|Mine|Mill|Refinery|Plant|Facility|Complex|Deposit|Property|Operations?|Hub|Smelter|Module|PROJECT|MINE|MILL|REFINERY|PLANT)`,
);

/**
 * A lower-case word for what a project is (`the Colossus project`, `the Eneabba refinery`) is
 * prose, not name: a dictionary may hold such a form because it is safe to match (`Colossus` alone
 * needs context), but the mention ends before the word.
 */
const PROSE_PROJECT_WORD =
  / (?:project|projects|mine|mines|refinery|plant|facility|mill|smelter|deposit|complex|operation|operations|site|magnet plant|processing plant)$/;

/** End of a project mention at [start, end) without a trailing lower-case project word. */
export function withoutProseWord(text: string, start: number, end: number): number {
  const m = PROSE_PROJECT_WORD.exec(text.slice(start, end));
  return m && m.index > 0 ? start + m.index : end;
}

/** End of a capitalised project word that follows a project's name at `end`, else `end`. */
export function projectWordEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end; // every project word follows one space
  const m = PROJECT_WORDS.exec(text.slice(end, end + 64));
  if (!m) return end;
  const after = end + m[0].length;
  return after < text.length && WORD.test(text[after]!) ? end : after;
}

/**
 * A place name that opens a longer name of something else: `England Airpark`, `Texas
 * Instruments`, `Georgia Tech`, `China Daily`, `Malaysia Airlines`, or ends a company's name before
 * its legal suffix (`SGS Canada Inc.`, `Iluka Australia Pty Ltd`). Not the place.
 */
const LONGER_NAME =
  /^ (?:Airport|Airpark|Airlines|Airways|Street|St\.|Avenue|Ave\.|Road|Boulevard|Square|University|College|Institute|School|Hospital|Times|Post|Herald|Tribune|Journal|Daily|Instruments|Tech|Stadium|Bridge|Tower|Hotel|Club|FC|Pictures|Records|Zoo|Museum|Library|Cathedral|Sausage|Sponge|Inc\.|Inc|Ltd|Limited|Corp|Corporation|LLC|GmbH|AG|plc|PLC|Pty|NL)(?![\p{L}\p{N}])/u;

/** True when the place name ending at `end` opens a longer name of something else. */
export function opensLongerName(text: string, end: number): boolean {
  // Every such word follows one space, and starts with a capital (ASCII): most places do not.
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || next < 65 || next > 90) return false;
  return LONGER_NAME.test(text.slice(end, end + 14));
}

/** True when `ex-` stands right before `start` (`ex-China prices`: the market outside China). */
export function exPrefixed(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 45) return false; // '-'
  const ex = text.slice(start - 3, start - 1);
  return (ex === 'ex' || ex === 'Ex' || ex === 'EX') && (start === 3 || !WORD.test(text[start - 4]!));
}

/**
 * Start of a prefix that ends right at `start` (`Government of ` before `Canada`), else `start`.
 * The prefix may not reach back before `floor` (the end of the previous match).
 */
export function placePrefixStart(text: string, start: number, floor: number): number {
  if (text.charCodeAt(start - 1) !== 32) return start; // every prefix ends with a space
  for (const p of PREFIXES) {
    const at = start - p.length;
    if (at >= floor && text.startsWith(p, at) && (at === 0 || !WORD.test(text[at - 1]!))) return at;
  }
  return start;
}

/** End of a suffix that starts right at `end` (` government` after `Saskatchewan`), else `end`. */
export function placeSuffixEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end; // every suffix starts with a space
  for (const s of SUFFIXES) {
    if (!text.startsWith(s, end)) continue;
    const after = end + s.length;
    if (after < text.length && WORD.test(text[after]!)) continue;
    return after;
  }
  return end;
}
