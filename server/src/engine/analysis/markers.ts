// What makes a sentence need a source or a note: claim markers, figures and documents (shared spec,
// "Claim marker", "Figure"), plus the reasons for anonymity a sentence gives.

import type {PhraseIndex, Words} from '../words.ts'
import {isCapitalised, isNumber, type Item} from './items.ts'
import type {ClaimMarker, Mention} from './model.ts'
import {isAdverb, speechFollows, type FoundCue} from './cues.ts'
import {isPastParticiple} from '../verbs.ts'

/** A word with "not" contracted onto it: "wasn't", "isn’t", "don't". */
const contractedNot = /n['’]t$/

/**
 * Every match of an indexed phrase among the words outside quotes. With `negations`, a phrase also
 * matches negated: "is not designed to" and "isn't designed to" as "is designed to", "was never
 * aware" as "was aware". A phrase that opens with "not" matches after a contracted one too.
 */
export function matchPhrases<Tag>(items: Item[], index: PhraseIndex<Tag>, negations?: Map<string, string>): Array<Mention & {tag: Tag}> {
  const found: Array<Mention & {tag: Tag}> = []
  const starts = shapesOf(index)
  const negated = negations && shapesOf(negations)
  for (let at = 0; at < items.length; at++) {
    const first = items[at]
    if (first.kind !== 'word') continue
    const shape = shapeOf(first.lower)
    // "isn't expected to" as "is expected to"; but a contracted modal alone ("wouldn't", "couldn't")
    // mostly tells what someone would not or could not do ("she wouldn't back down"), not a forecast.
    const candidates = (starts[shape] === 1 ? index.get(first.lower) : undefined) ??
      (negated?.[shape] === 1 && negations!.has(first.lower) ? index.get(negations!.get(first.lower)!)?.filter((phrase) => phrase.words.length > 1) : undefined)
    if (!candidates) {
      // "wasn't authorized to" as "was not authorized to": a contracted "not" opens a phrase that "not" opens.
      const afterNot = contractedNot.test(first.lower) ? index.get('not') : undefined
      const match = afterNot?.map((phrase) => ({phrase, end: walkPhrase(items, at + 1, phrase.words.slice(1), negations)})).find((tried) => tried.phrase.words.length > 1 && tried.end > 0)
      if (match) {
        const texts = [first.text]
        walkPhrase(items, at + 1, match.phrase.words.slice(1), negations, texts)
        found.push({start: first.start, end: items[match.end - 1].end, text: texts.join(' '), tag: match.phrase.tag})
        at = match.end - 1
      }
      continue
    }
    for (const phrase of candidates) {
      // Walked twice when it matches, the second time for its words' texts: most tries fail, and
      // keeping their words would cost an array each.
      const end = walkPhrase(items, at, phrase.words, negations)
      if (end < 0) continue
      const texts: string[] = []
      walkPhrase(items, at, phrase.words, negations, texts)
      found.push({start: first.start, end: items[end - 1].end, text: texts.join(' '), tag: phrase.tag})
      at = end - 1
      break
    }
  }
  return found
}

/**
 * A word's first character (its low byte) and length (up to 31), as an index into a table of 8,192.
 * matchPhrases runs four times over every word of a draft, and a phrase list's first words have few
 * of these shapes: a look-up in the table rules out most words before the list is searched for them.
 */
function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 0xff) << 5) | Math.min(word.length, 31)
}

/** The shapes of a list's words (1 where some word has that shape), made once per list. */
const listShapes = new WeakMap<Map<string, unknown>, Uint8Array>()

function shapesOf(list: Map<string, unknown>): Uint8Array {
  let shapes = listShapes.get(list)
  if (!shapes) {
    shapes = new Uint8Array(1 << 13)
    for (const word of list.keys()) shapes[shapeOf(word)] = 1
    listShapes.set(list, shapes)
  }
  return shapes
}

/**
 * Matches a phrase's words from the item at `at` on, over apostrophes and hyphens, and over a
 * negation between its words ("is not designed to"): the index after the match, or -1. The texts
 * of the items it matched (the negation's too) are added to `texts`.
 */
