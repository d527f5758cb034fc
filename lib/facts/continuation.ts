/**
 * Does a sentence carry on the one before it? Issue 12, "dated by context": a continuation (`also`,
 * `in turn`, `meanwhile`, `the deal`, a pronoun subject) passes the date of the deal before it on;
 * a new date or a new topic stops it.
 *
 * - Strong continuations always carry on: a linking adverb at the start or after the subject
 *   (`Meanwhile, …`, `Apple, in turn, offered…`, `Notably, …`) or a subject that points back (`It`,
 *   `They`, `This move`, `The project`, `The two sides`, `The new legislation`).
 * - `also` carries on only when the subject is already part of the topic (`The US government also
 *   provided…` after the US deal); `The Canadian government also adopted…` after a paragraph about
 *   Brazil adds another country: a new topic.
 */
import type { Mention } from './schema';

const LINKING_START =
  /^\s*(?:meanwhile|in turn|simultaneously|at the same time|notably|likewise|similarly|additionally|moreover|furthermore|under (?:the|this|that) (?:deal|agreement|framework|plan|arrangement)|as part of (?:the|this|that) (?:deal|agreement|framework|plan))\b/i;
/** `Apple, in turn, offered…`, `Tokayev, meanwhile, ordered…`. */
const LINKING_AFTER_SUBJECT = /^[^,.;:]{1,80},\s*(?:in turn|meanwhile|likewise|similarly|too),/i;
/** A subject that points back to what came before. */
const ANAPHORIC_SUBJECT =
  /^\s*(?:it|they|he|she|its|their|his|her|this|these|those|such|(?:the|both|the two)\s+(?:deal|agreement|move|plan|project|company|firm|framework|initiative|program|programme|investment|partnership|venture|sides|parties|countries|companies|new legislation|legislation|law|policy|scheme|facility|plant|refinery|mine|technology|government|ministry|transaction|acquisition|stake|strategy|fund|report|data|study|survey|measures?|model|decision|announcement|effort|deposit))\b/i;
/**
 * A subject that points back to a thing named before (`It`, `The project`, `The new legislation`,
 * `The two sides`): the sentence is about that thing's entities even when it names none. Not
 * `This move` or `These measures`: those point to what was done, and what follows is comment.
 */
const REFERENT_SUBJECT =
  /^\s*(?:it|they|he|she|its|their|his|her|(?:the|both|the two)\s+(?:deal|agreement|plan|project|company|firm|framework|programme|program|venture|sides|parties|new legislation|legislation|law|scheme|facility|plant|refinery|mine|technology|government|ministry|deposit|fund))\b/i;
const ALSO = /\balso\b/i;

/** `He`, `She`, `His`, `Her`: the subject is a person. */
const PERSON_SUBJECT = /^\s*(?:he|she|his|her)\b/i;

/** How a sentence relates to the topic before it. */
export interface Continuation {
  /** It carries the topic on (its date may pass). */
  continues: boolean;
  /** Its subject is a thing named before (`It`, `The project`): it is about the entities of the sentence before. */
  anaphoric: boolean;
  /** Which of the earlier entities it can point to: `He`/`She` a person, anything else not a person. */
  refersTo?: (entityId: string) => boolean;
}

/** Catalog ids start with their kind (`person-…`). */
const isPerson = (id: string): boolean => id.startsWith('person-');

/**
 * Reads how `sentence` (at `offset` in the text) relates to the topic whose entities are
 * `topicEntities`, given the sentence's mentions (text offsets).
 */
export function readContinuation(sentence: string, offset: number, mentions: readonly Mention[], topicEntities: ReadonlySet<string>): Continuation {
  const anaphoric = REFERENT_SUBJECT.test(sentence);
  // `The two sides will establish…` after `during Trump's visit to Japan, the US and Japan signed…`
  // points to the US and Japan, not to Trump.
  const person = PERSON_SUBJECT.test(sentence);
  const refersTo = (id: string) => isPerson(id) === person;
  if (anaphoric || ANAPHORIC_SUBJECT.test(sentence) || LINKING_START.test(sentence) || LINKING_AFTER_SUBJECT.test(sentence))
    return { continues: true, anaphoric, refersTo };
  const also = ALSO.exec(sentence.slice(0, 80));
  if (!also) return { continues: false, anaphoric: false };
  // The subject is the first entity named before `also`; none (`The government also…`) points back.
  const subject = mentions.find((m) => m.start - offset < also.index);
  return { continues: subject === undefined || topicEntities.has(subject.entityId), anaphoric: false };
}
