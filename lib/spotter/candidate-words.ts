/**
 * The small word lists the candidate finder (candidates.ts) reads names with: what a name's last
 * word says about its kind (`… Authority` is a government body, `… Act` a policy), titles that
 * introduce a person (`Chief Executive`, `Minister`), and words that are never part of a name
 * (months, weekdays), and the expressions that read roles, speech, datelines and credits.
 */
import type { EntityKind } from '../catalog/schema';
import { passPatterns } from './pass-patterns';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Months and weekdays, full and abbreviated (a date is never a name). */
export const CALENDAR_WORDS = set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun',
);

/** The last word of a name, and the kind it makes the name. */
const HEADS: Record<string, EntityKind> = {};
const heads = (kind: EntityKind, words: string) => {
  for (const w of words.split(/\s+/).filter(Boolean)) HEADS[w] = kind;
};
heads(
  'government',
  'Authority Ministry Department Agency Commission Bureau Office Administration Regulator Directorate Parliament Legislature Senate Congress Assembly Treasury Government Cabinet Secretariat Inspectorate Survey Shire Service Board Court Tribunal',
);
heads(
  'organisation',
  'Association Institute Alliance Forum Organisation Organization Foundation Society University Federation Centre Center Consortium Council Network Chamber Coalition Initiative Laboratory Laboratories Band Nation Nations Collective Academy Union Party Movement League',
);
heads(
  'policy',
  'Act Law Bill Program Programme Strategy Plan Framework Policy Directive Regulation Regulations Agreement Accord Treaty Pact Tariff Tariffs Ban Order Roadmap Mechanism Scheme',
);
heads('project', 'Project Mine Deposit Prospect Property Refinery Smelter Plant Facility Complex Mill Concentrator');
heads(
  'company',
  'Resources Mining Metals Minerals Materials Technologies Technology Energy Group Holdings Industries Motors Magnetics Magnets Elements Exploration Capital Partners Ventures Systems Electric Chemicals Chemical Steel Lithium Nickel Copper Uranium Graphite Cobalt Tungsten Gold Silver Corp Corporation Company Inc Ltd Limited Enterprises Solutions Manufacturing Semiconductor Semiconductors Automotive Mines Refining Recycling Petroleum Oil Gas Power Batteries Battery Bank Fund Airlines Mobility Securities Investments Advisors Consulting Analytics Iron Zinc Manganese Vanadium Alumina Aluminium Aluminum Potash Phosphate Phosphates Shipping Carriers Renewables',
);
heads('region', 'Province Prefecture County Region Territory District State Oblast Basin Governorate Municipality');
// A natural feature names its place (`Carp Lake`, `Disko Island`, `Ungava Bay`).
heads('region', 'Lake River Creek Bay Island Islands Valley Hills Peninsula Mountains Gulf Coast Desert Plateau');

/** The kind a name's last word gives it (`Regulatory Authority` → government), or undefined. */
export function kindOfHead(lastWord: string): EntityKind | undefined {
  return Object.hasOwn(HEADS, lastWord) ? HEADS[lastWord] : undefined;
}

/** The head words that name a project's site (`the Halleck Creek Project`, `Nolans deposit`). */
export const PROJECT_HEADS = set('Project Mine Deposit Prospect Property project mine deposit prospect property');

/** Titles that put a person's name after them (`Chief Executive Jane Doe`, `Minister Madeleine King`), or names (`Senators Jane Doe and John Roe`). */
export const TITLE_STARTS = set(
  'Chief CEO CFO COO CTO Chairman Chairwoman Chairperson Chair President Vice Minister Secretary Director Senator Sen Representative Rep Governor Gov Premier Prime Deputy Founder Analyst Spokesperson Spokesman Spokeswoman Commissioner Ambassador Mayor Chancellor Treasurer Attorney Professor Prof Dr Mr Mrs Ms Mx Sir Dame Lord Lady Cllr Councillor Councilor Alderman General Gen Admiral Judge Justice Speaker Leader Trustee Partner Economist Strategist Executive Senators Sens Representatives Reps Ministers Governors Analysts Executives Directors Professors Commissioners Ambassadors Hon Shri Smt Sri',
);

/** Words that continue a title (`Chief Executive Officer`, `Managing Director`, `Prime Minister`). */
export const TITLE_WORDS = set(
  'Chief Executive Officer Financial Operating Technology Managing Manager Director General Prime Minister Deputy Vice President Senior Junior Principal Acting Interim Head Chair Chairman Secretary Assistant Under Associate Founder Co-founder Commerce Energy Trade Resources Industry Foreign Finance Mines Mining Exploration Operations Development Technical Services Sales Marketing Strategy Investor Relations Corporate Business Engineering Geology Sustainability Communications Projects Legal Commercial Processing Metallurgy',
);

/** Lower-case words a name may hold between its capitalised words (`Bank of America`, `Minerals and Metals`, `Capão do Mel`). */
export const CONNECTORS = set('of for and & de du da do dos das del della der la le van von y the bin ibn bint');