function walkPhrase(items: Item[], at: number, phrase: readonly string[], negations: Map<string, string> | undefined, texts?: string[]): number {
  let cursor = at
  for (let index = 0; index < phrase.length; index++) {
    const word = phrase[index]
    while (items[cursor]?.kind === 'mark' && /^['’-]$/.test(items[cursor].text)) cursor++
    // A negation between the phrase's words: "is not designed to".
    if (negations && index > 0 && (items[cursor]?.lower === 'not' || items[cursor]?.lower === 'never')) {
      texts?.push(items[cursor].text)
      cursor++
    }
    const item = items[cursor]
    if (!item || item.kind !== 'word' || (word !== '*' && item.lower !== word && negations?.get(item.lower) !== word)) return -1
    texts?.push(item.text)
    cursor++
  }
  return cursor
}

export function claimMarkers(items: Item[], words: Words): ClaimMarker[] {
  const found: ClaimMarker[] = matchPhrases(items, words.claimMarkers, words.negations)
    .filter((mention) => !refusal(items, mention, words) && !nounUse(items, mention, words) && !proposalTerms(items, mention, words) && !writersOwn(items, mention, words))
    // Written out, not rest and spread: those gave each marker a hidden class of its own (sources.ts).
    .map((mention): ClaimMarker => ({start: mention.start, end: mention.end, text: mention.text, category: mention.tag, reported: false}))
  // Superlatives by form: "the oldest prison", "the hardest hit".
  for (let at = 1; at < items.length; at++) {
    const item = items[at]
    // "the second-largest" too: its last part is looked up, once the cheap tests have passed (this
    // runs for every word of a draft).
    if (item.kind !== 'word' || items[at - 1].lower !== 'the' || !/^([a-z]+-)?[a-z]{2,}est$/.test(item.text) || words.superlativeExceptions.has(item.lower.split('-').at(-1)!)) continue
    if (!found.some((mention) => mention.start <= item.start && mention.end >= item.end)) found.push({start: items[at - 1].start, end: item.end, text: `the ${item.text}`, category: 'judgement', reported: false})
  }
  markReported(items, found, words)
  return found.sort((a, b) => a.start - b.start)
}

/** Forms of "say" and "tell" that are verbs wherever they stand. */
const speechVerb = /^(said|says|saying|told|tells|telling)$/
/** Marks that close a quotation, doubled apostrophes included. */
const closingMark = /^(?:['’"”]|''|’’)$/
/** Marks that end a clause that asks, supposes or reports: "whether the pier would reopen, the board ...". */
const clauseMark = /^[,;:.!?—–]$/
/** Marks that end what a "that" clause holds: a comma may stand inside it ("that the pier, built in 1900, would close"). */
const heldMark = /^[;:.!?—–]$/

/** The index of the first item after `from` that is a mark `ends` matches, or the sentence's end. */
function clauseEnd(items: Item[], from: number, ends: RegExp): number {
  for (let index = from + 1; index < items.length; index++) if (items[index].kind === 'mark' && ends.test(items[index].text)) return index
  return items.length
}

/**
 * Marks the claim markers that someone else holds, not the writer:
 * - those that a verb of speech reports, whether or not the verb's speaker was found (a subject far
 *   back, shared with another verb, or a relative "who"): those after "said", and those before it
 *   when a closing quotation mark stands right before the verb ("''We would win,'' said Ortega",
 *   where doubled apostrophes serve as quotation marks);
 * - those in a "that" clause of a word of speech, thought or feeling ("growers are concerned that
 *   the frost could spread", "his warning that the pier would close");
 * - forecasts and intents in a clause that asks or supposes ("asked whether the pier would reopen",
 *   "if the board plans to sell", "about how the city would pay"): nothing there is asserted.
 */
function markReported(items: Item[], markers: ClaimMarker[], words: Words): void {
  if (markers.length === 0) return
  const mark = (from: number, to: number, open: boolean) => {
    const start = items[from].end
    const end = to < items.length ? items[to].start : Infinity
    for (const marker of markers) if (marker.start >= start && marker.end <= end && (!open || marker.category === 'forecast' || marker.category === 'intent')) marker.reported = true
  }
  // "If the emails show that he erred, an aide could face inquiry": a clause inside an opening
  // "if", "when" or "while" clause ends with it, at its comma.
  const opening = /^(if|when|while|although|though|because|since|once|unless|after|before|as)$/.test(items[0]?.lower ?? '') ? items.findIndex((item) => item.kind === 'mark' && item.text === ',') : -1
  const within = (at: number, end: number) => opening > at && opening < end ? opening : end
  for (let at = 0; at < items.length; at++) {
    const item = items[at]
    if (item.kind !== 'word') continue
    if (asksOrSupposes(items, at, words)) {
      mark(at, clauseEnd(items, at, item.lower === 'whether' ? heldMark : clauseMark), true)
      continue
    }
    if (item.lower === 'that' && holdsThatClause(items, at, words)) {
      mark(at, within(at, Math.min(clauseEnd(items, at, heldMark), subjectClauseEnd(items, at, words))), false)
      continue
    }
    if (judgesWithReason(items, at, words)) {
      const end = clauseEnd(items, at, heldMark)
      for (const marker of markers) if (marker.category === 'cause' && marker.start > item.end && marker.end <= (end < items.length ? items[end].start : Infinity)) marker.reported = true
    }
    const believedBefore = trailingBelief(items, at, words)
    if (believedBefore >= 0) {
      for (const marker of markers) if (marker.end <= items[believedBefore].start) marker.reported = true
      continue
    }
    if (!speechVerb.test(item.lower)) {
      if (reportsClause(items, at, words)) mark(at, within(at, items.length), false)
      continue
    }
    const previous = items[at - 1]
    const beforeThat = items[at - 2]
    const quoteFirst = previous !== undefined && (previous.kind === 'quote' || closingMark.test(previous.text) || (previous.text === ',' && beforeThat !== undefined && (beforeThat.kind === 'quote' || closingMark.test(beforeThat.text))))
    // "Although an aide said the pier was sound, the pier could collapse": what was said ends at
    // the opening clause's comma; "As Ruiz said, the levy could fail" reports the rest.
    const saidEnd = items[0]?.lower === 'as' ? items.length : within(at, items.length)
    const saidUntil = saidEnd < items.length ? items[saidEnd].start : Infinity
    for (const marker of markers) if ((marker.start >= item.end && marker.end <= saidUntil) || (quoteFirst && marker.end <= item.start)) marker.reported = true
  }
}

/**
 * Is the word at `at` a verb of speech or belief that reports the clause after it, whoever its
 * subject is: "launched an ad and announced it would seek a recount" (the subject stands before
 * "and"), "sued the board, claiming the move would cost jobs", "businesses that warn it could harm
 * trade", "a coalition who feared the bill would pass". Only forms that cannot be nouns count: the
 * past ("announced", "thought"), a participle after a comma or "by" ("..., predicting", "by
 * announcing"), and a present form after "who", "that" or a pronoun. "The warning came late" and
 * "the claims that" are nouns; "was announced" is passive.
 */
function reportsClause(items: Item[], at: number, words: Words): boolean {
  const item = items[at]
  const base = words.cueForms.get(item.lower)
  if (!base || (isCapitalised(item) && !item.initial)) return false
  let back = at - 1
  while (back >= 0 && items[back].kind === 'word' && isAdverb(items[back], words)) back--
  const previous = items[back]
  // "was announced" is passive; "in reported attacks", "the revealed plan" are adjectives ("by
  // announcing" is the participle of a verb).
  const adjective = !item.lower.endsWith('ing') && !words.grammar.relativePronouns.has(previous?.lower ?? '') && (words.grammar.determiners.has(previous?.lower ?? '') || words.grammar.prepositions.has(previous?.lower ?? ''))
  if (previous?.kind === 'word' && (words.grammar.beVerbs.has(previous.lower) || adjective)) return false
  const past = item.lower !== base && !item.lower.endsWith('ing') && !item.lower.endsWith('s')
  const participle = item.lower.endsWith('ing') && (previous?.text === ',' || /^(by|after|while|before)$/.test(previous?.lower ?? ''))
  const present = !item.lower.endsWith('ing') && previous?.kind === 'word' && (/^(who|that)$/.test(previous.lower) || words.grammar.subjectPronouns.has(previous.lower))
  return (past || participle || present) && speechFollows(items, at + 1, words, base)
}

/**
 * "The mayor mocked the board for meeting in secret because it hid the budget", "condemned the
 * plan because it cut bus routes": a verb of speech that judges, as a verb (its past; a participle
 * after a comma; a present form after a pronoun or "who"), gives the speaker's reason in the "because"
 * that follows in its clause. "Nelson voted against the bill because of its cost" gives the
 * writer's account of a motive, and stays a claim.
 */
function judgesWithReason(items: Item[], at: number, words: Words): boolean {
  const item = items[at]
  if (!words.judgingVerbs.has(item.lower) || (isCapitalised(item) && !item.initial)) return false
  const previous = items[at - 1]
  // "in mail attacks", "the praised plan", "was praised": nouns, adjectives and passives.
  if (previous?.kind === 'word' && (words.grammar.determiners.has(previous.lower) || words.grammar.prepositions.has(previous.lower) || words.grammar.beVerbs.has(previous.lower) || /['’]s$/.test(previous.lower))) return false
  if (/ed$/.test(item.lower)) return true
  if (item.lower.endsWith('ing')) return previous?.text === ','
  // "she condemns", "who praises": a present form needs its subject right before it.
  return previous?.kind === 'word' && (words.grammar.subjectPronouns.has(previous.lower) || /^(who|that)$/.test(previous.lower))
}

/**
 * "Such a move could alienate donors, party allies believe." and "..., his team thinks —": a verb of
 * belief after its clause, its subject set off by a comma or dash, gives the believers what comes
 * before; the index of that comma or dash, or -1. "The reckless plan, its backers hope, will pass"
 * goes on after the verb: the plan is the writer's description.
 */
function trailingBelief(items: Item[], at: number, words: Words): number {
  const base = words.cueForms.get(items[at].lower)
  if (!base || !words.beliefVerbs.has(base)) return -1
  const after = items[at + 1]
  if (after !== undefined && !(after.kind === 'mark' && /^[,;.!?—–]$/.test(after.text))) return -1
  const following = items[at + 2]
  if (after?.text === ',' && following?.kind === 'word' && (words.grammar.auxiliaries.has(following.lower) || words.grammar.finiteVerbs.has(following.lower))) return -1
  for (let back = at - 1, steps = 0; back > 0 && steps < 6; back--, steps++) {
    const item = items[back]
    if (item.kind === 'mark') return /^[,—–]$/.test(item.text) && back < at - 1 ? back : -1
    if (item.kind !== 'word' || words.grammar.auxiliaries.has(item.lower) && !/^(also|still)$/.test(item.lower)) return -1
  }
  return -1
}

/** Prepositions before a question: "unclear as to who", "a question about how", "vague on what". */
const questionPrepositions = /^(about|on|over|of|to|into|for|at|as)$/

/**
 * Does the word at `at` open a clause that asks or supposes something rather than asserting it?
 * - "whether", "if", "unless": "wavered on whether the pier would reopen", "if the board plans to
 *   sell"; but "If elected, she would" asserts what follows the comma;
 * - "how" and "why" after a word: "asked how the city would pay", "no word on why the plan would
 *   work"; opening a sentence ("How the board votes could decide it") "how" is the subject of the
 *   verb that follows;
 * - "what", "which", "who", "whom" after a word that asks ("unclear", "asked", "about") when a
 *   subject stands between it and its verb ("asked Ruiz which wards she could win", "unclear who
 *   the board would pick"): "drafting what would be his first budget", "voters who would leave"
 *   and "the forms on which they would sign" describe.
 */
function asksOrSupposes(items: Item[], at: number, words: Words): boolean {
  const item = items[at]
  const previous = items[at - 1]
  if (/^(whether|if|unless)$/.test(item.lower)) return true
  if (previous?.kind !== 'word') return false
  if (item.lower === 'how' || item.lower === 'why') return true
  if (!/^(what|which|who|whom)$/.test(item.lower)) return false
  // "the forms on which they would sign", "areas in which the party would act": after a
  // preposition "which" and "whom" are relative; "as to who", "on what" ask.
  const afterPreposition = questionPrepositions.test(previous.lower) && /^(what|who)$/.test(item.lower)
  if (!afterPreposition && !words.questionClauseHolders.has(previous.lower)) return false
  let subject = at + 1
  // "which wards she could win", "what impact the vote would have".
  if (/^(what|which)$/.test(item.lower) && items[subject]?.kind === 'word' && !isSubjectWord(items[subject], words)) subject++
  const first = items[subject]
  return first?.kind === 'word' && isSubjectWord(first, words)
}

/** A word that opens a clause's subject: "she", "the", "Ruiz", "2,000". */
function isSubjectWord(item: Item, words: Words): boolean {
  return (words.grammar.subjectPronouns.has(item.lower) && item.lower !== 'there') || words.grammar.determiners.has(item.lower) || (isCapitalised(item) && !item.initial) || /^\d/.test(item.text)
}

/**
 * Is the "that" at `at` the start of a clause that a word of speech, thought or feeling holds?
 * "concerned that", "his warning that", "assured residents that", "their fear is that". Not a
 * relative clause ("a plan that would cut fares": a verb follows "that"), and not the writer's own
 * judgement ("it is possible that", "the fact that").
 */
function holdsThatClause(items: Item[], at: number, words: Words): boolean {
  // "that the pier", "that by the time it opens", "that, in retrospect,": a clause with its
  // subject; "that would cut fares" is a relative clause, its verb right after "that".
  // "that some insurance would", "that momentum could", "that reinstating the law would": a
  // quantifier, a bare noun before its verb, or a gerund opens the subject too.
  const next = items[at + 1]
  const after = items[at + 2]
  const bareSubject = next?.kind === 'word' && after?.kind === 'word' && !words.grammar.finiteVerbs.has(next.lower) && !words.grammar.auxiliaries.has(next.lower) && words.grammar.finiteVerbs.has(after.lower)
  const opensClause = next?.kind === 'word' ? isSubjectWord(next, words) || words.vagueDeterminers.has(next.lower) || bareSubject || /^[a-z]+ing$/.test(next.text) ||
    /^(as|if|when|once|because|while|by|in|after|before|until|for|with|without|despite)$/.test(next.lower) : next?.text === ','
  if (!opensClause) return false
  const holds = (item: Item | undefined) => item?.kind === 'word' && (words.thatClauseHolders.has(item.lower) || words.cueForms.has(item.lower))
  let back = at - 1
  while (back > 0 && items[back].kind === 'word' && isAdverb(items[back], words)) back--
  if (holds(items[back])) return true
  // "their fear is that", "the point was that".
  if (/^(is|was)$/.test(items[back]?.lower ?? '') && holds(items[back - 1])) return true
  // "assured residents that", "confided to her that", "told the judge on Monday that": a listener
  // or a time between the verb and its clause, with no verb of its own.
  for (let step = 1; step <= 4 && back - step >= 0; step++) {
    const word = items[back - step + 1]
    if (word.kind !== 'word' || words.grammar.auxiliaries.has(word.lower) || words.grammar.finiteVerbs.has(word.lower) || words.grammar.relativePronouns.has(word.lower)) return false
    const candidate = items[back - step]
    if (candidate.kind === 'word' && holds(candidate) && (words.cueForms.has(candidate.lower) || /(ed|s|ing)$/.test(candidate.lower))) return true
  }
  return false
}

/**
 * "Her claim that the pier is safe would surprise divers": a "that" clause of a noun that opens the
 * sentence ends before the sentence's own verb, its second finite verb (the first is the clause's;
 * one after "and" is the clause's too). The index of that verb, or the sentence's end when the
 * holder is not in the subject ("the crew rejected his warning that the pier would close").
 */
function subjectClauseEnd(items: Item[], at: number, words: Words): number {
  const finite = (item: Item) => item.kind === 'word' && (words.grammar.finiteVerbs.has(item.lower) || words.negations.has(item.lower) && item.lower !== 'not' && item.lower !== 'never')
  // A noun ("her claim", "the mayor's warning") that opens the sentence, before any verb.
  const owner = items[at - 2]
  const noun = owner?.kind === 'word' && (words.grammar.determiners.has(owner.lower) || /['’]s?$/.test(owner.lower))
  if (!noun || items.slice(0, at).some(finite)) return items.length
  let verbs = 0
  for (let index = at + 1; index < items.length; index++) {
    // "that she is playing a card and would lose": a second verb of the same clause.
    if (!finite(items[index]) || /^(and|or|but)$/.test(items[index - 1]?.lower ?? '')) continue
    if (++verbs === 2) return index
  }
  return items.length
}

/** The index of the word before `at`, back over auxiliaries, negations and adverbs ("didn't also want to"). */
function subjectIndex(items: Item[], at: number, words: Words): number {
  let back = at - 1
  while (back >= 0 && items[back].kind === 'word' && (words.grammar.auxiliaries.has(items[back].lower) || words.negations.has(items[back].lower) || isAdverb(items[back], words) || /^(also|still|then|now|just|even|only)$/.test(items[back].lower))) back--
  return back
}

/**
 * "a bill that would ban night flights", "rules that would have let firms cut pensions": what a
 * bill, plan or deal that a clause describes would do is its terms, not the writer's forecast.
 * "The closure would hurt shops" and "a deal would raise antitrust issues" are still forecasts.
 */
function proposalTerms(items: Item[], mention: Mention, words: Words): boolean {
  const at = items.findIndex((item) => item.start === mention.start)
  if (items[at]?.lower !== 'would' || mention.end !== items[at].end) return false
  let back = subjectIndex(items, at, words)
  // "The plan would raise fares" may be a forecast about the plan's effect: only a clause that
  // describes the proposal gives its terms.
  if (!/^(that|which)$/.test(items[back]?.lower ?? '')) return false
  // "a bill in 2005 that would", "a deal with the port union that would": the noun the
  // relative clause describes, over a short modifier with no verb and no mark.
  for (let steps = 0; steps < 6 && --back >= 0; steps++) {
    const item = items[back]
    // "in May" is a month, not the modal.
    if (item.kind !== 'word' || (!isCapitalised(item) && (words.grammar.auxiliaries.has(item.lower) || words.grammar.finiteVerbs.has(item.lower)))) return false
    if (words.proposalNouns.has(item.lower)) return true
  }
  return false
}

/** Nouns that "the first" places in a sequence or a title: "the first round", "the first lady". */
const firstOfSequence = /^(half|quarter|round|rounds|ballot|day|days|week|weeks|month|months|year|years|decade|stage|phase|step|leg|lap|term|session|lady|responders?|few|couple)$/

/**
 * "I didn't want to be one more name on a list", "if you want to see the vote", "we could afford it": the
 * writer's own intent, or anyone's ("you"), is no claim about someone else that needs a source.
 * Forecasts and intents only: "we know because" still gives a cause. Nor is an intent that picks
 * out a group ("sailors who want to leave the fleet").
 */
function writersOwn(items: Item[], mention: Mention & {tag: string}, words: Words): boolean {
  if (mention.tag !== 'intent' && mention.tag !== 'forecast') return false
  const at = items.findIndex((item) => item.start === mention.start)
  const index = subjectIndex(items, at, words)
  const subject = items[index]
  if (subject?.kind === 'word' && /^(i|we|you)$/.test(subject.lower)) return true
  // "sailors who want to leave the fleet", "candidates who plan to attend must register": an intent
  // in a clause that picks out whom the sentence means asserts nothing about anyone. "Ruiz, who
  // plans to run, spoke first" (after a comma) says what Ruiz plans.
  return mention.tag === 'intent' && subject?.kind === 'word' && /^(who|that)$/.test(subject.lower) && items[index - 1]?.kind === 'word' && !/^(and|or|but)$/.test(items[index - 1].lower)
}

/**
 * Markers that are nouns or modifiers here, not claims (and "illegal immigration", below):
 * - "record" as a noun ("her record on housing", "his voting record shows", "set a record."): a
 *   judgement only before what it qualifies ("a record high", "record turnout");
 * - "leading to" right after a noun modifies it ("information leading to his arrest"); after a comma
 *   it is a cause ("The storm cut power, leading to the closure of two plants").
 */
function nounUse(items: Item[], mention: Mention, words: Words): boolean {
  const at = items.findIndex((item) => item.start === mention.start)
  const previous = items[at - 1]
  const lower = mention.text.toLowerCase()
  if (lower === 'leading to') return previous?.kind === 'word'
  // "illegal immigration", "illegal Mexican migrants", "living in the country illegally": the
  // category of people the debate is about, not an accusation. "The illegal dumping" accuses.
  if (lower === 'illegal') {
    const noun = items[at + 1]?.kind === 'word' && isCapitalised(items[at + 1]) ? items[at + 2] : items[at + 1]
    return noun?.kind === 'word' && words.immigrationTerms.nouns.has(noun.lower.replace(/['’]$/, ''))
  }
  if (lower === 'illegally') return items.slice(Math.max(0, at - 4), at).some((item) => item.kind === 'word' && words.immigrationTerms.before.has(item.lower))
  // "the first 100 days", "the first two states", "the first round", "the first lady", "in the
  // first place": a position in a sequence, a title or an idiom, not a judgement. "The first
  // woman to win the seat" judges; so does "for the first time since 1990".
  if (lower === 'the first') {
    const next = items.find((item) => item.start >= mention.end)
    if (next?.kind !== 'word') return false
    return isNumber(next.text) || words.grammar.numberWords.has(next.lower) || firstOfSequence.test(next.lower) || (next.lower === 'place' && previous?.lower === 'in')
  }
  // "her plan to widen the road", "with plans to return", "has no plans to run", "scrapped plans to
  // attend": a plan named as a thing, not someone's intent the writer asserts. "The council plans to
  // close the branch" is the verb.
  if (lower === 'plan to' || lower === 'plans to') {
    return previous?.kind === 'word' && (words.grammar.determiners.has(previous.lower) || /['’]s?$/.test(previous.lower) || (words.grammar.prepositions.has(previous.lower) && !words.grammar.relativePronouns.has(previous.lower)) || (/^[a-z]+ed$/.test(previous.text) && !words.grammar.auxiliaries.has(previous.lower)))
  }
  if (lower !== 'record') return false
  if (previous && (/['’]s?$/.test(previous.lower) || /^(his|her|their|its|my|our|your|voting|criminal|public|track)$/.test(previous.lower))) return true
  const next = items[at + 1]
  // "a record $40 million".
  if (next && currency.test(next.text)) return false
  if (!next || next.kind !== 'word') return true
  return words.grammar.prepositions.has(next.lower) || words.grammar.phraseBreaks.has(next.lower) || words.grammar.finiteVerbs.has(next.lower) || words.grammar.auxiliaries.has(next.lower) || words.cueForms.has(next.lower)
}

/**
 * "would not comment", "could not be reached", "couldn't say whether", "refused to comment": a
 * source declining or out of reach, not a forecast or an intent. A negated modal followed by a verb of speech, or by "be" and a
 * participle, tells what happened.
 */
function refusal(items: Item[], mention: Mention, words: Words): boolean {
  let at = items.findIndex((item) => item.start === mention.start)
  // "refused to comment", "refuses to say whether": a source declining to speak, as "would not
  // comment" is, not an intent the writer asserts. "refused to sign the deal" is still one.
  if (/^refuse[sd]? to$/.test(mention.text.toLowerCase())) {
    const verb = items.find((item) => item.start >= mention.end)
    // Not "refused to call a vote" or "refused to answer for the deficit": verbs with other senses
    // ("call", "post", "count") count only when they are speech by themselves.
    return verb?.kind === 'word' && ((words.cueForms.get(verb.lower) === verb.lower && !words.ambiguousVerbs.has(verb.lower)) || /^(answer|speak|talk|discuss|elaborate|speculate|name|identify)$/.test(verb.lower))
  }
  const modal = items[at]
  if (at < 0 || mention.end !== modal.end || !/^(would|could|wouldn['’]t|couldn['’]t)$/.test(modal.lower)) return false
  if (!/n['’]t$/.test(modal.lower)) {
    if (!words.negations.has(items[at + 1]?.lower ?? '')) return false
    at++
  }
  const verb = items[at + 1]
  if (verb?.kind !== 'word') return false
  if (words.cueForms.has(verb.lower)) return true
  const participle = items[at + 2]
  return verb.lower === 'be' && participle?.kind === 'word' && isPastParticiple(participle.lower)
}

/**
 * Document mentions a sentence leans on: "records show", "a survey by the institute found",
 * "according to the indictment", "documents reviewed by the Ledger show", "data from the agency",
 * "in a court filing". A document that is only a topic or an object ("thieves sold the records",
 * "the union filed a petition") needs no note, and a document word that modifies another noun ("the
 * ruling party", "a report card") is no document.
 */
export function documentMentions(items: Item[], words: Words, cues: readonly FoundCue[]): Mention[] {
  return matchPhrases(items, words.documents).filter((mention) => {
    const at = items.findIndex((item) => item.start === mention.start)
    const last = items.findIndex((item) => item.end === mention.end)
    const previous = items[at - 1]
    // "before filing" is an action, not a document.
    if (!mention.text.includes(' ') && previous && /ing$/.test(mention.text) && (words.grammar.prepositions.has(previous.lower) || words.grammar.phraseBreaks.has(previous.lower))) return false
    // The source of a cue: "according to the indictment", "the report said".
    if (cues.some((cue) => cue.source.kind === 'document' && cue.source.start <= mention.start && cue.source.end >= mention.end)) return true
    const next = items[last + 1]
    // "the state database put the backlog at ...": a word followed by an article is a verb.
    const afterNext = items[last + 2]
    if (next?.kind === 'word' && modifiesNoun(next, words) && !(afterNext?.kind === 'word' && words.grammar.determiners.has(afterNext.lower))) return false
    // "in a court filing", "data from the agency's records", "per the ruling", "under the order".
    // After "in", only with an article: "in order to" is no document, and "said in its filing" is
    // the speaker's own medium, as "in a statement" is.
    // Back over the document's modifiers ("from the state database") to its article.
    let before = at - 1
    for (let steps = 0; steps < 3 && items[before]?.kind === 'word' && !isCapitalised(items[before]) && !words.grammar.determiners.has(items[before].lower) &&
      !words.grammar.prepositions.has(items[before].lower) && !words.grammar.phraseBreaks.has(items[before].lower); steps++) before--
    const article = items[before]?.kind === 'word' && words.grammar.determiners.has(items[before].lower) ? items[before] : undefined
    const opener = article ? items[before - 1] : items[before]
    if (opener?.kind === 'word' && leaningPrepositions.has(opener.lower) && (opener.lower !== 'in' || /^(a|an|the)$/.test(article?.lower ?? ''))) return true
    return evidenceVerbFollows(items, last + 1, words)
  }).map((mention): Mention => ({start: mention.start, end: mention.end, text: mention.text}))
}

/** Prepositions through which a sentence leans on a document: "in the report", "from the data". */
const leaningPrepositions = new Set(['in', 'from', 'under', 'per'])

/**
 * Is this word, right after a document word, the noun it modifies ("ruling party", "report card",
 * "filing deadline")? Verbs, prepositions, clause words and names are not.
 */
function modifiesNoun(next: Item, words: Words): boolean {
  const lower = next.lower
  if (isCapitalised(next) || words.cueForms.has(lower) || words.grammar.auxiliaries.has(lower) || words.grammar.finiteVerbs.has(lower)) return false
  if (words.grammar.prepositions.has(lower) || words.grammar.phraseBreaks.has(lower) || words.grammar.relativePronouns.has(lower) || words.grammar.subjectPronouns.has(lower)) return false
  // "documents reviewed by", "a memo sent to staff", "records showing": participles and verbs.
  if (/(ed|en|ing|s)$/.test(lower) || isPastParticiple(lower) || words.grammar.timeWords.has(lower) || words.grammar.determiners.has(lower)) return false
  return !/^(to|by|of|on|for|with|at|about|over|into|last|this|next|obtained|seen|cited|released|published)$/.test(lower)
}

/**
 * Does a verb of showing or saying follow the document in its clause: "records show", "a 2023
 * inspection report by the oversight board found", "the filing, which says"? Stops at the clause's
 * end (a mark, or a word that opens another clause).
 */
function evidenceVerbFollows(items: Item[], from: number, words: Words): boolean {
  for (let index = from; index < items.length && index < from + 10; index++) {
    const item = items[index]
    if (item.kind !== 'word') {
      if (item.kind === 'mark' && /^['’-]$/.test(item.text)) continue
      return false
    }
    if (words.cueForms.has(item.lower) && !words.beliefVerbs.has(words.cueForms.get(item.lower)!)) return true
    if (words.grammar.phraseBreaks.has(item.lower) && item.lower !== 'said' && item.lower !== 'says') return false
  }
  return false
}

const currency = /^[$€£¥]$/

/**
 * Figures: quantities an editor can check. Dates, times, years, ages after a name, identifiers
 * (`Title 9`, `Flight 212`, `10-K`, `H5N1`) and counts of the sources themselves are not figures.
 */
export function figures(items: Item[], words: Words, cueSources: Array<{start: number; end: number}>): Mention[] {
  const found: Mention[] = []
  const sourceSpans = withConjuncts(items, cueSources, words)
  for (let at = 0; at < items.length; at++) {
    const item = items[at]
    if (item.kind !== 'word' || insideAny(sourceSpans, item)) continue
    const figure = figureAt(items, at, words)
    // Asked only of a figure: it looks around the word, and most words are no figure at all.
    if (figure && !frequency(items, at) && !pointInTime(items, at) && !citedPeople(items, at, words)) found.push(figure)
  }
  return found
}

/**
 * "CNN reported, citing two officials familiar with the talks": the count of the people a report
 * cites counts sources, as "two officials said" does. "citing 40 complaints" is still a figure.
 */
function citedPeople(items: Item[], at: number, words: Words): boolean {
  if (!/^(citing|cited)$/.test(items[at - 1]?.lower ?? '')) return false
  for (let index = at + 1; index <= at + 3 && items[index]?.kind === 'word'; index++) {
    const lower = items[index].lower
    if (words.anonymousRoles.has(lower) || words.vagueSources.has(lower) || words.opinionGroups.has(lower)) return true
  }
  return false
}

/** Is the item inside one of the spans? */
function insideAny(spans: ReadonlyArray<{start: number; end: number}>, item: Item): boolean {
  for (const span of spans) if (item.start >= span.start && item.end <= span.end) return true
  return false
}

/** The figure the word at `at` gives, if any. */
function figureAt(items: Item[], at: number, words: Words): Mention | undefined {
  const item = items[at]
  const previous = items[at - 1]
  const next = items[at + 1]
  const text = item.text.endsWith('.') ? item.text.slice(0, -1) : item.text
  // The item's lower case less a final full stop: lower-casing the word again, for every word
  // of a draft, cost more than the rest of this loop.
  const lower = item.lower.endsWith('.') ? item.lower.slice(0, -1) : item.lower

  const first = text.charCodeAt(0)
  if (first >= 48 && first <= 57) {
    // "£4.2m", "3bn", "12km" are amounts; "10-K", "7B", "H5N1", "2024/18" name things.
    if (!/^\d[\d.,]*(%|st|nd|rd|th|s|m|bn|b|k|tn|km|kg|mph|ft|cm|mm|ha|mw|gw|kwh)?$/.test(text)) return undefined
    if (/^\d+(st|nd|rd|th)$/.test(text)) return undefined // ordinals: dates and rankings left alone
    // Times: "9:40", "3 p.m.", "from 9 to 11 p.m.".
    if (next?.text === ':' || items.slice(at + 1, at + 4).some((later) => /^(a\.m\.?|p\.m\.?|am|pm|noon|midnight)$/.test(later.lower))) return undefined
    // "Regulation 2024/18", "3/4": parts of an identifier or a date.
    if (next?.text === '/' || previous?.text === '/') return undefined
    const number = Number(text.replace(/,/g, '').replace(/(%|s)$/, ''))
    const isYear = /^\d{4}s?$/.test(text) && number >= 1800 && number <= 2100 && !(next && words.grammar.units.has(next.lower))
    if (isYear) return undefined
    if (previous && (words.grammar.months.has(previous.lower) || (next && words.grammar.months.has(next.lower)))) return undefined
    // "Title 9", "Gate 3", "draft 2": a number that names a thing.
    // "No. 3": the abbreviation's full stop stands between the noun and its number.
    const label = previous?.text === '.' && items[at - 2]?.kind === 'word' && /^nos?$/.test(items[at - 2].lower) ? items[at - 2] : previous
    if (label?.kind === 'word' && label !== previous) return undefined
    if (previous?.kind === 'word' && (words.grammar.identifierNouns.has(previous.lower.replace(/\.$/, '')) || (isCapitalised(previous) && !previous.initial && !words.grammar.months.has(previous.lower) && !currency.test(previous.text)))) {
      if (!(next && words.grammar.units.has(next.lower))) return undefined
    }
    // "Piet Aalders, 46, said": an age in a name line.
    if (previous?.text === ',' && next?.text === ',' && items[at - 2] && isCapitalised(items[at - 2]) && number < 120) return undefined
    // "Marta Varga, who is 71 and still walks the rows", "Ruiz, who turned 60 in May": an age
    // in the relative clause after a name.
    if (number < 120 && !(next && words.grammar.units.has(next.lower)) && /^(is|was|turned|turns)$/.test(previous?.lower ?? '') && items[at - 2]?.lower === 'who') return undefined
    // A number joined by a comma to the previous digits ("1,140") continues that figure.
    if (previous?.text === ',' && items[at - 2] && /^\d+$/.test(items[at - 2].text) && item.start === previous.end) return undefined
    return figureSpan(items, at, words)
  }
  // "two-thirds of voters", "three-quarters of the budget".
  if (lower.includes('-') && /^(one|two|three|four|five|seven|nine)-(halves|thirds?|quarters?|fifths?|tenths?)$/.test(lower)) return {start: item.start, end: item.end, text: item.text}
  if (words.grammar.numberWords.has(lower)) {
    // "one" is a figure when it counts ("only one unit", "one bottle of water a day"), not in "one of them".
    if (lower === 'one' && (next?.lower === 'of' || !(/^(only|just|than|about|nearly|almost|exactly)$/.test(previous?.lower ?? '') || (next && (next.lower === 'in' || words.grammar.units.has(next.lower) || /^(bottle|meal|day|week|dollar|unit|person)s?$/.test(next.lower)))))) return undefined
    return figureSpan(items, at, words)
  }
  // Rankings: "ranked third", "finished 2nd".
  if (/^(ranked|ranks|rank|finished|placed|came|ranking)$/.test(previous?.lower ?? '') && /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/.test(lower)) return {start: item.start, end: item.end, text: item.text}
  // "a third", "a fifth of its fleet".
  const before = items[at - 2]
  if (words.grammar.fractionWords.has(lower) && previous && (previous.lower === 'a' || previous.lower === 'one') && (!next || next.lower === 'of' || next.lower === 'more' || next.lower === 'less' || next.kind === 'mark' || /^(by|about|nearly|roughly|almost|than|only)$/.test(before?.lower ?? ''))) {
    return {start: previous.start, end: item.end, text: `${previous.text} ${item.text}`}
  }
  return undefined
}

/** Nouns of a stretch of time a schedule repeats over: "a week", "every two years". */
const periods = /^(second|minute|hour|day|night|morning|afternoon|evening|week|weekend|fortnight|month|quarter|season|semester|term|year|decade|century)s?$/

/** Adverbs that are a period on their own: "twice monthly", "three times weekly". */
const periodAdverbs = /^(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|biannually)$/

/** "a month", "per week", "each year", "every other week", "every spring", "monthly" after a count of times. */
function periodAt(items: Item[], at: number): boolean {
  const word = items[at]?.lower
  if (word !== undefined && periodAdverbs.test(word)) return true
  if (!word || !/^(a|an|per|each|every)$/.test(word)) return false
  const noun = items[at + 1]?.lower === 'other' ? items[at + 2] : items[at + 1]
  return noun !== undefined && periods.test(noun.lower)
}

/**
 * Is the count at `at` a frequency, when something happens, as a time of day is? "The board meets
 * twice a month", "three times a week", "once a year", "every two weeks", "two nights a week". A
 * rate of things counted ("40 cases a day", "$5 an hour") and a count of occasions with no period
 * ("the bill failed three times") stay figures.
 */
function frequency(items: Item[], at: number): boolean {
  const word = items[at].lower
  if (/^(once|twice|thrice)$/.test(word)) return periodAt(items, at + 1)
  const next = items[at + 1]?.lower ?? ''
  if (/^times?$/.test(next)) return periodAt(items, at + 2)
  // "every two weeks", "every 10 years", "every 15 minutes": the count names the period.
  if (items[at - 1]?.lower === 'every' && periods.test(next)) return true
  // "two nights a week", "three days a month": occasions within the period.
  return /^(days|nights|mornings|afternoons|evenings|weekends)$/.test(next) && periodAt(items, at + 2)
}

/**
 * Is the count at `at` a point in time, as a date is? "The board meets again in two weeks",
 * "two years ago", "three days later". A length of time ("the strike lasted two weeks", "for
 * twenty years") is still a figure.
 */
function pointInTime(items: Item[], at: number): boolean {
  const next = items[at + 1]
  if (!next || !periods.test(next.lower)) return false
  if (/^(ago|later|earlier|before|after|from)$/.test(items[at + 2]?.lower ?? '')) return items[at + 2].lower !== 'from' || items[at + 3]?.lower === 'now'
  return /^(in|within)$/.test(items[at - 1]?.lower ?? '') && !/^(for|over|during|lasted|took|spent)$/.test(items[at - 2]?.lower ?? '')
}

/**
 * The sources with the conjuncts that share their cue: in "Three aides and two former advisers
 * said", the cue's source is "two former advisers", and "Three aides" counts sources too.
 */
function withConjuncts(items: Item[], spans: Array<{start: number; end: number}>, words: Words): Array<{start: number; end: number}> {
  if (spans.length === 0) return spans
  const joins = (item: Item | undefined) => item !== undefined && (item.lower === 'and' || item.lower === 'or' || item.text === ',')
  const inPhrase = (item: Item | undefined) => item !== undefined && item.kind === 'word' && !words.grammar.phraseBreaks.has(item.lower) && !words.cueForms.has(item.lower)
  // A count of people: "two aides", "three former county officials", "2 lawyers".
  const counted = (phrase: Item[]) => phrase.length > 0 && phrase.length <= 5 && (/^\d/.test(phrase[0].text) || words.grammar.numberWords.has(phrase[0].lower)) &&
    (words.anonymousRoles.has(phrase.at(-1)!.lower) || words.vagueSources.has(phrase.at(-1)!.lower) || words.opinionGroups.has(phrase.at(-1)!.lower))
  return spans.map((span) => {
    let first = items.findIndex((item) => item.start === span.start)
    let last = items.findIndex((item) => item.end === span.end)
    // Only a counted source has counted conjuncts: "40 homes and two barns, officials said" has none.
    if (first < 0 || last < 0 || !counted(items.slice(first, last + 1))) return span
    for (let conjuncts = 0; conjuncts < 4 && joins(items[first - 1]); conjuncts++) {
      let start = first - 1
      while (inPhrase(items[start - 1])) start--
      if (!counted(items.slice(start, first - 1))) break
      first = start
    }
    for (let conjuncts = 0; conjuncts < 4 && joins(items[last + 1]); conjuncts++) {
      let end = last + 1
      while (inPhrase(items[end + 1])) end++
      if (!counted(items.slice(last + 2, end + 1))) break
      last = end
    }
    return {start: items[first].start, end: items[last].end}
  })
}

function figureSpan(items: Item[], at: number, words: Words): Mention {
  let start = items[at].start
  const before = items[at - 1]
  if (before && currency.test(before.text)) start = before.start
  let end = items[at].end
  let cursor = at + 1
  while (items[cursor] && (items[cursor].text === '%' || /^[,.]$/.test(items[cursor].text) && /^\d/.test(items[cursor + 1]?.text ?? '') && items[cursor].start === items[cursor - 1].end || /^\d/.test(items[cursor].text) && items[cursor].start === items[cursor - 1].end)) {
    end = items[cursor].end
    cursor++
  }
  const unit = items[cursor]
  if (unit && unit.kind === 'word' && (/^(percent|per|million|billion|trillion|thousand|hundred)$/.test(unit.lower) || words.grammar.units.has(unit.lower))) end = unit.end
  // The text is taken from the draft by the caller ("$2.3 million" as written).
  return {start, end, text: ''}
}

/** Words of a reason phrase that are about anonymity or naming by themselves ("anonymity because", "not authorized to"). */
const aboutNaming = /anonym|named|authori[sz]ed/
/** Wording about anonymity or naming that a weaker phrase ("to protect", "fear of reprisal") needs beside it. */
const namingWords = /^(anonymity|anonymously|anonymous|name|named|naming|identified|identify|identity|publicly|record|speak|speaking|discuss|discussing|comment|commenting)$/

/** Words that join a request for anonymity to its reason: "because", "fearing", "citing", "saying they feared", "to avoid trouble with his employer". */
const reasonLinks = /^(because|fearing|fear|fears|feared|since|citing|lest|avoid)$/

export function hasAnonymityReason(items: Item[], words: Words): boolean {
  // "to protect homes", "not allowed to park": a reason phrase counts only next to wording about
  // anonymity or naming, unless it is about naming itself.
  const reasons = matchPhrases(items, words.anonymityReasons)
  if (reasons.some((reason) => aboutNaming.test(items.filter((item) => item.start >= reason.start && item.end <= reason.end).map((item) => item.lower).join(' ')))) return true
  if (reasons.length > 0 && items.some((item) => item.kind === 'word' && namingWords.test(item.lower))) return true
  // "asked that his name be withheld because he still works there", "spoke on the condition that
  // she not be identified, citing a pending lawsuit": a request, then its reason.
  const request = matchPhrases(items, words.anonymityRequests)[0]
  return request !== undefined && items.some((item) => item.start > request.end && item.kind === 'word' && reasonLinks.test(item.lower))
}

export function loadedVerbMentions(items: Item[], cueStarts: Set<number>, words: Words): Array<Mention & {neutral: string}> {
  const found: Array<Mention & {neutral: string}> = []
  for (const item of items) {
    if (item.kind !== 'word' || !cueStarts.has(item.start)) continue
    const neutral = words.loadedVerbs.get(item.lower)
    if (neutral) found.push({start: item.start, end: item.end, text: item.text, neutral: matchCase(neutral, item.text)})
  }
  return found
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word
}
