/**
 * Forms of a name the news writes that follow from the entity itself, so no curator has to type
 * them: a company's tickers (from its listings), the dotted spelling of an acronym inside a
 * longer name (`M.P. Materials`), an acronym said as a word in title case (`Corfo`), a person's surname after their full name (`Mavunde said`) and a company's acronym after its full name (`AVZ Minerals` … `AVZ`). Pure; the trie adds them beside the entity's own forms, so user
 * entities get them too. (A place's government, `Government of Saskatchewan`, is not a form but an
 * affix the matcher reads around the place's name: `place-affix.ts`.)
 */
import { listingForms } from '../catalog/exchanges';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Alias, Entity } from '../catalog/schema';
import { isCommonWord } from '../text/common-words';

/** A two-to-four-letter acronym word (`MP`, `USA`). */
const ACRONYM_WORD = /^[A-Z]{2,4}$/;

/** `MP Materials` → `M.P. Materials` (only for names of two or more words). */
function dottedForms(text: string): string[] {
  const words = text.split(' ');
  if (words.length < 2 || !words.some((w) => ACRONYM_WORD.test(w))) return [];
  return [words.map((w) => (ACRONYM_WORD.test(w) ? `${w.split('').join('.')}.` : w)).join(' ')];
}

/** An acronym long enough to be said as a word (`CORFO`, `JOGMEC`, `ASEAN`). */
const SPOKEN_ACRONYM = /^[A-Z]{5,}$/;

/**
 * `CORFO` → `Corfo`: many papers (the FT, the Guardian, the Economist, Reuters in places) write an
 * acronym said as a word in title case (`Jogmec`, `Asean`, `Cfius`). Five letters or more, so the
 * short ones that are also first names or words (`NAIF`, `IREL`, `ALTA`) are not guessed; never an
 * English word. The title-case form keeps the acronym's own rule and takes no plural.
 */
function titleCaseForm(alias: Alias): Alias | undefined {
  if (alias.text.includes(' ')) return titleCaseWordsForm(alias);
  if (!SPOKEN_ACRONYM.test(alias.text) || (alias.case !== undefined && alias.case !== 'exact')) return undefined;
  const text = alias.text[0] + alias.text.slice(1).toLowerCase();
  if (isCommonWord(text)) return undefined;
  return { ...alias, text, case: 'exact', noPlural: true, variant: true };
}

/**
 * An all-capitals name that ends in an English word glued to an acronym, as the company styles it
 * in its own releases and news copies: `DRDGOLD` → `DRDGold` (the acronym kept, the word in title
 * case). The longest such word of four letters or more, after two letters or more; exact case, no plural.
 */
function gluedWordForm(alias: Alias): Alias | undefined {
  if (!SPOKEN_ACRONYM.test(alias.text) || (alias.case !== undefined && alias.case !== 'exact') || isCommonWord(alias.text.toLowerCase())) return undefined;
  for (let at = 2; at <= alias.text.length - 4; at++) {
    const word = alias.text.slice(at).toLowerCase();
    if (isCommonWord(word))
      return { ...alias, text: alias.text.slice(0, at) + word[0]!.toUpperCase() + word.slice(1), case: 'exact', noPlural: true, variant: true };
  }
  return undefined;
}

/**
 * The same inside a longer name (`POSCO Future M` → `Posco Future M`, `POSCO Holdings` → `Posco
 * Holdings`): the acronym words in title case, the other words as written, under the name's own rule.
 */
function titleCaseWordsForm(alias: Alias): Alias | undefined {
  if (alias.requires?.length || (alias.case !== undefined && alias.case !== 'name')) return undefined;
  let changed = false;
  const words = alias.text.split(' ').map((w) => {
    if (!SPOKEN_ACRONYM.test(w)) return w;
    const title = w[0] + w.slice(1).toLowerCase();
    if (isCommonWord(title.toLowerCase())) return w;
    changed = true;
    return title;
  });
  // A name of acronyms alone (`SQM BHP`) is shouted, not styled.
  if (!changed || !/\p{Ll}/u.test(alias.text)) return undefined;
  return { ...alias, text: words.join(' '), variant: true };
}

/**
 * Countries whose people's names may put the surname first or not (`Liew Chin Tong`, `Carrie Lam`)
 * or are named by their given name (Vietnam): no surname is guessed for them. (China and Korea,
 * whose names news writes surname first, are read by `surnameFirstForm`.)
 */
