/**
 * Is a clause a past deed? A date from the sentences around a clause (`In July 2025, …`) dates it
 * only when the clause tells what happened then (`Apple, in turn, offered…`, `It explicitly
 * stated…`). A clause in the present or future tells the state at the time of the report (`Brazil
 * is also actively participating…`, `This model … reduces the risks`, `The two sides will
 * establish…`): that is dated by the report, not by the deal before it (issue 12, "reported is not
 * happened").
 *
 * A heuristic over the first finite verb: no tagger, a few word lists. A clause with no verb at all
 * (a cut-off fragment) counts as past: it can only be read as part of what was said before it.
 */

const PRESENT_AUX = new Set([
  'is',
  'are',
  'am',
  'will',
  'shall',
  'can',
  'may',
  'must',
  'should',
  'would',
  'could',
  'might',
  'does',
  'do',
  'has',
  'have',
  'remains',
  "isn't",
  "aren't",
  "won't",
]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "didn't"]);
const IRREGULAR_PAST = new Set(
  'said made took gave began led held sold bought won met saw grew rose fell became came went paid brought sought spent struck told wrote ran drew chose kept left lost built sent got found thought stood understood broke spoke drove shook forgot overtook undertook withdrew'.split(
    ' ',
  ),
);
/** Present-tense verbs the seeds' kind of prose uses (a noun ending in -s cannot be told apart otherwise). */
const PRESENT_VERB = new Set(
  'aims plans includes covers reduces serves seeks needs faces holds requires shows says expects intends continues goes makes takes becomes reflects provides supports maintains restricts possesses offers remains exhibits designates pushes achieves sits emerges suggests means signals marks looks appears represents accounts allows helps lets gives keeps targets'.split(
    ' ',
  ),
);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set([
  'need',
  'seed',
  'speed',
  'indeed',
  'red',
  'bed',
  'feed',
  'hundred',
  'united',
  'limited',
  'based',
  'advanced',
  'detailed',
  'related',
  'listed',
  'so-called',
  'sophisticated',
  'dedicated',
  'integrated',
  'concentrated',
  'guaranteed',
]);

/** The clause's words, without quotations, asides in parentheses and leading linking adverbs. */
function words(clause: string): string[] {
  const plain = clause
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(/\([^()]*\)/g, ' ')
    .replace(
      /^\s*(?:meanwhile|in turn|simultaneously|notably|separately|also|however|currently|moreover|furthermore|additionally|likewise|similarly)\s*,?\s*/i,
      '',
    );
  return plain
    .toLowerCase()
    .split(/[\s,;:]+/)
    .filter(Boolean);
}

/** True when the clause's first finite verb is in the past (or it has none). */
export function isPastOrVerbless(clause: string): boolean {
  const list = words(clause);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] ?? '';
    if (PRESENT_AUX.has(w) || PRESENT_VERB.has(w)) return false;
    if (PAST_AUX.has(w) || IRREGULAR_PAST.has(w)) return true;
    if (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w)) return true;
    // `significantly reduces`: an adverb in -ly before a word in -s is a present verb.
    if (i > 0 && /ly$/.test(list[i - 1] ?? '') && /^[a-z]{3,}[^s]s$/.test(w)) return false;
  }
  return true;
}
