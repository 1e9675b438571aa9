// Finds attribution cues in a sentence: a reporting verb with its source as subject (or after the
// verb when the quote comes first: `“...,” said Imani Castellanos`), and the source phrases
// `according to X`, `per X`, `cited by X` (shared spec, "Attribution cue").

import type {Words} from '../words.ts'
import {classifySource} from './sources.ts'
import {conjunctsOf, type PhraseReaders} from './coordination.ts'
import {isCapitalised, isNumber, type Item} from './items.ts'
import type {Source} from './model.ts'
import {hasVerbEnding, isIrregularPast, isParticipleOnly, isPastParticiple, isPastTense} from '../verbs.ts'

export interface FoundCue {
  start: number
  end: number
  phrase: string
  base: string
  belief: boolean
  source: Source
  /** In a clause that names a quote ("what it called “...”"): it ties the quote, not the sentence. */
  embedded?: boolean
}

const maxPhrase = 10

function isBreak(item: Item, words: Words): boolean {
  // "12% of voters": a percent sign belongs to its number.
  return item.kind === 'quote' || (item.kind === 'mark' && !/^['’\-–%]$/.test(item.text)) || (item.kind === 'word' && words.grammar.phraseBreaks.has(item.lower))
}

/** Words from `from` onwards that make a noun phrase: up to a mark, a clause word or a participle. */
export function phraseAfter(items: Item[], from: number, words: Words): Item[] {
  const phrase: Item[] = []
  for (let index = from; index < items.length && phrase.length < maxPhrase; index++) {
    const item = items[index]
    // "said the city would appeal": the phrase ends where its verb starts.
    if (isBreak(item, words) || (item.kind === 'word' && (words.grammar.auxiliaries.has(item.lower) || words.grammar.finiteVerbs.has(item.lower)) && phrase.length > 0)) break
    // A past participle ends the phrase as a preposition does: "a memo sent to staff" ends at
    // "sent"; "a person briefed on the talks" goes on, and so does
    // an adjective before its noun ("one unaligned Florida strategist", "a retired judge").
    const following = items[index + 1]
    const beforeNoun = following?.kind === 'word' && !words.grammar.prepositions.has(following.lower) && !words.grammar.phraseBreaks.has(following.lower) && !words.grammar.auxiliaries.has(following.lower)
    if (phrase.length > 0 && item.kind === 'word' && !isCapitalised(item) && isPastParticiple(item.lower) && !words.grammar.determiners.has(phrase.at(-1)!.lower) && !beforeNoun &&
      !(following?.kind === 'word' && /^(on|about|with|in)$/.test(following.lower))) break
    phrase.push(item)
  }
  return phrase
}

/** The noun phrase that ends at `end` (inclusive), read backwards. */
export function phraseBefore(items: Item[], end: number, words: Words): Item[] {
  let start = end + 1
  for (let index = end; index >= 0 && end - index < maxPhrase; index--) {
    const item = items[index]
    if (item.kind === 'word' && words.grammar.relativePronouns.has(item.lower)) {
      // "an investigator who works with insurers said": the clause after `who` modifies the noun
      // before it; but in "a move that Varga described", the subject follows `that`.
      const next = items[index + 1]
      if (next && next.kind === 'word' && (isCapitalised(next) || words.grammar.determiners.has(next.lower) || words.grammar.subjectPronouns.has(next.lower))) break
      return phraseBefore(items, index - 1, words)
    }
    // "Officials who spoke on condition of anonymity because they were not authorized to speak
    // said": a verb inside the words means they are a clause; the subject is the noun before the
    // clause's `who`.
    const following = items[index + 1]
    const infinitive = item.lower === 'to' && following?.kind === 'word' && !isCapitalised(following) && !words.grammar.determiners.has(following.lower) && !isNumber(following.text)
    // "Two aides did not return messages seeking comment": a subject holds no auxiliary or negation
    // ("did", "would", "not"); the words are a clause, not the noun phrase of a source.
    const verbWord = !isCapitalised(item) && (words.negations.has(item.lower) || modals.has(item.lower) || /^(did|does|do)$/.test(item.lower))
    if (item.kind === 'word' && (words.grammar.beVerbs.has(item.lower) || infinitive || verbWord || /^(has|have|had)$/.test(item.lower))) {
      for (let back = index - 1; back >= 0; back--) {
        const earlier = items[back]
        if (earlier.kind === 'quote' || (earlier.kind === 'mark' && /^[;:]$/.test(earlier.text))) break
        // "Dana Ruiz, who is chair of the board said": the relative clause's comma may go unclosed.
        if (earlier.kind === 'word' && /^(who|which)$/.test(earlier.lower)) return phraseBefore(items, items[back - 1]?.text === ',' ? back - 2 : back - 1, words)
      }
      return []
    }
    if (isBreak(item, words)) break
    // "Later the driver said", "Then a guard said": an adverb before the subject's article opens
    // the sentence, not the source ("The later reports said" keeps its article first).
    if (item.kind === 'word' && index < end && words.grammar.sentenceAdverbs.has(item.lower) && words.grammar.determiners.has(items[index + 1].lower)) break
    start = index
  }
  return items.slice(start, end + 1)
}

/**
 * The phrase that opens a comma-delimited stretch: "A nurse manager in the ICU" of its segment; "Weiner"
 * of "Weiner opened a firm" and of "Weiner also ran": a verb after a name ends it (not "a person briefed on").
 */
function phraseOpening(items: Item[], from: number, to: number, words: Words): Item[] {
  const phrase: Item[] = []
  // "But Sen. Ann Price, noting ..., said": a conjunction that opens the sentence is not the phrase's.
  const start = from === 0 && /^(and|but|yet|so)$/.test(items[0]?.lower ?? '') && items[0].kind === 'word' ? 1 : from
  for (let index = start; index < to && phrase.length < maxPhrase; index++) {
    const item = items[index]
    if (isBreak(item, words) || (item.kind === 'word' && words.grammar.relativePronouns.has(item.lower))) break
    const afterName = phrase.length > 0 && isCapitalised(phrase.at(-1)!) && item.kind === 'word' && !isCapitalised(item)
    if (afterName && (words.grammar.auxiliaries.has(item.lower) || isPastTense(item.text))) break
    phrase.push(item)
  }
  return phrase
}

/**
 * The subject of a verb that follows a comma: "X, who spoke on condition of anonymity, said",
 * "the museum's director, Corinne Abati, said", "Driver Piet Aalders, 46, said". Comma-delimited
 * stretches are tried from the nearest back; relative clauses, descriptions (`a cardiac nurse`)
 * and ages are passed over.
 */
function subjectAcrossCommas(items: Item[], comma: number, words: Words): Item[] {
  const segments: Array<[number, number]> = []
  let end = comma
  for (let index = comma - 1; index >= -1; index--) {
    const item = items[index]
    // "4,000" holds a comma that separates nothing.
    const digitComma = item?.text === ',' && /^\d/.test(items[index + 1]?.text ?? '') && /\d$/.test(items[index - 1]?.text ?? '') && items[index + 1].start === item.end
    // "(REPORTER) One parent, who ..., says", "(Wire) A senior aide, ..., said": a closing bracket
    // ends the stretch; one right before the comma ("Sen. Ann Price (D-Ohio), who ..., said")
    // closes a description of the words before it, which go on.
    if (item?.kind === 'mark' && item.text === ')' && index > 0) {
      if (index + 1 < end) {
        segments.push([index + 1, end])
        break
      }
      const open = openingBracket(items, index)
      if (open > 0) {
        index = open
        end = open
        continue
      }
    }
    // A closing quotation mark of a string too short to be a quote ('"We lost," Dana Ruiz, ..., said') ends the stretch too.
    if (index === -1 || item.kind === 'quote' || (item.kind === 'mark' && /^[,;:(—–"”]$/.test(item.text) && !digitComma)) {
      segments.push([index + 1, end])
      end = index
      if (index === -1 || item.kind === 'quote' || item.text !== ',') break
    }
  }
  // The first description passed over ("a person close to the mayor"): the subject when what
  // stands before it is a clause ("The plan is final, a person close to the mayor, however, said"),
  // a lower-case verb in it ("Yin May, 60, a doctor, said" has a name with "May" in it).
  let description: Item[] | undefined
  for (let index = 0; index < segments.length; index++) {
    const [from, to] = segments[index]
    const first = items[from]
    if (!first || first.kind !== 'word') continue
    // "Dusk, speaking to reporters outside his headquarters, said": a participle phrase, not the subject.
    // Passed over: relative clauses, descriptions, participle phrases, ages ("46") and party labels ("D-Calif.").
    // "Mr. Lund, of the Harbour Trust, said", "Officials in Tarsund, for example, say": a
    // prepositional phrase between commas describes the subject before it.
    // "A person close to the mayor, however, said": so does an adverb set off by commas.
    const skippable = /^(who|which|whose|whom|and|a|an|or|but)$/.test(first.lower) || /^[a-z]+ing$/.test(first.text) || isPastParticiple(first.text) || adverbialOpening(items, from, words) ||
      (to - from === 1 && (isNumber(first.text) || /^[A-Z]-[A-Z][a-z]*\.?$/.test(first.text) || words.grammar.sentenceAdverbs.has(first.lower) || isAdverb(first, words))) ||
      placeAfterPlace(items, from, to, words)
    if (skippable && index < segments.length - 1) {
      if (!description && /^(a|an)$/.test(first.lower)) description = phraseOpening(items, from, to, words)
      continue
    }
    const phrase = phraseOpening(items, from, to, words)
    if (phrase.length === 0) continue
    // "A spokeswoman for the developer, Corran Holdings, said": an organisation's name after the
    // description of a role names the organisation the role works for, not the person.
    if (index < segments.length - 1 && isProperName(phrase) && words.grammar.organisationWords.has(phrase.at(-1)!.lower.replace(/\.$/, ''))) {
      const [roleFrom, roleTo] = segments[index + 1]
      const role = phraseOpening(items, roleFrom, roleTo, words)
      const source = role.length > 0 && roleTo - roleFrom === role.length ? classifySource(role, words) : undefined
      if (source?.kind === 'anonymous' && !source.pronoun) return role
    }
    if (description && description.length > 0 && items.slice(from, to).some((item) => item.text === item.lower && (words.grammar.beVerbs.has(item.lower) || words.grammar.finiteVerbs.has(item.lower)))) return description
    // "Dr. Mara Quist, the lab's director, said", "Tomas Vail, president of the union, said": the
    // name before a description is the speaker.
    if ((words.grammar.determiners.has(first.lower) || !isProperName(phrase)) && index < segments.length - 1) {
      const [nameFrom, nameTo] = segments[index + 1]
      const name = phraseOpening(items, nameFrom, nameTo, words)
      if (name.length > 0 && nameTo - nameFrom === name.length && classifySource(name, words)?.kind === 'named' && (words.grammar.determiners.has(first.lower) || isProperName(name))) return name
    }
    return phrase
  }
  return []
}

/**
 * "in Columbus, Ohio,": a state or country after a place that a preposition opens ("during a
 * town hall in Columbus, Ohio, said") belongs to that place, not to the subject.
 */
function placeAfterPlace(items: Item[], from: number, to: number, words: Words): boolean {
  const place = items.slice(from, to)
  const before = items[from - 2]
  if (place.length === 0 || place.length > 2 || !place.every((item) => item.kind === 'word' && isCapitalised(item)) || items[from - 1]?.text !== ',' ||
    before?.kind !== 'word' || !isCapitalised(before) || items[from - 3]?.kind !== 'word' || !words.grammar.prepositions.has(items[from - 3].lower)) return false
  // The stretch before is itself a prepositional phrase ("during a town hall meeting in
  // Columbus"), not a description ("The mayor of Dover, Dana Ruiz, said").
  let start = from - 3
  while (start > 0 && items[start - 1].kind === 'word') start--
  return items[start - 1]?.text === ',' && (adverbialOpening(items, start, words) || /^(during|after|before|since|amid|despite|throughout)$/.test(items[start].lower))
}

/** Particles inside a name: "Federico de Jesús", "Ludwig van Dam", "Omar al-Bashir". */
const nameParticles = /^(de|del|della|da|di|du|la|le|van|von|der|den|ter|al|el|bin|ibn|y)$/

/** Every word capitalised (or a particle inside): "Ravi Delacroix", "Dr. Mara Quist", "Federico de Jesús". */
function isProperName(phrase: Item[]): boolean {
  const wordsOnly = phrase.filter((item) => item.kind === 'word')
  return wordsOnly.length > 0 && isCapitalised(wordsOnly.at(-1)!) && wordsOnly.every((item, index) => isCapitalised(item) || (index > 0 && nameParticles.test(item.lower)))
}

/**
 * "said her brother, Tomas Vail", "said the campaign's manager, Ravi Delacroix, who ...": after a
 * verb, a description followed by a name in apposition; the name is the speaker.
 */
export function nameAfterDescription(items: Item[], end: number, described: Item[]): Item[] | undefined {
  if (described.length === 0 || isProperName(described) || items[end]?.text !== ',') return undefined
  const name: Item[] = []
  let index = end + 1
  // "said the mayor's introducer, actress Lena Marsh": a lower-case title before a full name.
  const titled = items[index]?.kind === 'word' && !isCapitalised(items[index]) && !nameParticles.test(items[index].lower) &&
    isCapitalised(items[index + 1] ?? items[index]) && items[index + 2]?.kind === 'word' && isCapitalised(items[index + 2])
  if (titled) index++
  for (; index < items.length && items[index].kind === 'word' && name.length < 5; index++) {
    if (!isCapitalised(items[index]) && !(name.length > 0 && nameParticles.test(items[index].lower))) break
    name.push(items[index])
  }
  const after = items[index]
  const ends = !after || after.kind === 'mark' || /^(who|whose)$/.test(after.lower)
  return ends && isProperName(name) ? name : undefined
}

/** An adverb in -ly ("repeatedly", "publicly"), not a noun in -ly ("family", "ally"). */
export function isAdverb(item: Item, words: Words): boolean {
  return /^[a-z]+ly$/.test(item.text) && !words.grammar.lyNouns.has(item.lower)
}

/**
 * "He's claiming", "she's said", "who's insisted": a subject pronoun with a contracted "is" or
 * "has"; the pronoun alone, as its own item ("He"), or undefined for a possessive ("the mayor's").
 */
export function contractedSubject(item: Item | undefined): Item | undefined {
  const match = item?.kind === 'word' ? /^(he|she|it|who)['’]s$/.exec(item.lower) : null
  if (!item || !match) return undefined
  return {...item, text: item.text.slice(0, -2), lower: match[1], end: item.end - 2}
}

/**
 * "Officials all said", "Two aides both said", "Price, Lee and Ortiz all suggested": a quantifier
 * after its noun belongs to the subject before it, not to the verb. At the start of a clause ("All
 * said", "Both agreed") it is the subject itself.
 */
function floatingQuantifier(items: Item[], at: number, words: Words): boolean {
  const before = items[at - 1]
  return at > 0 && /^(all|both|each)$/.test(items[at].lower) && before?.kind === 'word' && !words.grammar.determiners.has(before.lower) && !words.grammar.prepositions.has(before.lower) && !words.grammar.phraseBreaks.has(before.lower)
}

function skipBackOverAuxiliaries(items: Item[], index: number, words: Words): number {
  let at = index
  while (at >= 0 && items[at].kind === 'word' && (words.grammar.auxiliaries.has(items[at].lower) || isAdverb(items[at], words) || floatingQuantifier(items, at, words) || perfectSince(items, at) || furtherBeforePast(items, at)) && !surnameLikeAuxiliary(items, at)) at--
  return at
}

/** "The leader further related": "further" right before a past tense is an adverb, not "further reports". */
function furtherBeforePast(items: Item[], at: number): boolean {
  return items[at].lower === 'further' && isPastTense(items[at + 1]?.lower ?? '')
}

/**
 * "Ruiz later said", "she earlier wrote": an adverb of time between a name or pronoun and a past
 * tense, not "later reports" (nor "having earlier said little", which names no one).
 */
function adverbBeforePast(items: Item[], index: number, words: Words): boolean {
  const previous = items[index - 1]
  const subject = items[index - 2]
  if (!/^(later|earlier|further)$/.test(previous.lower) || !isPastTense(items[index].lower) || subject?.kind !== 'word') return false
  // "The leader further related that", "The Christian leader further related", "The county
  // engineer later noted": a noun that a determiner or a capitalised word opens, with up to two
  // plain words between, is a subject too (not "heard further related reports").
  let at = index - 3
  while (at >= index - 4 && plainModifier(items[at], words)) at--
  const opener = items[at]
  // "its owner having earlier said little": "having" and "being" are the participles of a clause
  // that hangs off the sentence, never the noun a subject ends in. Not every word in -ing: "The
  // king later said", "the sibling earlier told".
  const noun = !isCapitalised(subject) && !isPastTense(subject.lower) && !/^(having|being)$/.test(subject.lower) &&
    (words.grammar.determiners.has(opener?.lower ?? '') || (opener?.kind === 'word' && isCapitalised(opener))) &&
    !words.grammar.determiners.has(subject.lower) && !words.grammar.prepositions.has(subject.lower)
  return (isCapitalised(subject) && !words.grammar.determiners.has(subject.lower)) || words.grammar.subjectPronouns.has(subject.lower) || noun
}

/** A lower-case word that may stand inside a noun phrase before its noun: "county" in "the county engineer". */
function plainModifier(item: Item | undefined, words: Words): boolean {
  return item?.kind === 'word' && !isCapitalised(item) && !isPastTense(item.lower) && !words.grammar.determiners.has(item.lower) && !words.grammar.prepositions.has(item.lower) &&
    !words.grammar.auxiliaries.has(item.lower) && !words.grammar.finiteVerbs.has(item.lower) && !words.grammar.relativePronouns.has(item.lower) && !words.grammar.subjectPronouns.has(item.lower)
}

/** "Ruiz has since apologized": "since" between "has" and its verb is an adverb, not a conjunction. */
function perfectSince(items: Item[], at: number): boolean {
  return items[at].lower === 'since' && /^(has|have|had)$/.test(items[at - 1]?.lower ?? '')
}

/**
 * "Residents saw it as “...,” From said": a capitalised preposition inside a sentence is a surname
 * ("From", "Long"), not "from other states"; so is one right before a verb in the past or "says"
 * ("“...,” From said", "From agreed that ...").
 */
function surnameLikePreposition(items: Item[], at: number): boolean {
  return capitalisedAsName(items, at)
}

/** Capitalised inside the sentence, or opening it right before a verb in the past or "says". */
function capitalisedAsName(items: Item[], at: number): boolean {
  const item = items[at]
  if (!isCapitalised(item)) return false
  if (!item.initial) return true
  const next = items[at + 1]
  return next?.kind === 'word' && !isCapitalised(next) && (isPastTense(next.text) || /^(says|writes)$/.test(next.text))
}

/**
 * "Will wrote", "the plan, May said": a capitalised auxiliary inside a sentence, or one that opens
 * it right before a verb in the past (no modal stands there), is a surname ("Will", "May"), not
 * the auxiliary of "Will you say" or "Could it be".
 */
function surnameLikeAuxiliary(items: Item[], at: number): boolean {
  return /^(will|may|can|still|even|now|first|then|later)$/.test(items[at].lower) && capitalisedAsName(items, at)
}

const timeNouns = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|day|today|tonight|\d{1,4})$/

/** Nouns in -s that are no plural subject before a verb: "a news post", "the sales pitch", "the arms deal". */
const massNounsInS = /^(news|series|species|sales|arms|savings|sports|customs|goods|politics|economics|physics|mathematics|statistics)$/

/** A plural common noun: "authors", "plaintiffs", "the analysts" (not "boss", "status", "news"). */
function pluralNoun(item: Item): boolean {
  return !isCapitalised(item) && /[^su'’]s$/.test(item.lower) && !massNounsInS.test(item.lower)
}

const weekdays = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/** Skips what may stand between a reporting verb and what was said: "on Sunday", "last week", "in a statement", "repeatedly". */
function skipTimeWords(items: Item[], index: number, words: Words): number {
  let at = index
  for (;;) {
    const item = items[at]
    if (!item || item.kind !== 'word') return at
    const next = items[at + 1]?.lower ?? ''
    const after = items[at + 2]?.lower ?? ''
    if (isAdverb(item, words) || /^(yesterday|today|tonight|earlier|later|again|also|then|privately|publicly)$/.test(item.lower)) at++
    // "wrote Thursday in an email", "tweeted Sunday night that".
    else if (weekdays.test(item.lower)) at += /^(morning|afternoon|evening|night)$/.test(next) ? 2 : 1
    else if (/^(on|in|at|last|this|next|early|late|earlier|during)$/.test(item.lower) && (timeNouns.test(next) || words.grammar.months.has(next))) at += 2
    else if (/^(on|in|at|during)$/.test(item.lower) && /^(a|an|the|his|her|their|its)$/.test(next) && (words.statementWords.has(after) || timeNouns.test(after))) at = pastParticiple(items, at + 3)
    // "in a phone interview", "in a written statement".
    else if (/^(on|in|at|during)$/.test(item.lower) && /^(a|an|the|his|her|their|its)$/.test(next) && words.statementWords.has(items[at + 3]?.lower ?? '')) at = pastParticiple(items, at + 4)
    else return at
  }
}

/** Past a participle that describes a statement: "in a video posted on Saturday that". */
function pastParticiple(items: Item[], at: number): number {
  const item = items[at]
  return item?.kind === 'word' && !isCapitalised(item) && isPastParticiple(item.text) ? at + 1 : at
}

/**
 * Does speech follow this verb? "insisted the hospital remains safe", "admitted that", "revealed
 * on Sunday that" do; "claimed the league title", "claimed two lives", "admitted patients",
 * "revealed a collapsed culvert" do not.
 */
export function speechFollows(items: Item[], from: number, words: Words, base: string): boolean {
  const start = skipTimeWords(items, from, words)
  const first = items[start]
  if (!first || first.kind === 'quote' || first.kind === 'mark') return true
  // "claimed to have", "vowed to": speech; "thanks to", "attribute to": not.
  // "posted to Instagram that", "wrote to supporters that": where a text went, then what it said.
  if (first.lower === 'to') return toComplement.has(base) || listenerThenQuote(items, start + 1) || (words.composingVerbs.has(base) && thatAfterPlace(items, start + 1, words))
  if (first.lower === 'that' || words.grammar.subjectPronouns.has(first.lower)) return true
  if (first.lower === 'as') return asComplement.has(base)
  // "slammed the board for closing polls" criticises; "slammed into a car" does not speak.
  if (criticism.has(base)) {
    if (words.grammar.prepositions.has(first.lower) || /^(into|through|off|past|away|out|up|down)$/.test(first.lower)) return false
    // "blasted a shot over the bar", "slammed a door": a thing struck, unless a reason or a verdict
    // follows ("slammed a ruling as reckless", "blasted a rival for ...").
    if (physicalSense.has(base) && (first.lower === 'a' || first.lower === 'an')) return reasonAhead(items, start + 1)
    return true
  }
  if (isNumber(first.text) || words.grammar.numberWords.has(first.lower)) return false
  // "can ask for refunds": a modifier, not what was said. "wrote on Facebook that", "posted in
  // the group chat that": a text's place, then what it said.
  if (words.grammar.prepositions.has(first.lower)) return colonQuoteAhead(items, start) || (words.composingVerbs.has(base) && thatAfterPlace(items, start + 1, words))
  for (let offset = 1, index = start + 1; index < items.length && offset < 8; index++, offset++) {
    const item = items[index]
    if (item.kind !== 'word') {
      if (item.kind === 'quote' && offset <= 6) return true
      // "described the conditions on the ridge: “The wind turned on us”".
      return item.text === ':' && items[index + 1]?.kind === 'quote'
    }
    if ((item.lower === 'as' && asComplement.has(base)) || item.lower === 'that' || words.grammar.finiteVerbs.has(item.lower)) return true
    // "claimed the league title in 2019 and have sold out": the object ends where a modifier
    // starts, unless a colon and a quote follow ("described the conditions on the ridge: “...”").
    if (words.grammar.prepositions.has(item.lower) || item.lower === 'and' || item.lower === 'but' || item.lower === 'or') return colonQuoteAhead(items, index)
    const previous = items[index - 1]
    const after = items[index + 1]
    const verbShape = hasVerbEnding(item.text)
    if (verbShape && previous.kind === 'word' && !words.grammar.determiners.has(previous.lower) && !isNumber(previous.text) && after?.lower !== 'of') return true
  }
  return false
}

/**
 * "whispered to him: “...”", "shouted to the crowd, “...”": whom the words were said to, a few
 * words, then a colon or a comma and the quote.
 */
function listenerThenQuote(items: Item[], from: number): boolean {
  for (let index = from; index < items.length && index <= from + 6; index++) {
    const item = items[index]
    // "to his 20,000 followers": a comma between digits is part of the number.
    if (item.kind === 'word' || (item.text === ',' && /\d$/.test(items[index - 1]?.text ?? '') && /^\d/.test(items[index + 1]?.text ?? '') && items[index + 1].start === item.end)) continue
    return index > from && item.kind === 'mark' && /^[:,]$/.test(item.text) && items[index + 1]?.kind === 'quote'
  }
  return false
}

/**
 * "that" or a quote after a short place a text went out in ("Facebook", "the group chat", "an
 * op-ed in the Ledger"), with no verb or mark on the way: "wrote in the Ledger that ...".
 */
function thatAfterPlace(items: Item[], from: number, words: Words): boolean {
  for (let index = from; index < items.length && index < from + 14; index++) {
    const item = items[index]
    if (item.kind === 'quote') return index > from
    // "the auction description of the PF-9 pistol that": a hyphen or an apostrophe inside a word.
    if (item.kind === 'mark' && /^['’-]$/.test(item.text)) continue
    if (item.kind !== 'word') return false
    // "posted to Instagram a photo that went viral": "that" and a verb right after it describe a thing.
    if (item.lower === 'that') return index > from && !relativeThat(items[index + 1], words)
    if (words.grammar.auxiliaries.has(item.lower) || words.grammar.finiteVerbs.has(item.lower) || words.cueForms.has(item.lower)) return false
  }
  return false
}

/** A verb right after "that" makes it the subject of a relative clause: "a photo that went viral". */
function relativeThat(next: Item | undefined, words: Words): boolean {
  return next?.kind === 'word' && (isPastTense(next.lower) || words.grammar.finiteVerbs.has(next.lower) || words.grammar.auxiliaries.has(next.lower))
}

/**
 * Does a quote come right before the verb's subject, with only the subject and its description
 * between ("“...,” Ruiz wrote in a letter", "“...!” the nominee, Dana Ruiz, tweeted Sunday")?
 */
function quoteBeforeSubject(items: Item[], index: number, words: Words): boolean {
  for (let at = index - 1; at >= 0 && index - at <= 16; at--) {
    const item = items[at]
    if (item.kind === 'quote' || (item.kind === 'mark' && /^["”»]$/.test(item.text))) return at < index - 1
    if (item.kind === 'mark' && !/^[,()'’-]$/.test(item.text)) return false
    if (item.kind === 'word' && (words.grammar.phraseBreaks.has(item.lower) || words.cueForms.has(item.lower)) && !isCapitalised(item)) return false
  }
  return false
}

/** "tweeted a warning", "tweeted their approval of the plan": the object of a text is speech. */
function speechObject(items: Item[], from: number, words: Words): boolean {
  for (let index = from; index < items.length && index < from + 4; index++) {
    const item = items[index]
    if (item.kind !== 'word') return false
    if (words.speechObjects.has(item.lower)) return true
    if (!words.grammar.determiners.has(item.lower) && !/^(a|an|his|her|their|its|our|my|own|strong|full|public|early)$/.test(item.lower)) return false
  }
  return false
}

/**
 * The subject of the nearest verb in the past before `end` ("interrupted" in "when Sanders
 * protesters interrupted her speech, shouting"), back to the start of the sentence or a quote.
 */
function subjectOfVerbBefore(items: Item[], end: number, words: Words): Item[] | undefined {
  for (let index = end - 1; index > 0; index--) {
    const item = items[index]
    if (item.kind === 'quote' || (item.kind === 'mark' && /^[.;:!?]$/.test(item.text))) return undefined
    if (item.kind !== 'word' || item.text !== item.lower || !isPastTense(item.lower)) continue
    const previous = items[index - 1]
    if (previous?.kind === 'word' && (words.grammar.determiners.has(previous.lower) || words.grammar.prepositions.has(previous.lower))) continue
    const subject = subjectBefore(items, index, words)
    return subject?.length ? subject : undefined
  }
  return undefined
}

/** A quote in the clause from `from` on, before a stop, a semicolon or a colon. */
function quoteInClause(items: Item[], from: number): boolean {
  for (let index = from; index < items.length && index < from + 12; index++) {
    const item = items[index]
    if (item.kind === 'quote') return true
    if (item.kind === 'mark' && /^[.;:!?]$/.test(item.text)) return false
  }
  return false
}

/** Does the phrase open with a participle after a comma or a quote ("saying the city", "calling the mayor's plan")? */
export function participleClause(items: Item[], phrase: Item[]): boolean {
  const first = phrase[0]
  if (!first || first.kind !== 'word' || first.text !== first.lower || !/[a-z]{2,}ing$/.test(first.lower)) return false
  const at = items.indexOf(first) - 1
  return items[at]?.text === ',' || closesClause(items, at)
}

/** A quote, or the closing mark of a quoted string too short to be one, with a comma inside ("“New York values,”"). */
function closesClause(items: Item[], at: number): boolean {
  const item = items[at]
  return item?.kind === 'quote' || (item?.kind === 'mark' && /^["”»]$/.test(item.text) && items[at - 1]?.text === ',')
}

/** Does the quote come next, after a colon or a comma at most? */
function quoteFollows(items: Item[], from: number): boolean {
  const next = items[from]?.kind === 'mark' && /^[:,]$/.test(items[from].text) ? from + 1 : from
  return items[next]?.kind === 'quote'
}

/** Words that open an embedded question: "did not say whether", "would not say when". */
const questionWords = /^(whether|what|when|where|why|how|if|who|whom|which)$/

/**
 * After a negated verb of speech, is something reported? "did not say whether", "never denied that",
 * "did not respond: “...”" are; "did not respond to a request for comment", "has not commented." are not.
 */
function saysSomething(items: Item[], from: number, words: Words, base: string): boolean {
  const first = items[skipTimeWords(items, from, words)]
  if (!first) return false
  if (first.kind === 'mark') return first.text === ':'
  return first.kind === 'quote' || questionWords.test(first.lower) || speechFollows(items, from, words, base)
}

/** Verbs whose `to` complement is reported speech or intent ("claimed to have", "vowed to"). */
const toComplement = new Set(['claim', 'vow', 'pledge', 'promise', 'threaten', 'demand'])

const modals = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must', 'shall'])

/** Verbs that come before their subject after a clause: "The cuts will hurt, said Leif Dahl." */
// Not "tell": what follows it is who was told ("an aide, who was not authorized to speak, told Fox News").
const invertingVerbs = new Set(['say', 'add', 'write', 'ask', 'explain', 'continue', 'recall', 'note', 'report', 'warn', 'insist', 'argue', 'reply', 'respond', 'conclude'])

/** Verbs whose object is described `as` something ("described the units as overcrowded"). */
const asComplement = new Set(['describe', 'characterize', 'characterise', 'dismiss', 'criticize', 'criticise', 'call', 'brand', 'label', 'portray', 'depict', 'quote', 'cite', 'credit', 'blame', 'praise', 'reject', 'question', 'defend'])

/** Does a colon followed by a quote come before the sentence's next break? */
function colonQuoteAhead(items: Item[], from: number): boolean {
  for (let index = from; index < items.length; index++) {
    const item = items[index]
    if (item.kind === 'quote') return false
    if (item.kind === 'mark' && item.text === ':') return items[index + 1]?.kind === 'quote'
    if (item.kind === 'mark' && /^[.;!?]$/.test(item.text)) return false
  }
  return false
}

/** Verbs of criticism that also strike things: "blasted a shot", "slammed a door". */
const physicalSense = new Set(['slam', 'blast'])

/** Does "for", "as" or a quote follow in the clause: "slammed a plan as reckless"? */
function reasonAhead(items: Item[], from: number): boolean {
  for (let index = from; index < items.length && index < from + 8; index++) {
    const item = items[index]
    if (item.kind === 'quote') return true
    if (item.kind === 'mark' && item.text !== '-') return false
    if (item.lower === 'for' || item.lower === 'as') return true
  }
  return false
}

/** Verbs of criticism: their object is who or what is criticised. */
const criticism = new Set(['slam', 'blast', 'criticize', 'criticise', 'accuse', 'blame', 'praise', 'dismiss', 'reject', 'question', 'defend', 'thank', 'credit'])

/** Words before a reporting-verb form that make it a noun: "from other states", "an anonymous warning". */
const nounMakers = new Set(['other', 'own', 'such', 'more', 'most', 'new', 'prior', 'same', 'all', 'both', 'few', 'many', 'several', 'some', 'further', 'earlier', 'later', 'latest', 'recent', 'final', 'annual', 'anonymous', 'public', 'written', 'joint'])

/** Does the noun phrase ending at `end` follow a comma ("..., the union reporting a drop")? */
function afterCommaPhrase(items: Item[], end: number, words: Words): boolean {
  const phrase = phraseBefore(items, end, words)
  if (phrase.length === 0) return false
  const before = items[items.indexOf(phrase[0]) - 1]
  return before?.kind === 'mark' && before.text === ','
}

/**
 * Where the story starts after a dateline: "DOVER —", "DOVER, May 8 (Wire) —", "TARSUND, N.H. --":
 * a place in capitals, then at most a date and an agency, then a dash. 0 with no dateline.
 */
function datelineEnd(items: Item[]): number {
  if (items[0]?.kind !== 'word' || !/^\p{Lu}{2,}$/u.test(items[0].text)) return 0
  for (let index = 1; index < items.length && index <= 12; index++) {
    const item = items[index]
    if (isDash(item)) return index + 1
    if (item.kind === 'quote' || (item.kind === 'word' && !isCapitalised(item) && !isNumber(item.text))) return 0
  }
  return 0
}

/** "Hours later,", "Two days earlier,", "A week ago,": a time that opens the sentence before a comma. */
function timeAgo(items: Item[], from: number): boolean {
  for (let index = from; index < items.length && index <= from + 3; index++) {
    const item = items[index]
    if (item.kind !== 'word') return false
    if (/^(later|earlier|ago|afterward|afterwards)$/.test(item.lower)) return index > from && items[index + 1]?.text === ','
  }
  return false
}

/** The subject that opens the sentence, up to its first verb-like word ("Pelican is likely to ..."). */
function openingSubject(items: Item[], words: Words): Item[] {
  const phrase: Item[] = []
  // "On Sunday, Mr. Lund ...", "At a rally in Tarsund, N.H., on Tuesday, Senator Ines Borja ...":
  // the opening adverbial and what follows it up to its commas are not the subject.
  const storyStart = datelineEnd(items)
  let from = storyStart
  // After a dateline the story's first word is capitalised as a sentence's is ("— In response to").
  while (adverbialOpening(items, from, words) || (from === storyStart && from > 0 && words.grammar.prepositions.has(items[from]?.lower ?? '')) || /^(after|before|while|when|since|although|though|despite|because|if|as|until|once)$/.test(items[from]?.lower ?? '') ||
    (from > 0 && items[from]?.kind === 'word' && items[from + 1]?.text === ',' && /\.$/.test(items[from].text)) || timeAgo(items, from)) {
    const comma = items.findIndex((item, index) => index > from && item.kind === 'mark' && item.text === ',')
    if (comma < 0) return []
    from = comma + 1
  }
  for (const item of items.slice(from)) {
    if (item.kind !== 'word' || words.grammar.auxiliaries.has(item.lower) || words.grammar.phraseBreaks.has(item.lower) || words.cueForms.has(item.lower)) break
    // "Mayor Ruiz took the stage and said": an irregular past ends the subject too.
    if (phrase.length > 0 && (hasVerbEnding(item.text) || (item.text === item.lower && isIrregularPast(item.lower)))) break
    phrase.push(item)
    if (phrase.length >= maxPhrase) break
  }
  return phrase
}

/**
 * A speech act of a verb and its particle or object, when speech follows: "pointed out that",
 * "made clear that", "expressed concern that", "went on to say the levy", "called on the board to
 * stop". Not "pointed out the window", "made clear progress", "expressed concern about traffic",
 * "called on the mayor at home". The end is the particle's last word.
 */
function phrasalCue(items: Item[], index: number, words: Words): {base: string, end: number} | undefined {
  const item = items[index]
  const entry = item.kind === 'word' && !(isCapitalised(item) && !item.initial) ? words.phrasalCues.get(item.lower) : undefined
  if (!entry) return undefined
  const previous = items[index - 1]
  // "the points out of bounds", "to make clear" after a noun or an infinitive marker: not a finite verb.
  if (previous?.kind === 'word' && (words.grammar.determiners.has(previous.lower) || words.grammar.prepositions.has(previous.lower) || /['’]s$/.test(previous.lower) && !words.grammar.subjectPronouns.has(previous.lower.slice(0, -2)))) return undefined
  for (const particle of entry.particles) {
    if (!particle.every((word, offset) => items[index + 1 + offset]?.kind === 'word' && items[index + 1 + offset].lower === word)) continue
    const end = index + particle.length
    const base = `${entry.base} ${particle.join(' ')}`
    // "called on the board to stop": an object, then an infinitive. Not "went on to say that",
    // whose particle goes on to its own verb of speech.
    if (particle.length === 1 && (particle[0] === 'on' || particle[0] === 'upon')) return infinitiveAhead(items, end + 1, words) ? {base, end} : undefined
    // "as Ortega put it,", "put it bluntly:", "put it this way:": at most two words, then a stop,
    // a comma or a colon; not "put it away because the levy is ...".
    if (base === 'put it') return [1, 2, 3].some((offset) => items[end + offset]?.kind === 'mark' && /^[,.;:!?]$/.test(items[end + offset].text) && items.slice(end + 1, end + offset).every((word) => word.kind === 'word' && !words.grammar.prepositions.has(word.lower) && !putParticles.test(word.lower))) ? {base, end} : undefined
    // "made it clear to the judge that": whom it was said to, then what.
    const listener = items[end + 1]?.lower === 'to' && thatAhead(items, end + 2)
    return listener || speechFollows(items, end + 1, words, base) ? {base, end} : undefined
  }
  return undefined
}

/** What "put it" takes when it moves a thing, not words: "put it down", "put it off", "put it there". */
const putParticles = /^(down|off|away|up|back|out|aside|on|in|together|forward|there|here|through|over|behind|first|last)$/

/** A "that" after a few words of a listener: "the judge that", "reporters on Monday that". */
function thatAhead(items: Item[], from: number): boolean {
  for (let index = from; index < items.length && index < from + 6; index++) {
    if (items[index].kind !== 'word') return false
    if (items[index].lower === 'that') return index > from
  }
  return false
}

/**
 * An infinitive after a short object: "the board to stop", "Congress to act", or a quote that
 * holds it ("the board “to stop pretending”"); not "the mayor at home".
 */
function infinitiveAhead(items: Item[], from: number, words: Words): boolean {
  for (let index = from; index < items.length && index < from + 7; index++) {
    const item = items[index]
    if (item.kind === 'quote') return index > from
    if (item.kind !== 'word') return false
    if (item.lower === 'to') return index > from && items[index + 1]?.kind === 'word' && !words.grammar.determiners.has(items[index + 1].lower)
  }
  return false
}

/**
 * A headline in Title Case: "Mayor Says Budget Is Balanced", "Council Votes to Cut Ferry Fares".
 * Every word but the short function words ("to", "of", "a") is capitalised, and there is no quote.
 */
function isTitleCase(items: Item[], words: Words): boolean {
  const wordItems = items.filter((item) => item.kind === 'word')
  if (wordItems.length < 4 || items.some((item) => item.kind === 'quote')) return false
  return wordItems.every((item) => isCapitalised(item) || isNumber(item.text) || (item.text.length <= 4 && (words.grammar.prepositions.has(item.lower) || words.grammar.determiners.has(item.lower) || /^(and|or|but|to|as|if|nor|so)$/.test(item.lower))))
}

function impersonal(items: Item[], beIndex: number): boolean {
  return beIndex >= 1 && items[beIndex - 1].lower === 'it'
}

/** Nouns of a view or of words that "in X's ..." gives as someone's: "in her view", "in his words". */
const viewNouns = /^(view|views|words|opinion|estimation|judgment|judgement|eyes|telling|account|reading)$/
/** The pronoun a possessive stands for: "their view" is theirs. */
const possessivePronouns: Record<string, string> = {his: 'he', her: 'she', their: 'they', its: 'it'}

/**
 * "in Borja's view", "in the mayor's words", "in their view", "in the view of the harbour board":
 * the view noun (the cue), the owner as the source, and the last index read. Not "in full view",
 * "in view of the cost" or "in other words".
 */
function viewOf(items: Item[], index: number, words: Words): {cue: number, source: Item[], end: number} | undefined {
  const next = items[index + 1]
  if (next?.kind !== 'word') return undefined
  // "in the view of the harbour board".
  if (next.lower === 'the' && viewNouns.test(items[index + 2]?.lower ?? '') && items[index + 3]?.lower === 'of') {
    const source = phraseAfter(items, index + 4, words)
    return source.length > 0 ? {cue: index + 2, source, end: index + 3 + source.length} : undefined
  }
  // "in their view": the possessive pronoun stands for its person.
  const pronoun = possessivePronouns[next.lower]
  if (pronoun && viewNouns.test(items[index + 2]?.lower ?? '')) return {cue: index + 2, source: [{...next, text: pronoun, lower: pronoun}], end: index + 2}
  // "in Borja's view", "in the harbour board's words": a possessive within five words.
  for (let at = index + 1; at < items.length && at <= index + 5 && items[at].kind === 'word'; at++) {
    // "in Forbes’ words": a plural possessive's apostrophe may stand apart from its word.
    const apart = items[at + 1]?.kind === 'mark' && /^['’]$/.test(items[at + 1].text) && items[at + 1].start === items[at].end && /s$/.test(items[at].text)
    if (apart) {
      if (!viewNouns.test(items[at + 2]?.lower ?? '')) return undefined
      return {cue: at + 2, source: items.slice(index + 1, at + 1), end: at + 2}
    }
    const owner = /^(.+)['’]s?$/.exec(items[at].text)
    if (!owner) continue
    if (!viewNouns.test(items[at + 1]?.lower ?? '')) return undefined
    const last = {...items[at], text: owner[1], lower: owner[1].toLowerCase(), end: items[at].start + owner[1].length}
    return {cue: at + 1, source: [...items.slice(index + 1, at), last], end: at + 1}
  }
  return undefined
}

/** Nouns of someone's words: "her answer was that", "his reply was:". */
const answerNouns = /^(answer|response|reply|retort|message|argument|explanation|excuse|verdict|advice|warning|promise|pitch|refrain|line)$/

/**
 * The owner of the words before "was" or "is": "The Florida senator's" in "The Florida senator's
 * answer was that “...”", when "that", a colon or a quote follows. Not "the senator's record was
 * that of a moderate" (no noun of words) nor "his answer was wrong".
 */
function answerOwner(items: Item[], be: number, words: Words): Item[] | undefined {
  const noun = items[be - 1]
  const after = items[be + 1]
  // 'was that "..."', 'was: "..."', 'was "..."', and as written in other newsrooms: 'was, "..."',
  // 'was simple: "..."' (one word before the colon; 'His answer was wrong, and ...' ties nothing).
  const quoteNext = (at: number) => items[at]?.kind === 'quote'
  const gives = after !== undefined && (after.lower === 'that' || after.text === ':' || after.kind === 'quote' || (after.text === ',' && quoteNext(be + 2)) ||
    (after.kind === 'word' && items[be + 2]?.text === ':' && quoteNext(be + 3)))
  if (noun?.kind !== 'word' || !answerNouns.test(noun.lower) || !gives) return undefined
  const possessive = items[be - 2]
  if (possessive?.kind !== 'word') return undefined
  const pronoun = possessivePronouns[possessive.lower]
  if (pronoun) return [{...possessive, text: pronoun, lower: pronoun}]
  const owner = /^(.+)['’]s?$/.exec(possessive.text)
  if (!owner) return undefined
  const last = {...possessive, text: owner[1], lower: owner[1].toLowerCase(), end: possessive.start + owner[1].length}
  return [...phraseBefore(items, be - 3, words), last]
}

/**
 * Does the stretch that ends at the comma `comma` open with "who" or "which" after another comma?
 * "Two people close to the developer, who spoke on condition ..., said the company plans to build":
 * the relative clause describes the subject before it, so the verb is not inverted.
 */
function relativeClauseBefore(items: Item[], comma: number): boolean {
  for (let index = comma - 1; index > 0; index--) {
    const item = items[index]
    if (item.kind === 'quote' || (item.kind === 'mark' && /^[.;:!?]$/.test(item.text))) return false
    if (item.kind === 'mark' && item.text === ',') return false
    if (item.kind === 'word' && /^(who|whose|which)$/.test(item.lower)) return items[index - 1]?.text === ','
  }
  return false
}

/**
 * Words that open a clause of condition, time or reason standing before the sentence's own ("If
 * ..., ", "Unless rivals quit, ..."); not "as", which attributes ("As Ruiz said, ...").
 */
export const subordinators = /^(if|when|whenever|while|although|though|because|since|once|unless|until|after|before)$/

/**
 * Is the word at `at` inside an opening clause that a comma closes? "If the records show that the
 * mayor erred, an aide could face an inquiry": the records report their clause, not what the
 * writer says after the comma ("When asked, Ruiz said ..." has its cue after the comma).
 */
function inOpeningClause(items: Item[], at: number): boolean {
  if (!subordinators.test(items[0]?.lower ?? '')) return false
  // The clause ends at the sentence's first comma ("Unless ..., the experts say, the world could
  // ..." has its cue after it); a dash, a colon or a quote on the way leaves the shape unclear.
  for (let index = 1; index < items.length; index++) {
    const item = items[index]
    if (item.kind === 'mark' && item.text === ',') return index > at
    if (item.kind === 'quote' || (item.kind === 'mark' && /^[.;:!?—–-]$/.test(item.text))) return false
  }
  return false
}

/** Nouns of hearsay: what "is that ..." gives nobody's name to. */
const hearsayNouns = /^(word|rumor|rumour|rumors|rumours|talk|buzz|gossip|chatter|scuttlebutt|speculation|consensus|thinking|feeling|belief|expectation|assumption)$/

/**
 * "Word around the district office is that", "the rumor in town was that", "rumor has it that":
 * the hearsay noun, a short place, and "is that" or "has it" make a vague cue, its source the
 * hearsay phrase (shared spec: "it is said" and "reports" are vague).
 */
function hearsayAt(items: Item[], index: number, words: Words): FoundCue | undefined {
  const item = items[index]
  if (!hearsayNouns.test(item.lower)) return undefined
  const previous = items[index - 1]
  if (previous && !(previous.kind === 'mark' || /^(the|a|and|but|so)$/.test(previous.lower))) return undefined
  for (let at = index + 1; at < items.length && at <= index + 7; at++) {
    const word = items[at]
    if (word.kind !== 'word') return undefined
    // "is that of a bay" compares; "is that the levy will pass" reports.
    const that = /^(is|was)$/.test(word.lower) && items[at + 1]?.lower === 'that' && items[at + 2]?.lower !== 'of'
    const hasIt = word.lower === 'has' && items[at + 1]?.lower === 'it'
    if (that || hasIt) {
      const source = items.slice(previous?.lower === 'the' || previous?.lower === 'a' ? index - 1 : index, at)
      const text = source.map((part) => part.text).join(' ')
      const last = items[at + 1]
      return {start: item.start, end: last.end, phrase: items.slice(index, at + 2).map((part) => part.text).join(' '), base: 'hearsay', belief: false,
        source: {start: source[0].start, end: source.at(-1)!.end, text, kind: 'vague', head: item.lower, plural: false}}
    }
    if (words.grammar.auxiliaries.has(word.lower) || words.cueForms.has(word.lower)) return undefined
  }
  return undefined
}

/** Forms of "hear" and "learn", which take their source after "from". */
const hearingForms = /^(hear|hears|heard|hearing|learn|learns|learned|learnt|learning)$/

export function findCues(items: Item[], words: Words): FoundCue[] {
  const cues: FoundCue[] = []
  // Words of a source phrase already read ("according to prior reporting") are not cues themselves.
  let skipUntil = 0
  const add = (start: Item, end: Item, base: string, found: Item[], belief = false) => {
    // "Dana Ruiz ... and in a statement credited him": a subject that is only an adverbial gives
    // way to the sentence's opening subject, when the verb comes after it.
    let phrase = nounPhrase(items, found, words)
    // "..., calling the mayor's proposed child care credit “...”": a participle's clause is no subject.
    if (participleClause(items, phrase)) return
    if (phrase.length === 0 && found.length > 0) {
      const opening = openingSubject(items, words)
      phrase = opening.length > 0 && items.indexOf(opening.at(-1)!) < items.indexOf(start) ? opening : []
    }
    // "Two aides and a former adviser said", "said two aides and a lawyer": every conjunct.
    const conjuncts = conjunctsOf(items, phrase, phrase.length > 0 && items.indexOf(phrase.at(-1)!) < items.indexOf(start), words, phraseReaders)
    const own = phrase
    if (conjuncts.length > 1 || conjuncts[0] !== phrase) phrase = items.slice(items.indexOf(conjuncts[0][0]), items.indexOf(conjuncts.at(-1)!.at(-1)!) + 1)
    if (phrase.length > 0 && items.indexOf(phrase.at(-1)!) >= skipUntil && items.indexOf(phrase[0]) > items.indexOf(start)) skipUntil = items.indexOf(phrase.at(-1)!) + 1
    const embedded = (phrase.length > 0 && items[items.indexOf(phrase[0]) - 1]?.lower === 'what') || inOpeningClause(items, items.indexOf(end))
    const cuePhrase = items.slice(items.indexOf(start), items.indexOf(end) + 1).map((item) => item.text).join(' ')
    for (const source of coordinatedSources(conjuncts, phrase, own, words)) {
      if (source.kind === 'vague' && describedByClause(items, phrase, source, words)) source.kind = 'anonymous'
      // Written out, the flag added only when set: a spread gave each cue a hidden class of its own (sources.ts).
      const cue: FoundCue = {start: start.start, end: end.end, phrase: cuePhrase, base, belief, source}
      if (embedded) cue.embedded = embedded
      cues.push(cue)
    }
  }
  const headline = isTitleCase(items, words)
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (item.kind !== 'word') continue
    const next = items[index + 1]
    const previous = items[index - 1]

    // "Word around the district office is that ...", "The rumor in the newsroom was that ...",
    // "Rumor has it that ...": hearsay as the subject of what follows is a vague source.
    const hearsay = hearsayAt(items, index, words)
    if (hearsay) {
      cues.push(hearsay)
      index = items.findIndex((word) => word.end === hearsay.end)
      continue
    }
    if (item.lower === 'according' && next?.lower === 'to') {
      add(item, next, 'according to', makerOf(items, phraseAfter(items, index + 2, words), words))
      index++
      continue
    }
    // "In Borja's view, ...", "in their words", "in the view of the harbour board": a view or words
    // given as someone's attribute what the sentence says to them.
    if (item.lower === 'in') {
      const view = viewOf(items, index, words)
      if (view) {
        add(items[view.cue], items[view.cue], 'view', view.source)
        index = view.end
        continue
      }
    }
    // "The senator's answer was that “...”", "Ruiz's reply was: “...”": what someone's words were
    // is theirs.
    const owner = item.lower === 'was' || item.lower === 'is' ? answerOwner(items, index, words) : undefined
    if (owner) {
      add(items[index - 1], item, 'answer', owner)
      continue
    }
    // "As reported by the Ledger, ...", "as first noted in the Harbour Gazette": the maker of the
    // report is the source, as with "according to".
    const asVerb = item.lower === 'as' ? (next?.kind === 'word' && /^(first|previously|earlier|originally)$/.test(next.lower) ? index + 2 : index + 1) : -1
    const asParticiple = asVerb > 0 ? items[asVerb] : undefined
    if (asParticiple?.kind === 'word' && isPastParticiple(asParticiple.lower) && words.cueForms.has(asParticiple.lower) && /^(by|in)$/.test(items[asVerb + 1]?.lower ?? '')) {
      add(asParticiple, asParticiple, words.cueForms.get(asParticiple.lower)!, phraseAfter(items, asVerb + 2, words))
      index = asVerb + 1
      continue
    }
    // "We're hearing from sources inside the county office that ...", "I learned from a deputy
    // that ...": a reporter's first person hears it from the source after "from".
    if (hearingForms.test(item.lower) && next?.lower === 'from') {
      const from = phraseAfter(items, index + 2, words)
      const after = items[index + 2 + from.length]
      if (from.length > 0 && after !== undefined && (after.lower === 'that' || after.kind === 'quote' || after.text === ':')) {
        add(item, next, 'hear from', from)
        index++
        continue
      }
    }
    if (item.lower === 'cited' && next?.lower === 'by') {
      add(item, next, 'cited by', phraseAfter(items, index + 2, words))
      index++
      continue
    }
    // "per the Norrmark Customs Agency", not "per cent" or "$5 per share".
    if (item.lower === 'per' && next && (!previous || previous.text === ',' || previous.text === '(') && next.kind === 'word' && (isCapitalised(next) || words.grammar.determiners.has(next.lower))) {
      add(item, item, 'per', phraseAfter(items, index + 1, words))
      continue
    }

    if (index < skipUntil) continue
    const phrasal = phrasalCue(items, index, words)
    if (phrasal) {
      const subject = subjectBefore(items, index, words)
      if (subject && subject.length > 0) add(item, items[phrasal.end], phrasal.base, subject)
      skipUntil = Math.max(skipUntil, phrasal.end + 1)
      continue
    }
    const base = words.cueForms.get(item.lower)
    if (!base) continue
    // "The plan drew protests.", "The vote sparked demands for a recount": an -s form right after a
    // verb in the past, with nothing after it but a stop, a preposition or "and", is its object, a
    // noun. "The memo the board obtained claims the levy is ...": with a clause after it, the verb.
    if (item.lower !== base && /s$/.test(item.lower) && previous?.kind === 'word' && !isCapitalised(previous) && isPastTense(previous.lower) && !words.grammar.auxiliaries.has(previous.lower) &&
      (!next || (next.kind === 'mark' && next.text !== ':') || (next.kind === 'word' && (words.grammar.prepositions.has(next.lower) || /^(and|or)$/.test(next.lower))))) continue
    // "Redcliff State Correctional Facility", "the Post": a name, not a verb. In a headline in Title
    // Case ("Mayor Says Budget Is Balanced", "Critics Say ...") an inflected form, or a base form
    // after a plural, is still the verb; "State Report Finds" keeps its noun.
    if (isCapitalised(item) && !item.initial && !(headline && (item.lower !== base || /s$/.test(previous?.lower ?? '')))) continue
    // "Ruiz distanced herself from the plan by saying it was rushed": the clause's subject speaks.
    if (item.lower.endsWith('ing') && /^(by|in)$/.test(previous?.lower ?? '') && (!words.ambiguousVerbs.has(base) || words.composingVerbs.has(base)) && speechFollows(items, index + 1, words, base)) {
      const subject = openingSubject(items, words)
      if (subject.length > 0 && items.indexOf(subject[0]) < index - 1) add(item, item, base, subject, words.beliefVerbs.has(base))
      continue
    }
    // "his claims", "a report", "from other states", "to show": a noun or an infinitive, not a reporting verb.
    // But "Some say", "Many believe": a crowd word before a verb's base form is its subject.
    // "Another said", "Each added": a determiner that opens the sentence alone is its subject.
    // "Yet another said", "And another added": an adverb or a conjunction may open the sentence first.
    // "Parents packed the hall, and many say ...": a conjunction after a comma opens a clause too.
    const opensSentence = (word: Item) => word.initial || ((items[index - 2]?.initial === true || items[index - 3]?.text === ',' || items[index - 3]?.text === ';') && /^(yet|still|and|but|then|so)$/.test(items[index - 2]?.lower ?? ''))
    const crowdSubject = previous?.kind === 'word' && (previous.initial || items[index - 2]?.kind !== 'word' || opensSentence(previous)) &&
      ((words.vagueDeterminers.has(previous.lower) && item.lower === base) || (opensSentence(previous) && /^(another|each|either|neither)$/.test(previous.lower)))
    const contracted = contractedSubject(previous)
    // "a former aide who worked with her said": "her" is an object there, and "said" is never a noun.
    const objectHer = previous?.lower === 'her' && (item.lower === 'said' || item.lower === 'told')
    // "Officials all said": a quantifier after its noun makes no noun of the verb.
    const floating = floatingQuantifier(items, index - 1, words)
    if (!crowdSubject && !floating && previous && previous.kind === 'word' && ((words.grammar.determiners.has(previous.lower) && !objectHer) || (/['’]s$/.test(previous.lower) && !contracted) || isNumber(previous.text) || (words.grammar.numberWords.has(previous.lower) && /s$/.test(item.lower)) ||
      (words.grammar.prepositions.has(previous.lower) && !surnameLikePreposition(items, index - 1)) || (nounMakers.has(previous.lower) && !adverbBeforePast(items, index, words)) || words.vagueDeterminers.has(previous.lower))) continue
    // "remarkably generous comments", "the personal remarks", "one claim that": a noun.
    if (!crowdSubject && (afterAdjective(items, index, words) || (previous?.lower === 'one' && item.lower === base))) continue
    // "analysts expect claims to exceed": after another verb of speech or belief, a noun
    // (but "Reports suggest", "the reports suggest" have the noun first).
    const beforePrevious = items[index - 2]
    // "Two residents who testified said": the verb of a relative clause, then the sentence's own
    // verb in the past, is no noun.
    const afterRelativeVerb = beforePrevious?.kind === 'word' && /^(who|that|which)$/.test(beforePrevious.lower) && isPastTense(item.lower)
    // "the secretary of state said", "The Washington Post reported": a form after a preposition, or
    // a capitalised one (a name), is the noun, and the verb is this one.
    // "Another source familiar with Ruiz's thinking said": "said" and "told" are never nouns.
    if (previous?.kind === 'word' && !previous.initial && !isCapitalised(previous) && words.cueForms.has(previous.lower) && !/^(said|told)$/.test(item.lower) && !words.grammar.auxiliaries.has(previous.lower) &&
      !(beforePrevious?.kind === 'word' && (words.grammar.determiners.has(beforePrevious.lower) || words.grammar.prepositions.has(beforePrevious.lower))) && !afterRelativeVerb) continue
    // "a report by the board", "the statement of": a noun followed by its maker.
    if (next?.kind === 'word' && /^(by|of)$/.test(next.lower) && !isPastTense(item.lower) && !/^(says|tells)$/.test(item.lower)) continue
    // "an anonymous warning", "his winning record": an -ing form is a cue only as a participle
    // after a comma, in "are saying", or right after its subject ("the Pentagon reporting").
    // "issued a statement saying", "a letter warning": a document speaks through its participle.
    const document = item.lower.endsWith('ing') && previous?.kind === 'word' && words.documentWords.has(previous.lower) && speechFollows(items, index + 1, words, base) ? documentBefore(items, index - 1, words) : undefined
    if (item.lower.endsWith('ing') && previous && previous.kind === 'word' && !contracted && !words.grammar.beVerbs.has(previous.lower) && !isCapitalised(previous) && !words.anonymousRoles.has(previous.lower) && !words.vagueSources.has(previous.lower) &&
      !document && !afterCommaPhrase(items, index - 1, words)) continue
    const belief = words.beliefVerbs.has(base)

    const beIndex = skipBackOverAuxiliaries(items, index - 1, words)
    const between = index > 0 && beIndex < index - 1 ? items.slice(beIndex + 1, index) : []
    // "are saying" is progressive, not passive.
    // "We're told by sources ...": a contracted "are" or "am" is the passive's "be" too.
    const contractedBe = between.length === 0 && previous?.kind === 'word' && /^(we|they|you|i)['’](re|m)$/.test(previous.lower)
    const passive = !item.lower.endsWith('ing') && (between.some((word) => words.grammar.beVerbs.has(word.lower)) || contractedBe || reducedRelative(items, index))
    // "did not respond to a request for comment", "has not commented publicly": a verb of speech
    // negated, with nothing said after it, attributes nothing and names no source to explain. "did
    // not say whether the plan would pass", "would not say when" still report on what was (not) said.
    const negated = between.some((word) => words.negations.has(word.lower))
    if (negated && !saysSomething(items, index + 1, words, base)) continue
    // "visitors can ask for refunds", "the board will announce": speech yet to happen attributes nothing.
    // "could only quip: “...”" gives the words all the same.
    if (!negated && item.lower === base && between.some((word) => modals.has(word.lower)) && !quoteFollows(items, index + 1)) continue
    // "she's written" has the "has" of "she has written"; "it's said" is "it is said", impersonal.
    const perfect = between.some((word) => /^(has|have|had)$/.test(word.lower)) || (contracted !== undefined && contracted.lower !== 'it')
    // A participle that is never a past tense is a cue after "has" or "was" only: "has written", not
    // "ratios written into law".
    if (isParticipleOnly(item.lower) && !passive && !perfect) continue
    if (passive) {
      // "was called “...” by Ortega", "was described as “...” by Ortega": the agent may follow the quote the verb names.
      const named = next?.lower === 'as' ? index + 2 : index + 1
      const agent = next?.lower === 'by' ? index + 2 : items[named]?.kind === 'quote' && items[named + 1]?.lower === 'by' ? named + 2 : -1
      if (agent > 0) add(item, item, base, phraseAfter(items, agent, words))
      // "Ortega was quoted as saying ...", "was quoted saying": the subject is who said it.
      else if ((next?.lower === 'as' && items[index + 2]?.lower === 'saying') || next?.lower === 'saying') {
        const subject = subjectBefore(items, index, words)
        if (subject) add(item, item, base, subject, belief)
      } else if (next?.lower !== 'to' && impersonal(items, beIndex + 1)) {
        // "it is said", "it is believed": an impersonal form is a vague source (shared spec).
        const it = items[beIndex]
        cues.push({start: it.start, end: item.end, phrase: items.slice(beIndex, index + 1).map((word) => word.text).join(' '), base, belief, source: {start: it.start, end: item.end, text: items.slice(beIndex, index + 1).map((word) => word.text).join(' '), kind: 'vague', head: 'it', plural: false}})
      }
      continue
    }

    // "“...,” said Imani Castellanos" and "The cuts will hurt islanders, said Leif Dahl, who ...":
    // the source follows the verb when a quote or a clause comes first.
    const after = previous?.text === ',' && next?.kind === 'word' ? phraseAfter(items, index + 1, words) : []
    const afterEnd = items[index + 1 + after.length]
    const opensPhrase = (word: Item) => isCapitalised(word) || words.grammar.determiners.has(word.lower) || words.vagueDeterminers.has(word.lower) || words.grammar.numberWords.has(word.lower) || isNumber(word.text)
    // "The bridge was unsafe, said a woman who lives nearby": a relative clause may follow the
    // source, and so may another ("..., said Ann Price and a senior aide": Price is the first).
    const clauseFirst = invertingVerbs.has(base) && after.length > 0 && !relativeClauseBefore(items, index - 1) && (!afterEnd || afterEnd.kind === 'mark' || /^(who|whose|whom)$/.test(afterEnd.lower) || (afterEnd.lower === 'and' && !item.lower.endsWith('ing') && items[index + 2 + after.length] !== undefined && opensPhrase(items[index + 2 + after.length]))) && opensPhrase(after[0]) && classifySource(after, words) !== undefined
    // A quoted string too short to be a quote ("“We trusted them,” said ...") still puts the verb first.
    const quoteLike = (item: Item | undefined) => item?.kind === 'quote' || (item?.kind === 'mark' && /^["”»]$/.test(item.text))
    // "“...,” promising the union will return": a participle after a quote is no inverted verb; its
    // subject is the clause's, not the phrase after it.
    const inverted = !item.lower.endsWith('ing') && (quoteLike(previous) || (previous?.text === ',' && quoteLike(items[index - 2]))) || clauseFirst
    // "on a conference call", "a brand label": after a determiner and a noun, a base form is a noun.
    // "in a Facebook post" too: a name between them is the noun's modifier.
    // But "The union insists the branch stays open": an -s form with what was said after it is the verb;
    // and in "the two write" the number is the subject, as the plural noun is in "The authors write
    // that ..." or "The plaintiffs claim that ..." (a plural rarely modifies a noun: not "the authors
    // write" but "the author's note"; "a news post that ..." is a mass noun's).
    if (words.ambiguousVerbs.has(base) && (item.lower === base || (item.lower === base + 's' && !speechFollows(items, index + 1, words, base))) && previous?.kind === 'word' &&
      !words.grammar.auxiliaries.has(previous.lower) && !words.grammar.numberWords.has(previous.lower) && items[index - 2]?.kind === 'word' && words.grammar.determiners.has(items[index - 2].lower) &&
      !(item.lower === base && pluralNoun(previous) && speechFollows(items, index + 1, words, base))) continue
    // "a 2023 engine recall", "the union report": a base form right after a singular noun that a
    // determiner or a year opens is a noun; a verb there would be "recalls" ("the staff say" is plural).
    // "Observers of the case note": the noun ends a phrase after a preposition; the subject is before it.
    // "the two write", "the three say": a number is the subject itself, not a noun's modifier.
    // "the sales report that came out": a mass noun in -s is a modifier too.
    if (item.lower === base && previous?.kind === 'word' && !isCapitalised(previous) && (!/s$/.test(previous.lower) || massNounsInS.test(previous.lower)) && !words.grammar.auxiliaries.has(previous.lower) &&
      !words.grammar.numberWords.has(previous.lower) &&
      !words.vagueSources.has(previous.lower) && !words.anonymousRoles.has(previous.lower) && items[index - 2]?.kind === 'word' &&
      (words.grammar.determiners.has(items[index - 2].lower) || isNumber(items[index - 2].text)) &&
      !(items[index - 3]?.kind === 'word' && words.grammar.prepositions.has(items[index - 3].lower))) continue
    // "a person briefed on the talks": a participle describing a noun, not a verb of speech; but
    // "An aide posted on Facebook that ..." says what the post said.
    if (words.ambiguousVerbs.has(base) && /ed$/.test(item.lower) && next?.kind === 'word' && /^(on|about|with|in|by)$/.test(next.lower) && skipTimeWords(items, index + 1, words) === index + 1 && previous?.kind === 'word' && !words.grammar.auxiliaries.has(previous.lower) &&
      !(words.composingVerbs.has(base) && thatAfterPlace(items, index + 2, words))) continue
    // "“...,” the company tweeted Sunday", "“...,” Ruiz wrote in a note to the board": a quote
    // before the subject is what the verb reports, whatever follows it. "tweeted a warning",
    // "tweeted their approval": a text whose object is itself speech.
    if (words.ambiguousVerbs.has(base) && !inverted && !speechFollows(items, index + 1, words, base) && !quoteBeforeSubject(items, index, words) &&
      !(words.composingVerbs.has(base) && speechObject(items, index + 1, words))) continue

    if (inverted && next?.kind === 'word') {
      // "the mayor's “divisive” comments do not “fit ...”": a verb after the form makes it a noun,
      // whose own verb follows; a subject after an inverted verb is a noun phrase, and not an
      // infinitive ("The candidate labeled “...” continues to lead").
      if (words.grammar.finiteVerbs.has(next.lower) || next.lower === 'to') continue
      const described = phraseAfter(items, index + 1, words)
      add(item, item, base, nameAfterDescription(items, index + 1 + described.length, described) ?? described, belief)
      continue
    }
    const subjectEnd = skipBackOverAuxiliaries(items, index - 1, words)
    const before = items[subjectEnd]
    if (!before) continue
    // "... praise for “harbour values,” saying the town ...": a quote whose comma stands inside
    // its marks ends the clause before a participle as a comma does.
    if ((before.text === ',' || before.text === ')' || closesClause(items, subjectEnd)) && item.lower.endsWith('ing')) {
      // "Castellanos responded on Tuesday, saying ...": a participle's source is the clause's
      // subject; with no earlier cue ("imposed a tariff, citing ...") it is left alone.
      const earlier = cues.at(-1)
      const clause = clauseSubjectBefore(items, subjectEnd, earlier?.end ?? 0, words)
      if (clause) add(item, item, base, clause, belief)
      else if (earlier) cues.push({...earlier, start: item.start, end: item.end, phrase: item.text, base, belief})
      // "Pelican is likely to cut routes, saying fuel costs rose": the opening subject speaks;
      // verbs with other senses ("citing") need an earlier cue, or a quote in their clause
      // ("Ruiz interjected, calling the plan “a giveaway”").
      else if (!words.ambiguousVerbs.has(base) || words.composingVerbs.has(base)) add(item, item, base, openingSubject(items, words), belief)
      // "when dock workers cut into his remarks, shouting “...”": with a quote, the
      // subject of the verb the participle follows speaks.
      else if (quoteInClause(items, index + 1)) {
        const clauseSubject = subjectOfVerbBefore(items, subjectEnd, words)
        if (clauseSubject) add(item, item, base, clauseSubject, belief)
      }
      continue
    }
    // "The club issued a statement saying ...": who issued the document speaks through it; the
    // document itself when nobody is named ("a statement saying ..." opening the sentence).
    const issuer = document ? subjectBefore(items, items.indexOf(document[0]) - 1, words) : undefined
    const subject = document ? (issuer?.length ? issuer : document) : subjectBefore(items, index, words)
    if (!subject) continue
    if (item.lower === base && between.length === 0 && nounAfterVerb(items, index, subject, words)) continue
    add(item, item, base, subject, belief)
  }
  return cues
}

const phraseReaders: PhraseReaders = {before: phraseBefore, after: phraseAfter}

/**
 * "People who have worked with the director for a decade say", "residents whose homes flooded
 * said": a crowd word that is vague alone is described by its relative clause, as "people familiar
 * with the talks" is by its phrase: anonymous. "Some who know him", "some residents who ..." stay vague.
 */
function describedByClause(items: Item[], phrase: Item[], source: Source, words: Words): boolean {
  if (phrase.length === 0 || !words.bareVague.has(source.head) || words.vagueSources.has(phrase[0].lower) && phrase[0].lower !== source.head) return false
  if (/^(some|many|others)$/.test(source.head) || phrase.some((item) => words.vagueDeterminers.has(item.lower))) return false
  const next = items[items.indexOf(phrase.at(-1)!) + 1]
  return next?.kind === 'word' && /^(who|whose)$/.test(next.lower)
}

/**
 * The sources of a cue whose subject has `conjuncts` (`whole` spans them all): one source when they
 * are one kind ("Two aides and a former adviser": anonymous, the whole phrase, so its count is no
 * figure); one per conjunct when they differ ("Ann Price and a senior aide": a named source and an
 * anonymous one, the named first). A pronoun among them ("she and two aides") keeps the conjunct
 * next to the verb (`own`), as the pronoun is resolved later.
 */
function coordinatedSources(conjuncts: Item[][], whole: Item[], own: Item[], words: Words): Source[] {
  if (conjuncts.length === 1) {
    const source = classifySource(whole, words)
    return source ? [source] : []
  }
  const each = conjuncts.map((conjunct) => classifySource(conjunct, words))
  if (each.some((source) => !source || source.pronoun)) {
    const nearest = classifySource(own, words)
    return nearest ? [nearest] : []
  }
  const sources = each as Source[]
  if (sources.every((source) => source.kind === sources[0].kind)) {
    const all = classifySource(whole, words)!
    return [{start: all.start, end: all.end, text: all.text, kind: sources[0].kind, head: sources[0].head, plural: true}]
  }
  return [...sources.filter((source) => source.kind === 'named'), ...sources.filter((source) => source.kind !== 'named')]
}

/**
 * The person who opens a clause of time between an earlier cue and a participle's comma: in
 * "“...?” Ortega asks as a stagehand walks in front of her, saying he is “...”", the stagehand
 * speaks. Only a person or a name: in "Ortega spoke as the rain fell, saying ..." Ortega does.
 */
function clauseSubjectBefore(items: Item[], comma: number, after: number, words: Words): Item[] | undefined {
  for (let index = comma - 1; index > 0 && items[index].start >= after; index--) {
    const item = items[index]
    if (item.kind !== 'word') return undefined
    if (!/^(as|while)$/.test(item.lower)) continue
    for (let verb = index + 2; verb < comma; verb++) {
      if (items[verb].kind !== 'word' || !hasVerbEnding(items[verb].text)) continue
      const subject = subjectBefore(items, verb, words)
      if (!subject || subject[0] !== items[index + 1]) continue
      const source = classifySource(subject, words)
      const person = source && !source.pronoun && (source.kind === 'anonymous' || (source.kind === 'named' && subject.every((word) => isCapitalised(word))))
      return person ? subject : undefined
    }
    return undefined
  }
  return undefined
}

/** The sentence's verb in any tense after a described noun: "has led", "will lead", "is leading", "led", "won". */
const sentenceVerb = (word: string) => /^(has|have|had|is|was|are|were|will|would|can|could|may|might|must|should|does|did)$/.test(word) || isIrregularPast(word)

/**
 * A participle that describes the noun before it, with a quote, before the sentence's verb: "The
 * candidate labeled “the steadiest hand in the race” leads the field" (or "led", "has led", "will lead"). Not "What Ortega called “a
 * giveaway” remains law", where the clause is Ortega's.
 */
export function reducedRelative(items: Item[], index: number): boolean {
  const item = items[index]
  const quote = items[index + 1]
  const verb = items[index + 2]
  if (!/^[a-z]+ed$/.test(item.text) || quote?.kind !== 'quote' || verb?.kind !== 'word') return false
  // Any tense after a verb of naming ("dubbed “...” will lead"); after a verb of speech only an -s
  // or -ed form, as "Ortega argued “the new levy” will hurt farms" is Ortega's clause.
  const anyTense = /^(dubbed|labell?ed|branded|nicknamed|termed|called|named)$/.test(item.text) && sentenceVerb(verb.text)
  if (!anyTense && !hasVerbEnding(verb.text)) return false
  for (let at = index - 1; at >= 0 && items[at].kind === 'word'; at--) if (items[at].lower === 'what') return false
  return true
}

/** Endings of adjectives: "personal", "positive", "furious", "hopeful", "angry" is left out. */
const adjectiveEnding = /^[a-z]{3,}(al|ive|ous|ful|ic|able|ible|less|ish)$/

/**
 * Is the reporting-verb form at `index` a noun after an adjective that a determiner, a preposition,
 * a possessive or an adverb opens? "a stream of remarkably generous comments", "for the personal
 * remarks". Not "the public says", "the official remarks that", "the local paper's editorial warns":
 * nouns with an adjective's ending (a list) and the engine's role words can be subjects.
 */
function afterAdjective(items: Item[], index: number, words: Words): boolean {
  const previous = items[index - 1]
  const before = items[index - 2]
  if (previous?.kind !== 'word' || before?.kind !== 'word' || !adjectiveEnding.test(previous.text)) return false
  const lower = previous.lower
  if (words.grammar.adjectiveNouns.has(lower) || words.anonymousRoles.has(lower) || words.vagueSources.has(lower) || words.officeTitles.has(lower) || words.opinionGroups.has(lower) || words.institutions.has(lower) || words.documentWords.has(lower)) return false
  return words.grammar.determiners.has(before.lower) || words.grammar.prepositions.has(before.lower) || isAdverb(before, words) || (/['’]s$/.test(before.lower) && !contractedSubject(before))
}

/**
 * "a statement" in "issued a statement saying": the document noun back to its determiner, when a
 * verb or nothing stands before it (not "on the road to the ferry saying").
 */
function documentBefore(items: Item[], noun: number, words: Words): Item[] | undefined {
  for (let index = noun; index >= 0 && noun - index < 4; index--) {
    const item = items[index]
    if (item.kind !== 'word') return undefined
    if (!words.grammar.determiners.has(item.lower)) continue
    const verb = items[index - 1]
    const issued = verb?.kind !== 'word' || (!isCapitalised(verb) && (isPastTense(verb.text) || /^[a-z]+s$/.test(verb.text)) && !words.grammar.prepositions.has(verb.lower))
    return issued ? items.slice(index, noun + 1) : undefined
  }
  return undefined
}

/**
 * "Her record on housing drew praise", "the plan won approval": a reporting verb's base form right
 * after a verb in the past, when its subject is one thing ("record", not "officials familiar with
 * the talks say" or "police say"), is a noun: the object of the verb before it.
 */
function nounAfterVerb(items: Item[], index: number, subject: Item[], words: Words): boolean {
  const previous = items[index - 1]
  // The verb before it is in the past: "drew praise", "won approval", "received praise".
  if (previous?.kind !== 'word' || isCapitalised(previous) || !(isPastTense(previous.lower) || isPastParticiple(previous.lower))) return false
  const source = classifySource(subject, words)
  if (!source || source.pronoun || source.plural || source.kind === 'vague' || source.head === previous.lower) return false
  if (words.grammar.pluralNouns.has(source.head) || items[items.indexOf(subject[0]) - 1]?.lower === 'and') return false
  // "Forty percent of those asked say", "a majority of residents polled say": a share of a crowd.
  return !subject.some((item) => isNumber(item.text) || words.grammar.numberWords.has(item.lower) || /^(percent|majority|half|most|all|many|some|none)$/.test(item.lower) || /^[a-z]+-[a-z]+$/.test(item.lower) && words.grammar.numberWords.has(item.lower.split('-')[0]))
}

/**
 * The subject of the verb at `index`, read back over its auxiliaries: "Castellanos has said",
 * "Lom, who has claimed", "the museum's director, Corinne Abati, said". Undefined when no phrase
 * can be its subject (a mark or a quote stands before the verb).
 */
export function subjectBefore(items: Item[], index: number, words: Words): Item[] | undefined {
  const subjectEnd = skipBackOverAuxiliaries(items, index - 1, words)
  const before = items[subjectEnd]
  if (!before) return undefined
  const contracted = contractedSubject(before)
  if (contracted && contracted.lower !== 'who') return [contracted]
  if (before.kind === 'word') {
    // "Lom, who has claimed the audit was wrong, resigned": `who` stands for the name before it.
    if (words.grammar.relativePronouns.has(before.lower) && before.lower !== 'that') {
      const ahead = items[subjectEnd - 1]
      if (ahead?.kind === 'mark' && ahead.text === ',') return subjectAcrossCommas(items, subjectEnd - 1, words)
      if (ahead?.kind === 'word') return phraseBefore(items, subjectEnd - 1, words)
      return undefined
    }
    // "an investment he concludes has ...": a pronoun right before the verb is its whole subject.
    if (words.grammar.subjectPronouns.has(before.lower) && subjectEnd > 0) return [before]
    const phrase = withoutTimeTail(phraseBefore(items, subjectEnd, words), words)
    return nameBeforeDescription(items, phrase, words) ?? phrase
  }
  if (before.text === ')') {
    // "Sen. Ann Price (D-Ohio) said", "his office (in a statement) said": what is in brackets
    // describes the subject right before them.
    const open = openingBracket(items, subjectEnd)
    if (open > 0 && items[open - 1].kind === 'word') return subjectBefore(items, open, words)
  }
  if (before.text === ',' || before.text === ')') return subjectAcrossCommas(items, subjectEnd, words)
  if (isDash(before)) return subjectAcrossDashes(items, subjectEnd, words)
  return undefined
}

/** The "(" that the ")" at `close` closes, within the sentence, or -1. */
function openingBracket(items: Item[], close: number): number {
  for (let index = close - 1; index >= 0 && close - index <= maxPhrase + 2; index--) {
    if (items[index].text === ')' || items[index].kind === 'quote') return -1
    if (items[index].text === '(') return index
  }
  return -1
}

const isDash = (item: Item | undefined) => item?.kind === 'mark' && /^(—|–|--)$/.test(item.text)

/**
 * "Gingrich — named by the Ledger as a likely pick — told reporters", "A former mayor -- Dana Ruiz,
 * who lost in 2008 -- said": the subject stands before an aside between dashes; a name that opens
 * the aside is the one the description before it stands for.
 */
function subjectAcrossDashes(items: Item[], closing: number, words: Words): Item[] | undefined {
  let opening = closing - 1
  while (opening >= 0 && !isDash(items[opening]) && items[opening].kind !== 'quote' && !/^[.;:!?]$/.test(items[opening].text)) opening--
  if (opening <= 0 || !isDash(items[opening])) return undefined
  const named = phraseOpening(items, opening + 1, closing, words)
  const subject = withoutTimeTail(phraseBefore(items, opening - 1, words), words)
  if (subject.length === 0) return undefined
  return isProperName(named) && !isProperName(subject) ? named : subject
}

/**
 * "Dana Ruiz, the chair of the board said": a name that opens the sentence, then a description in
 * apposition whose closing comma is missing; the name is the subject, not the description.
 */
function nameBeforeDescription(items: Item[], phrase: Item[], words: Words): Item[] | undefined {
  const first = phrase[0]
  if (!first || !/^(the|a|an)$/.test(first.lower)) return undefined
  const comma = items.indexOf(first) - 1
  if (items[comma]?.text !== ',') return undefined
  let start = comma
  while (start > 0 && items[start - 1].kind === 'word' && (isCapitalised(items[start - 1]) || (start - 1 > 0 && nameParticles.test(items[start - 1].lower)))) start--
  const name = items.slice(start, comma)
  const opens = start === 0 || items[start - 1].kind === 'quote' || (items[start - 1].kind === 'mark' && items[start - 1].text !== ',')
  // "In December, the prince called ...", "On Monday, the mayor said": a time or place after its
  // preposition opens the sentence, and is no name.
  if (adverbialOpening(items, start, words) || name.some((word) => words.grammar.months.has(word.lower) || timeNouns.test(word.lower))) return undefined
  return opens && name.length >= 2 && isProperName(name) && classifySource(name, words)?.kind === 'named' ? name : undefined
}

/**
 * Does a prepositional phrase open at `from` ("of the Harbour Trust", "for example", "on Tuesday")?
 * "About 40 residents", "At least two aides", "Over half of voters" count people instead.
 */
function adverbialOpening(items: Item[], from: number, words: Words): boolean {
  const first = items[from]
  if (first?.kind !== 'word' || !words.grammar.prepositions.has(first.lower) || surnameLikePreposition(items, from)) return false
  const next = items[from + 1]
  if (/^(about|around|over|under|nearly|almost|roughly)$/.test(first.lower) && next && (isNumber(next.text) || words.grammar.numberWords.has(next.lower.split('-')[0]) || /^(half|a|one)$/.test(next.lower))) return false
  return !(first.lower === 'at' && /^(least|most)$/.test(next?.lower ?? ''))
}

/**
 * A source as a clean noun phrase (issue 13): "with Gorka noting" and "From Dana Ruiz, writing in
 * the Ledger:" name Gorka and Dana Ruiz; a prepositional phrase that is all there is ("on Tuesday",
 * "for example") names no one.
 */
function nounPhrase(items: Item[], phrase: Item[], words: Words): Item[] {
  const first = phrase[0]
  if (!first || !adverbialOpening(items, items.indexOf(first), words)) return phrase
  if (/^(with|from|among)$/.test(first.lower) && phrase.length > 1) return phrase.slice(1)
  // "at the debate in Tarsund - Mayor Ines Borja said": the subject follows the dash.
  for (let dash = phrase.length - 1; dash > 0; dash--) if (phrase[dash].kind === 'mark' && /^[-–—]$/.test(phrase[dash].text)) return phrase.slice(dash + 1)
  return []
}

/**
 * "according to a translation provided by the Mexican Embassy": the source is who provided it, the
 * Mexican Embassy. A document stays the source ("according to a report released by the agency").
 */
function makerOf(items: Item[], phrase: Item[], words: Words): Item[] {
  if (phrase.length === 0) return phrase
  // "according to interviews with three former aides", "conversations with two people close to
  // her": the people interviewed are the source, not the interviews.
  const withAt = phrase.findIndex((item) => item.lower === 'with')
  if (withAt > 0 && withAt < phrase.length - 1 && /^(interviews?|conversations?|discussions?)$/.test(phrase[withAt - 1].lower) &&
    phrase.slice(0, withAt - 1).every((item) => words.grammar.determiners.has(item.lower) || /^(several|many|recent|multiple|dozens)$/.test(item.lower))) return phrase.slice(withAt + 1)
  const after = items.indexOf(phrase.at(-1)!) + 1
  const participle = items[after]
  if (participle?.kind !== 'word' || !isPastParticiple(participle.lower) || items[after + 1]?.lower !== 'by') return phrase
  if (classifySource(phrase, words)?.kind === 'document') return phrase
  const maker = phraseAfter(items, after + 2, words)
  return maker.length > 0 ? maker : phrase
}

/** "Rep. Gwen Graham on Friday said": the time between a subject and its verb is not the subject. */
function withoutTimeTail(phrase: Item[], words: Words): Item[] {
  for (let index = 1; index < phrase.length - 1; index++) {
    const word = phrase[index]
    const next = phrase[index + 1].lower
    if (/^(on|last|this|in|at|early|late|during)$/.test(word.lower) && (timeNouns.test(next) || words.grammar.months.has(next))) return phrase.slice(0, index)
  }
  return phrase
}