const NAME_ORDER_VARIES = new Set([
  'country-taiwan',
  'country-hong-kong',
  'country-vietnam',
  'country-malaysia',
  'country-singapore',
  'country-mongolia',
  'country-hungary',
  'country-indonesia',
  'country-myanmar',
  'country-cambodia',
  'country-thailand',
]);
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * A person's surname, as news names them after the full name: the last word of a name of two to
 * four words, three letters or more, not an English word (`Cook`, `Masters`) and not of a country
 * whose name order varies; for China and Korea the first word (`surnameFirstForm`). It counts only
 * where the full name is in the same document.
 */
function surnameForm(entity: Entity | MatchEntity): Alias | undefined {
  if (entity.kind !== 'person') return undefined;
  if (entity.country && SURNAME_FIRST.has(entity.country)) return surnameFirstForm(entity);
  if (entity.country && NAME_ORDER_VARIES.has(entity.country)) return undefined;
  const words = entity.name.split(' ');
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 4 || last.length < 3 || !SURNAME.test(last) || isCommonWord(last)) return undefined;
  // A surname the curator gave already (alone, or with its own rule) is kept as given.
  if (entity.aliases.some((a) => a.text === last)) return undefined;
  return { text: last, case: 'name', requires: [entity.id], noPlural: true };
}

/**
 * Countries whose people English-language news names surname first, given name last, and then by
 * the surname alone: `Choi Yun-beom` … `Choi said`, `Wang Wentao` … `Wang told reporters`.
 */
const SURNAME_FIRST = new Set(['country-china', 'country-south-korea', 'country-north-korea']);
/**
 * Common surnames of China and Korea as English-language news spells them. A name is read
 * surname first only when its first word is one (`Robin Zeng`, `José Muñoz`: given name first).
 */
const EAST_ASIAN_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Deng Han Feng Cao Peng Zeng Xiao ' +
    'Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Liao Shi Jia Xia Fang Bai Zou Meng Xiong Qin ' +
    'Qiu Yin Xue Yan Duan Lei Hou Shao Wan Qian Tao Hao Mao Kong Xiang Guan Xi Dai Mo Chang Zhan Gu Ni Niu Ou Lai Qi Wen Kang Lyu Lv ' +
    'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Jeon Ko Moon Son Bae Baek Heo Nam Noh Ha Kwak ' +
    'Sung Cha Joo Woo Min Ryu Na Um Chae Won Chun Gong Yeo Chung Rhee Roh Suh Yeom Byun Koo'
  ).split(' '),
);

/**
 * The surname of a name written surname first (`Choi Yun-beom`, `Wang Wentao`): its first word,
 * when it is a common Chinese or Korean surname and the name has two or three words. Like any
 * surname, it counts only where the full name is in the document; a surname that is also an
 * English word (`He`, `Song`, `Long`) is never guessed.
 */
function surnameFirstForm(entity: Entity | MatchEntity): Alias | undefined {
  const words = entity.name.split(' ');
  const first = words[0]!;
  if (words.length < 2 || words.length > 3 || !EAST_ASIAN_SURNAMES.has(first) || isCommonWord(first)) return undefined;
  if (entity.aliases.some((a) => a.text === first)) return undefined;
  return { text: first, case: 'name', requires: [entity.id], noPlural: true };
}

/** Words after a company's acronym that news drops once it has named the company (`AVZ Minerals` … `AVZ`). */
const DROPPED_AFTER_ACRONYM = new Set(
  'Minerals Mining Resources Metals Materials Group Holdings Energy Lithium Graphite Nickel Gold Exploration Technologies Industries'.split(' '),
);

/**
 * A company's acronym when its name is the acronym and one word of the trade (`AVZ Minerals`,
 * `IGO Resources`): the acronym, three to five capitals and no English word (`ARE`, `AIM`), counts
 * where the full name is in the same document, as a surname does.
 */
function acronymHeadForm(entity: Entity | MatchEntity): Alias | undefined {
  if (entity.kind !== 'company') return undefined;
  const words = entity.name.split(' ');
  const head = words[0]!;
  if (words.length !== 2 || !/^[A-Z]{3,5}$/.test(head) || !DROPPED_AFTER_ACRONYM.has(words[1]!) || isCommonWord(head.toLowerCase())) return undefined;
  if (entity.aliases.some((a) => a.text === head)) return undefined;
  return { text: head, case: 'exact', requires: [entity.id], noPlural: true };
}