/** What a site yields, written between its name and a lower-case head (`Epanko graphite project`, `Caldeira ionic clay project`). */
const COMMODITY = String.raw`(?:(?:heavy\s+|light\s+)?rare[\s-]earths?(?:\s+elements?)?|ionic[\s-]clay|(?:heavy\s+)?mineral\s+sands|graphite|lithium|nickel|copper|gold|uranium|niobium|vanadium|tantalum|tin|tungsten|antimony|phosphate|fluorspar|scandium|zircon|titanium|manganese|cobalt|polymetallic|REE)`;

/** Words that say what a company is (`explorer`, `magnet maker`, `subsidiary`): before its name, and in a description that makes no person of it. */
const COMPANY_NOUNS =
  'investor|miner|explorer|developer|producer|refiner|processor|maker|manufacturer|firm|start-up|startup|trader|supplier|recycler|lender|conglomerate|operator|fund|consultancy|buyer|company|subsidiary|unit|affiliate|shipowner';

/**
 * The finder's larger expressions, made for each pass and let go after it (`pass-patterns.ts`:
 * their compiled code is hundreds of KB, and a page keeps the finder's module for as long as it is
 * open). Call `finderPatterns()` where they are used.
 */
export const finderPatterns = passPatterns({
  /** Lower-case words after a name that say what the person is (`Jane Doe, chief executive of …`). */
  roleOpeners: [
    String.raw`^,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*)*['\u2019]s\s+)?((?:(?:co-)?founder|chief|ceo|cfo|coo|president|vice[\s-]president|chair(?:man|woman|person)?|managing director|director|head|minister|secretary|senator|governor|premier|analyst|economist|strategist|spokes(?:person|man|woman)|executive|partner|principal|senior|general manager|geologist|engineer|consultant|member|fellow|commissioner|ambassador|professor|mayor)\b[^,.;:"\u201c\u201d()\n]{0,80})`,
    'iu',
  ],
  /**
   * A role only a person holds with a word or two before it, after a comma or `is`/`was` and an
   * article: `Jane Doe, a former trade official,`, `Jane Doe is a visiting research fellow at …`,
   * `Jane Doe, a Myanmar researcher,`.
   */
  describedAs: [
    String.raw`^(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}(?:official|officer|researcher|adviser|advisor|lawyer|scientist|diplomat|negotiator|lawmaker|legislator|banker|activist|journalist|columnist|correspondent|reporter|editor|commentator|historian|lecturer|scholar|fellow|professor|economist|analyst|geologist|engineer|minister|ambassador)\b[^,.;:"\u201c\u201d()\n]{0,80})`,
    'u',
  ],
  /**
   * A speaker set off by what they are, then a verb of speech: `Sophie Nanalook, a set-net fisher in
   * Dillingham, told me`, `Jane Doe, an elder of the village, said` (not a company's description:
   * `Star Group, a magnet maker in Daegu, said`).
   */
  apposedSpeaker: [
    String.raw`^,\s+(?:a|an)\s+(?![^,]*\b(?:(?:${COMPANY_NOUNS}|group|venture|bank|exchange|regulator|association|union|organi[sz]ation|council|institute|business|brand|utility|provider|contractor|insurer|carrier)(?:e?s)?|companies|subsidiaries|agency|ministry|body|government|party|partnership|co-?operative|listed|owned|held|based)\b)[^,.;:"\u201c\u201d()\n]{1,80},\s+(?:said|says|told|added|noted|explained|wrote|warned|argued|asked)\b`,
    'u',
  ],
  /** A word that says what a company is, right before its name: `U.S. investor …`, `Canadian explorer …`, `its subsidiary Cam Iron`, `the local company …`. */
  companyBefore: [String.raw`(?:^|[^\p{L}])(?:${COMPANY_NOUNS})\s+$`, 'u'],
  /**
   * A company's description in apposition after its name: `Oldendorff Carriers, the Lübeck-based
   * dry-bulk operator,`, `BHE Renewables, the geothermal arm of …`, `…, a unit of Glencore`. Words
   * only an organisation is: a person is not a unit or an arm.
   */
  companyAfter: [
    String.raw`^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}\d-]+\s+){0,4}(?:company|firm|subsidiary|unit|arm|affiliate|shipowner|conglomerate|operator|venture)(?=\s+(?:of|that|which|in|with|owned|controlled|based|since|whose|and)\b|\s*[,.;:)–—])`,
    'u',
  ],
  /** Verbs of speech right after a name (`Jane Doe said`) or before it (`said Jane Doe`). */
  saidAfter: [String.raw`^\s+(?:said|says|told|added|noted|explained|wrote|writes|stated|commented|warned|asked|argued)\b`, ''],
  /** The firm between a name and its verb: `Jane Doe of Kestrel Securities asked`, `Jane Doe at Goldman Sachs kept a buy rating`. */
  saidAfterFirm: [
    String.raw`^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}&.'’-]*){0,4}\s+(?:said|says|told|added|noted|asked|argued|wrote|warned|pressed|expects|estimates|kept|cut|raised|upgraded|downgraded|rates)\b`,
    'u',
  ],
  // A quote's speaker right after it: `"…," Jane Doe, who heads …`, `"…?" Jane Doe asked`.
  saidBefore: [String.raw`(?:\b(?:said|says|told|added|noted|according to|explained|wrote|warned)|[,\u201d"]\s*(?:said|says)|[,?!]["\u201d])\s+$`, ''],
  /**
   * A lower-case head after a site's name, maybe after what it yields: `the Nolans deposit`, `Epanko
   * graphite project`. A plural head is captured (group 1): one name before it is a kind of site
   * (`Sedimentary deposits in North Africa`) unless the article makes it a site's (see `projectSite`).
   */
  lowerSiteAfter: [
    String.raw`^\s+(?:${COMMODITY}(?:(?:\s+and\s+|\s*[-/]\s*)${COMMODITY})?\s+)?(?:project|deposit|mine|prospect|property|(projects|deposits|mines|prospects|properties))(?![\p{L}\p{N}])`,
    'u',
  ],
  /** What joins the last of several names to the one before: `Pedra Alta and `, `Nolans, `. */
  siteListBefore: [String.raw`\p{Lu}[\p{L}'’.-]*\s*(?:,\s*|,?\s+(?:and|&)\s+)$`, 'u'],
  /** Capitalised names joined by commas and `and` before a plural head they share: `Pedra Alta and Ribeirão do Ouro deposits`. */
  sharedSiteAfter: [
    String.raw`^(?:(?:,\s+|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:do|da|de|dos|das|del|du)\s+)?\p{Lu}[\p{L}'’.-]*)*){1,4}\s+(?:${COMMODITY}\s+)?(?:projects|deposits|mines|prospects|properties)(?![\p{L}\p{N}])`,
    'u',
  ],
  /** A brand's styling: a capital after a small letter (`EcoGraf`), or capitals then small letters (`REEtec`). */
  styled: [String.raw`\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}`, 'u'],
  /** Not a brand: a surname's prefix (`McLeod`, `DeSantis`), a formula (`CaF2`) or a credential (`MAusIMM`, `MSc`). */
  notStyled: [String.raw`^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}|\p{N}|^(?:[MF](?:AusIMM|AIG|IMMM|SAIMM|GS)|MSc|BSc|PhD|MEng|BEng|MBA|MPhil)s?$`, 'u'],
  /** A professional credential after a name, as a Qualified or Competent Person signs (`Jane Doe, P.Geo.,`). */
  credentialAfter: [
    String.raw`^,\s*(?:(?:B|M)\.?\s?Sc\b|(?:B|M)\.?\s?Eng\b|MBA\b|P\.\s?Geo(?:l)?\b|P\.\s?Eng\b|Ph\.?\s?D\b|(?:F|M)AusIMM\b|(?:F|M)AIG\b|C\.?P\.?G\b|P\.?\s?G\.?(?![\p{L}\p{N}])|R\.?P\.?\s?Geo\b|P\.?\s?E\.?(?![\p{L}\p{N}])|(?:F|M)IMMM\b|(?:F|M)SAIMM\b|Pr\.?\s?Sci\.?\s?Nat\b|EurGeol\b|CGeol\b|FGS\b|SME[\s-]RM\b|RM[\s-]SME\b)`,
    'u',
  ],
  /** Lines that are not article prose: bylines, photo credits, contact and copyright lines. */
  notProse: [
    String.raw`^\s*(?:by\s+\p{Lu}|photo\b|photos\b|photograph|image\b|picture\b|credit\b|credits\b|file photo|caption\b|source\s*:|reporting by|additional reporting|writing by|editing by|compiled by|contact\b|media contact|investor relations|email\b|e-mail\b|tel\b|phone\b|follow us|copyright|©|\(c\)|all rights reserved|read more|related\s*:|see also)`,
    'iu',
  ],
  /** A dateline at the start of a paragraph: `SYDNEY, Feb 17 (Reuters) -`, `BEIJING -`, `Toronto, Ontario--(Newsfile Corp. - February 3, 2026) -`. */
  dateline: [
    String.raw`^\s*\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30}?)?(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)\n]{2,80}\))?\s*(?:--|[-\u2013\u2014])\s*`,
    'u',
  ],
  /** Parenthesised photo credits inside a line: `(Photo: Jane Doe/Reuters)`, `(Image credit: …)`. */
  creditGroup: [String.raw`\((?:photo|image|picture|credit|source|file)\b[^)\n]{0,120}\)`, 'giu'],
});

/** A surname's particle written in lower case inside a person's name (`Pieter van Rooyen`, `Annelies de Wit`). */
export const SURNAME_PARTICLES = /^(?:de|da|di|do|dos|das|du|del|della|der|den|van|von|ter|ten|le|la)$/;