/** The derived forms of one entity, as aliases: tickers are exact and take no plural. */
/**
 * A ferroalloy written the other way (`ferroniobium` ↔ `ferro-niobium`): trade prices and tables
 * write both, and the shorter element inside must not be read instead.
 */
function ferroForms(entity: Entity | MatchEntity): Alias[] {
  if (entity.kind !== 'material') return [];
  const have = new Set([entity.name, ...entity.aliases.map((a) => a.text)].map((t) => t.toLowerCase()));
  const out: Alias[] = [];
  for (const text of have) {
    const m = /^ferro(-?)([a-z]{3,})$/.exec(text);
    if (!m) continue;
    const other = m[1] ? `ferro${m[2]}` : `ferro-${m[2]}`;
    if (!have.has(other)) out.push({ text: other, variant: true });
  }
  return out;
}

/** Small words a title keeps in lower case (`Mount Weld Concentration Plant of Lynas`). */
const TITLE_SMALL = new Set(['of', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'for', 'at', 'on', 'in', '&']);

/**
 * A facility's name the catalog writes in sentence case (`Kwinana nickel refinery`), as releases
 * and headlines write it, in title case (`Kwinana Nickel Refinery`): every word of the name and
 * its aliases, from a proper word on, capitalised but the small ones.
 */
function titleCasedFacility(entity: Entity | MatchEntity): Alias[] {
  if (entity.kind !== 'project') return [];
  const written = [entity.name, ...entity.aliases.filter((a) => !a.requires?.length && a.case === undefined).map((a) => a.text)];
  const have = new Set(written);
  const out: Alias[] = [];
  for (const text of written) {
    const words = text.split(' ');
    if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!) || !words.some((w) => /^\p{Ll}/u.test(w) && !TITLE_SMALL.has(w))) continue;
    const title = words.map((w) => (TITLE_SMALL.has(w) || !/^\p{Ll}/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ');
    if (!have.has(title)) {
      have.add(title);
      out.push({ text: title, variant: true });
    }
  }
  return out;
}

/**
 * A listing's code written bare, as tables and movers lists write it (`| POSCO Holdings | 005490 |`,
 * `Up: 010130 +8.4%`, `KOZAA -4.4%`, `CSNA3 +3.1%`): only a code no prose word can be, six digits or
 * five with a letter (`005490`, `600111`, `BRAP4`), or four to six capitals that are no English word
 * (`KOZAA`, `TECK`); never a short one (`MP`, `LYC`, `1919`, a year). It counts only where the
 * company is named in the same document, like a surname, unless it is letters then a share class's
 * digits (`BRAP4`, `AURA33`: see `derivedForms`).
 */
function bareCode(ticker: string): string | undefined {
  if (/^(?=[A-Z0-9]*\d)[A-Z0-9]{5,8}$/.test(ticker)) return ticker;
  if (/^[A-Z]{4,6}$/.test(ticker) && !isCommonWord(ticker.toLowerCase())) return ticker;
  return undefined;
}

/**
 * Whether a name's qualifier (`(Türkiye)`, `(UAE)`) is its country's, read from the country's id
 * (`country-turkiye`, `country-united-arab-emirates`): written out without its accents, or as the
 * initials of its words.
 */
function namesCountry(qualifier: string, country: string): boolean {
  const slug = country.replace(/^country-/, '');
  const folded = qualifier
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
  return (
    folded === slug ||
    qualifier ===
      slug
        .split('-')
        .map((w) => w[0]!.toUpperCase())
        .join('')
  );
}

/**
 * A ministry as the news writes it by its first portfolio (`the Energy Ministry`, `the Industry
 * Ministry` for `Ministry of Industry and Construction`, `the Economy Ministry` for Mexico's
 * `Secretariat of Economy`, `the Mines Department`): one form per body of a country, counting where
 * its country is named; of several countries' (every country has an energy ministry) the context
 * rules choose, as for `Parliament`; a ministry in lower case too (`the mines ministry said`). Not a
 * region's body (`Ministry of Energy and Resources (Saskatchewan)`): its province would have to be
 * named, not its country.
 */
const PORTFOLIO_NAME = /^(Ministry|Secretariat|Department) (?:of|for) (?:the )?([^()]+?)(?: \(([^)]*)\))?$/;
function portfolioForm(entity: Entity | MatchEntity): Alias[] {
  if (entity.kind !== 'government' || !entity.country) return [];
  const have = new Set([entity.name, ...entity.aliases.map((a) => a.text)]);
  for (const text of [entity.name, ...entity.aliases.filter((a) => !a.requires?.length).map((a) => a.text)]) {
    const m = PORTFOLIO_NAME.exec(text);
    if (!m) continue;
    const qualifier = m[3];
    if (qualifier && !namesCountry(qualifier, entity.country)) return [];
    const topic = m[2]!.split(/,| and | & /)[0]!.trim();
    const words = topic.split(' ');
    if (words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const form = `${topic} ${m[1] === 'Department' ? 'Department' : 'Ministry'}`;
    const out: Alias[] = have.has(form) ? [] : [{ text: form, case: 'name', requires: [entity.country], noPlural: true }];
    // Wires write it lower case as often (`the mines ministry said`): a ministry only, because
    // `the energy department` of a company is as common as a government's.
    if (m[1] !== 'Department' && !have.has(form.toLowerCase()))
      out.push({ text: form.toLowerCase(), case: 'exact', requires: [entity.country], noPlural: true });
    return out;
  }
  return [];
}

export function derivedForms(entity: Entity | MatchEntity): Alias[] {
  const out: Alias[] = [...ferroForms(entity), ...titleCasedFacility(entity)];
  const surname = surnameForm(entity);
  if (surname) out.push(surname);
  const acronym = acronymHeadForm(entity);
  if (acronym) out.push(acronym);
  out.push(...portfolioForm(entity));
  for (const l of entity.listings ?? []) {
    for (const text of listingForms(l)) out.push({ text, case: 'exact', noPlural: true });
    const code = bareCode(l.ticker);
    // Letters and a share class's digit (`GOAU4`, `AURA33`) are no word or number of prose: they name
    // the company on their own, as a movers list writes them without the company's name.
    if (code && !out.some((a) => a.text === code))
      out.push(
        /^[A-Z]{3,}\d{1,2}$/.test(code) ? { text: code, case: 'exact', noPlural: true } : { text: code, case: 'exact', requires: [entity.id], noPlural: true },
      );
  }
  const written = [{ text: entity.name } as Alias, ...entity.aliases];
  // `… Corporation` is also written `… Corp` (the text's period goes on by the suffix rule):
  // `U.S. International Development Finance Corp`.
  const have = new Set(written.map((f) => f.text));
  for (const f of [...written]) {
    const m = /^(.+ )Corporation$/.exec(f.text);
    if (m && !have.has(`${m[1]}Corp`)) {
      const corp: Alias = { ...f, text: `${m[1]}Corp`, variant: true };
      out.push(corp);
      written.push(corp);
    }
  }
  // `UN Convention on the Law of the Sea`, `US Geological Survey`: the country or body that opens a
  // longer name is written as its acronym (and dotted, below: `U.N. …`, `U.S. …`).
  for (const f of [...written]) {
    const m = /^United (Nations|States) (\S.*)$/.exec(f.text);
    const short = m && `${m[1] === 'Nations' ? 'UN' : 'US'} ${m[2]}`;
    if (short && !have.has(short)) {
      const form: Alias = { ...f, text: short, variant: true };
      out.push(form);
      written.push(form);
      have.add(short);
    }
  }
  // `Directorate General of Mines` is as often `General Directorate of Mines` (a translation of
  // `Dirección General`, `Direction générale`, `Genel Müdürlüğü`): a body's name either way round.
  if (entity.kind === 'government')
    for (const f of [...written]) {
      const m = /^(?:Directorate[- ]General|General Directorate) (of|for) (\S.*)$/.exec(f.text);
      if (!m) continue;
      for (const text of [`General Directorate ${m[1]} ${m[2]}`, `Directorate General ${m[1]} ${m[2]}`])
        if (!have.has(text)) {
          have.add(text);
          out.push({ ...f, text, variant: true });
        }
    }
  // `Amur Oblast`, `Khabarovsk Krai`: English writes the title `Amur Region`, capitalised (a
  // lower-case `region` after the name is prose, read by the scanner's divisions).
  const division = entity.kind === 'region' ? /^(.+) (?:Oblast|Krai)$/.exec(entity.name) : null;
  if (division && !written.some((f) => f.text.toLowerCase() === `${division[1]} region`.toLowerCase()))
    out.push({ text: `${division[1]} Region`, variant: true });
  for (const f of written) {
    for (const text of dottedForms(f.text)) out.push({ ...f, text, variant: true });
    const title = titleCaseForm(f);
    if (title) out.push(title);
    const glued = gluedWordForm(f);
    if (glued) out.push(glued);
  }
  return out;
}
