// Speech acts beyond the reporting verbs: a direct quote whose sentence has no cue is still spoken
// by the subject of the verb that carries it. "“Not in my town,” Reyes shot back", "Reyes mocked
// the plan as “a giveaway to developers”", "Ortega continued: “...”". The verb can be any verb (a
// reporter writes "fumed", "quipped", "bemoaned", "went on"), so its shape decides, next to the
// quote; the cue it makes ties the quote only, not the sentence's other claims.

import type {Words} from '../words.ts'
import {isAdverb, nameAfterDescription, participleClause, phraseAfter, reducedRelative, subjectBefore, subordinators, type FoundCue} from './cues.ts'
import {isCapitalised, isNumber, type Item} from './items.ts'
import {classifySource} from './sources.ts'
import {isIrregularPast, isPastParticiple, isPastTense} from '../verbs.ts'

/**
 * Is the word at `index` a past tense whose subject is the capitalised word right before it:
 * "-ed" or irregular ("Ruiz walked", "Ruiz spoke", "Ruiz met"), or a participle after "has" or
 * "had" ("Ruiz has spoken", "Ruiz had met")?
 */
export function pastAfterSubject(items: Item[], index: number, words: Words): boolean {
  const perfect = /^(has|had)$/.test(items[index]?.text ?? '')
  const at = perfect ? index + 1 : index
  const item = items[at]
  if (item?.kind !== 'word') return false
  if (!isVerb(items, at, words)) return false
  return perfect ? isPastParticiple(item.text) : isPastTense(item.text)
}

/** Words shaped like a verb's third person or past that are not verbs here. */
const notVerbs = /(ss|us|is|ics|ous|ness|ed by)$/

/**
 * Is the word at `index` a finite verb whose subject stands before it? "Reyes fumed", "Reyes also
 * bemoaned", "Reyes is pledging", "Ortega went on"; not "the proposed plan", "three officials".
 */
export function isVerb(items: Item[], index: number, words: Words): boolean {
  const item = items[index]
  if (item.kind !== 'word' || isCapitalised(item) || item.text.length < 3) return false
  const lower = item.lower
  const grammar = words.grammar
  if (grammar.determiners.has(lower) || grammar.prepositions.has(lower) || grammar.phraseBreaks.has(lower) || grammar.auxiliaries.has(lower) || grammar.numberWords.has(lower)) return false
  let before = index - 1
  while (before >= 0 && items[before].kind === 'word' && (grammar.auxiliaries.has(items[before].lower) || isAdverb(items[before], words))) before--
  const previous = items[before]
  if (!previous) return false
  const afterAuxiliary = before < index - 1 && items.slice(before + 1, index).some((word) => grammar.auxiliaries.has(word.lower) && !/^(also|then|again|later|first|once|already|still|now|never|often|recently|separately|simply|only|just|even)$/.test(word.lower))
  // "is pledging", "has called": a participle after an auxiliary; "did not mention", "will
  // tell": a base form after "do" or a modal.
  // "The District will probably always be ...": an adverb in -ly before another word modifies it.
  if (afterAuxiliary && isAdverb(item, words) && !words.cueForms.has(lower) && items[index + 1]?.kind === 'word') return false
  if (afterAuxiliary) return /^[a-z]+ing$/.test(item.text) || isPastParticiple(item.text) || items.slice(before + 1, index).some((word) => /^(do|does|did|will|would|can|could|should|may|might|must)$/.test(word.lower))
  // A noun's modifier before it ("the proposed plan", "two officials", "his ...") says it is a noun.
  if (previous.kind === 'word' && (grammar.determiners.has(previous.lower) || words.vagueDeterminers.has(previous.lower) || isNumber(previous.text) || grammar.numberWords.has(previous.lower) || grammar.prepositions.has(previous.lower))) return false
  if (isPastTense(item.text)) return true
  // "Bozell concludes", "she notes": an -s form only after a name or a pronoun; "three officials" is a noun.
  // "Ortega's attacks on Vail": after a possessive, a noun.
  // "Holding signs calling ...": a participle that opens the sentence is no name before a verb.
  if (/^[a-z]+s$/.test(item.text) && !notVerbs.test(lower)) return previous.kind === 'word' && ((isCapitalised(previous) && !(previous.initial && /ing$/.test(previous.lower))) || words.singularPronouns.has(previous.lower)) && !possessive(previous)
  return false
}

/** "Ortega's", "the union’s"; not "he's" or "she’s" (a pronoun with "is" or "has"). */
function possessive(item: Item): boolean {
  return /['’]s$/.test(item.lower) && !/^(he|she|it|who|that|there|what)['’]s$/.test(item.lower)
}

/**
 * Future and possible acts say nothing yet: "hopes she will bring the ferry “back to its old schedule”" does
 * not have her say the words. ("Ortega would later call it “...”" tells what she did say.)
 */
function notYetDone(items: Item[], index: number, words: Words): boolean {
  for (let at = index - 1; at >= 0 && items[at].kind === 'word'; at--) {
    const lower = items[at].lower
    if (/^(will|shall|can|could|may|might|should|must)$/.test(lower)) return true
    if (!words.grammar.auxiliaries.has(lower) && !isAdverb(items[at], words) && !words.negations.has(lower)) return false
  }
  return false
}

/** Verbs that give something a name, as speech does: "is considered “...”", "was dubbed “...”". */
const namingVerbs = /^(considered|dubbed|labell?ed|branded|nicknamed|described|termed|called|named)$/

/**
 * A verb of speech or naming after a form of "be": "was asked", "are widely considered". ("are
 * obliged to disclose: “...”" is not one: its subject does the disclosing.)
 */
function passiveVerb(items: Item[], index: number, words: Words): boolean {
  // "is pledging to “...”" is progressive, not passive.
  const lower = items[index].lower
  // "had been reframed to “...”": any participle whose complement is the quote itself.
  const carries = items[index + 1]?.kind === 'quote' || (/^(as|to)$/.test(items[index + 1]?.lower ?? '') && items[index + 2]?.kind === 'quote')
  if (lower.endsWith('ing') || (!words.cueForms.has(lower) && !namingVerbs.test(lower) && !carries)) return false
  if (reducedRelative(items, index)) return true
  for (let at = index - 1; at >= 0 && items[at].kind === 'word'; at--) {
    const lower = items[at].lower
    if (words.grammar.beVerbs.has(lower)) return true
    if (!words.grammar.auxiliaries.has(lower) && !isAdverb(items[at], words) && !words.negations.has(lower)) return false
  }
  return false
}

/** Does the phrase that starts at `first` open with a subordinator, or stand right after one? */
function subordinate(items: Item[], first: Item): boolean {
  return subordinators.test(first.lower) || subordinators.test(items[items.indexOf(first) - 1]?.lower ?? '')
}

/** Words after a verb that end its clause or open an adverbial: "shot back", "fumed later", "pressed during". */
const clauseEnders = /^(back|on|up|out|in|off|away|again|later|afterwards|then|too|once|twice|yesterday|today|tonight|here|there|now|first|last|during|into|through|toward|towards|against|around|outside|amid|despite)$/

/** Listeners a speech act may take as its object: "Reyes pressed him", "Reyes reminded us". */
const objectPronouns = /^(me|you|him|her|it|us|them)$/

/**
 * Does the verb at `index` take an object that is no listener: "saw the same thing", "paid
 * tribute", "wore green"? Not "pressed.", "shot back", "reminded him", "pressed Ruiz", "fumed Monday".
 * (Reporting verbs are not asked: "asked reporters" names a listener.)
 */
function hasObject(items: Item[], index: number, words: Words): boolean {
  let at = index + 1
  while (items[at]?.kind === 'word' && isAdverb(items[at], words)) at++
  const next = items[at]
  if (next?.kind !== 'word' || isCapitalised(next)) return false
  const lower = next.lower
  if (words.grammar.determiners.has(lower) || isNumber(next.text) || words.grammar.numberWords.has(lower)) return true
  return !(clauseEnders.test(lower) || objectPronouns.test(lower) || words.grammar.prepositions.has(lower) || words.grammar.phraseBreaks.has(lower) || words.grammar.auxiliaries.has(lower))
}

/** A subject that can speak: a name, a person, a crowd, a body or a pronoun; not "the plan". */
function speakerOf(phrase: Item[] | undefined, words: Words, items?: Item[]): FoundCue['source'] | undefined {
  if (!phrase || phrase.length === 0 || phrase.length > 8) return undefined
  // "..., saying the city embodied the “...”": a participle's clause is no subject.
  if (items && participleClause(items, phrase)) return undefined
  // "by T.R. Fehrenbach, about the war, drove the point home": a phrase after a preposition is no subject.
  if (/^(by|of|in|at|on|from|with|for|to)$/.test(phrase[0].text)) return undefined
  const source = classifySource(phrase, words)
  if (!source) return undefined
  if (source.pronoun) return source.head === 'it' || source.head === 'there' ? undefined : source
  // "The letter came “from ...”": a document speaks only through a verb of speech (cues.ts).
  if (source.kind === 'document') return undefined
  if (source.kind !== 'named') return source
  // A lower-case phrase read as "named" by default ("the plan", "the ceremony") is no speaker,
  // unless it is an office or a body ("the mayor", "the council"). Nor is what someone said, with
  // their name as its owner or after a preposition: "Ortega's attacks on Vail drew notice" (but
  // "Ortega's lawyers" speak).
  const preposition = phrase.findIndex((item) => item.kind === 'word' && !isCapitalised(item) && words.grammar.prepositions.has(item.lower))
  const ownPhrase = preposition > 0 ? phrase.slice(0, preposition) : phrase
  const said = words.cueForms.has(source.head) || words.judgingVerbs.has(source.head) || words.statementWords.has(source.head)
  return ownPhrase.some((item) => item.kind === 'word' && isCapitalised(item) && !(item.initial && isCommonWord(item.lower, words)) && !(said && possessive(item))) || words.officeTitles.has(source.head) || words.institutions.has(source.head)
    ? source
    : undefined
}

/** Words that open a sentence with a capital and are no name: "At", "The", "But", "Some". */
export function isCommonWord(lower: string, words: Words): boolean {
  return words.grammar.determiners.has(lower) || words.vagueDeterminers.has(lower) || words.grammar.phraseBreaks.has(lower) ||
    words.grammar.prepositions.has(lower) || words.grammar.subjectPronouns.has(lower) || words.anonymousRoles.has(lower) ||
    words.vagueSources.has(lower) || words.grammar.months.has(lower) || words.grammar.timeWords.has(lower) || words.grammar.auxiliaries.has(lower)
}

/** A cue made by a verb that carries a quote: it ties the quote only (`embedded`), not the sentence's claims. */
function quoteVerbCue(verb: Item, source: FoundCue['source']): FoundCue {
  return {start: verb.start, end: verb.end, phrase: verb.text, base: verb.lower, belief: false, source, embedded: true}
}

/** Is there a cue that already speaks in this sentence? */
function hasSpeechCue(cues: FoundCue[]): boolean {
  return cues.some((cue) => !cue.belief)
}

/**
 * Cues for the direct quotes of a sentence that has no speech cue: the subject and verb right after
 * a quote that opens the sentence ("“...,” Reyes fumed"), a verb that opens the sentence before a
 * name ("Said Dorothy Vail, ...", "Continued Ortega: “...”"), a name right before a colon ("Pollster
 * Ann Price: “...”"), else the nearest verb before the quote, in its clause, with its subject
 * ("Reyes mocked the plan as “...”"). `afterQuote`: the sentence before, in the paragraph, ends
 * with a quote ("“Can you explain that?” Reyes pressed."), which the subject and verb then follow.
 */
export function quoteVerbCues(items: Item[], cues: FoundCue[], words: Words, afterQuote = false): FoundCue[] {
  // A sentence with a speech cue of its own still gives the quote before it a subject and verb:
  // "“...?” Ortega asks as a stagehand walks in, saying he is “...”" (the stagehand says the rest).
  const spoken = hasSpeechCue(cues)
  const quoteAt = items.findIndex((item) => item.kind === 'quote')
  if (spoken && (!afterQuote || quoteAt === 0)) return []
  if (quoteAt === -1 && !afterQuote) return []
  const make = quoteVerbCue
  // "“...,” Reyes fumed", "“...,” an angry Reyes shot back": a subject of a few words and its verb,
  // after a quote that opens the sentence (not "protesters chanted “...” after the union failed").
  let after = quoteAt === 0 ? 1 : 0
  if (items[after]?.kind === 'mark' && /^[,—–-]$/.test(items[after].text)) after++
  for (let index = after + 1; (quoteAt === 0 || afterQuote) && index < items.length && index <= after + 8; index++) {
    const item = items[index]
    // "“...” He said Ruiz was bound by ...": a verb already read as a cue has its own subject.
    if (item.kind !== 'word' || cues.some((cue) => cue.start === item.start)) break
    if (!isVerb(items, index, words)) continue
    // "“...?” a council staffer in the room wondered": past five words, a subject with no
    // auxiliary in it and a verb in the past ("Tessel County will probably always be" is no subject).
    if (index > after + 5 && (!isPastTense(item.lower) || items.slice(after, index).some((word) => words.grammar.auxiliaries.has(word.lower)))) break
    // "“...?” Others saw the same thing.": a sentence of its own whose verb has an object says
    // something else; "“...?” Reyes pressed." and "“...” Reyes shot back at Ruiz." carry the quote.
    if (afterQuote && quoteAt !== 0 && !words.cueForms.has(item.lower) && hasObject(items, index, words)) break
    const source = speakerOf(items.slice(after, index).filter((word) => !words.grammar.auxiliaries.has(word.lower)), words, items)
    if (source) return [make(item, source)]
    break
  }
  if (spoken) return []
  // "“...,” mused Dana Ruiz": the verb first, after a quote that opens the sentence.
  if (quoteAt === 0 || afterQuote) {
    const inverted = invertedAfter(items, after, words)
    if (inverted) return [make(inverted.verb, inverted.source)]
  }
  // "Guns are “a crisis” and “a cost,” Dana Ruiz, the county's doctor, proclaimed": a quote
  // further on in the sentence, then its subject (with any apposition) and verb, or its verb and
  // subject ("..., exhorted the mayor's introducer, actress Lena Marsh").
  let lastQuote = items.length - 1
  while (lastQuote >= 0 && items[lastQuote].kind !== 'quote') lastQuote--
  if (lastQuote > 0) {
    let next = lastQuote + 1
    if (items[next]?.kind === 'mark' && items[next].text === ',') next++
    const inverted = invertedAfter(items, next, words)
    if (inverted) return [make(inverted.verb, inverted.source)]
    for (let index = next + 1; index < items.length && index <= next + 12; index++) {
      const item = items[index]
      if (item.kind === 'quote' || (item.kind === 'mark' && /^[.;:!?]$/.test(item.text))) break
      if (!isVerb(items, index, words)) continue
      const subject = subjectBefore(items, index, words)
      const source = subject?.length && items.indexOf(subject[0]) === next ? speakerOf(subject, words, items) : undefined
      if (source) return [make(item, source)]
      break
    }
  }
  // "“We won.” ― Dana Ruiz", "“...” — Dana Ruiz (@druiz)": a signature after the quote, in the
  // quote's sentence or, after a closing full stop, as a sentence of its own.
  const dashAt = quoteAt === -1 ? (afterQuote ? 0 : -1) : quoteAt + 1
  const dash = items[dashAt]
  if (dash?.kind === 'mark' && /^(—|―|–|--)$/.test(dash.text)) {
    const name = signatureName(items, dashAt + 1, words)
    const source = name && speakerOf(name, words)
    if (source) return [make(dash, source)]
  }
  if (quoteAt === -1) return []
  // "Said Dorothy Vail
  // "Said Dorothy Vail, who grew up nearby, “...”", "Continued Ortega: “...”": the verb comes first.
  const first = items[0]
  if (first.kind === 'word' && first.initial && (words.cueForms.has(first.lower) || /^[A-Z][a-z]+ed$/.test(first.text))) {
    const name = properNameFrom(items, 1, words)
    const source = name && speakerOf(name, words)
    if (source) return [make(first, source)]
  }
  // "Republican pollster Ann Price: “...”", "- More from Price: “...”": the name before a colon.
  if (items[quoteAt - 1]?.text === ':') {
    // "Mayor Ann Price, speaking at the town hall:", "Price, in a statement:": the name stands before the phrase.
    const nameEnd = setOffPhraseAt(items, quoteAt - 1, words) ?? quoteAt - 1
    // "Rep. Ann Price (D-Ohio):": the party label between the name and the colon belongs to the name.
    let open = items[nameEnd - 1]?.text === ')' ? nameEnd - 2 : -1
    while (open > 0 && items[open].text !== '(') open--
    const label = open > 0 && nameEnd - 1 - open <= 6 && /^[A-Z]-/.test(items[open + 1]?.text ?? '')
    const name = properNameBefore(items, label ? open - 1 : nameEnd - 1, words)
    const source = name && speakerOf(name, words)
    if (source) return [make(items[quoteAt - 1], source)]
  }
  // "Reyes mocked the plan as “...”": the nearest verb before each quote in its clause ("Holding
  // signs calling the mayor “...,” the protesters chanted “...”": each quote has its own).
  const found: FoundCue[] = []
  for (let at = quoteAt; at < items.length; at++) {
    if (items[at].kind !== 'quote') continue
    // After the first quote only a verb in the past: "but Muslim refugees “can come in”" has a noun in -s.
    const cue = verbBefore(items, at, words, at !== quoteAt)
    if (cue && !found.some((other) => other.start === cue.start)) found.push(cue)
  }
  return found
}

/**
 * The comma that opens a phrase set off before the colon at `colonAt`, saying how or where the
 * speaker spoke: a participle ("Ruiz, speaking at the town hall:", "Ruiz, asked about the cuts:")
 * or a preposition ("Ruiz, in a statement:"). The name before the comma is the speaker's. Not a
 * phrase of a clause of its own ("The plan, which Ruiz backs:" opens with no participle).
 */
function setOffPhraseAt(items: Item[], colonAt: number, words: Words): number | undefined {
  let comma = colonAt - 1
  while (comma > 0 && colonAt - comma <= 8 && items[comma].kind === 'word') comma--
  const opening = items[comma + 1]
  if (items[comma]?.text !== ',' || comma === colonAt - 1 || opening.kind !== 'word' || isCapitalised(opening)) return undefined
  return /^[a-z]+ing$/.test(opening.text) || isPastParticiple(opening.lower) || words.grammar.prepositions.has(opening.lower) ? comma : undefined
}

/** The cue of the nearest verb before the quote at `quoteAt`, in its clause, with its subject. */
function verbBefore(items: Item[], quoteAt: number, words: Words, pastOnly: boolean): FoundCue | undefined {
  for (let index = quoteAt - 1; index >= 0; index--) {
    const item = items[index]
    if (item.kind === 'quote' || (item.kind === 'mark' && /^[.;!?]$/.test(item.text))) break
    if (!isVerb(items, index, words) || (pastOnly && /s$/.test(item.lower) && !isIrregularPast(item.lower))) continue
    if (notYetDone(items, index, words)) continue
    // "Vail was asked, “...?”", "Gulls are considered the “...”": the subject of a passive is
    // not who spoke, and no one else is named ("was asked by Lee" is a cue of its own). But in
    // "Ortega is shown lecturing: “...”" the subject does what the -ing form says.
    if (passiveVerb(items, index, words) && !/^[a-z]+ing$/.test(items[index + 1]?.text ?? '')) return undefined
    let subject = subjectBefore(items, index, words)
    // "Unless rivals quit the race, “...”": the verb of a clause set off by a comma before the
    // quote is not the quote's; its subject did not say it ("when he rose and said, “...”" did).
    if (subject?.length && subordinate(items, subject[0]) && items[quoteAt - 1]?.text === ',' && !items.slice(index, quoteAt).some((word) => /^(and|but|or)$/.test(word.lower))) return undefined
    // "Ruiz has since apologized for what happened: “...”": a verb whose subject is "what" is
    // inside the clause of the verb before it.
    if (subject?.length === 0 && /^(what|whatever)$/.test(items[index - 1]?.lower ?? '')) continue
    // "Reyes took the stage and called the plan “...”", "Reyes joked that ..., but went on to say
    // “...”": a second verb shares the first's subject, across the commas of its clause.
    if ((!subject || subject.length === 0) && /^(and|but)$/.test(items[index - 1]?.lower ?? '')) {
      for (let earlier = index - 2; earlier >= 0 && !subject?.length; earlier--) {
        if (items[earlier].kind === 'quote' || (items[earlier].kind === 'mark' && items[earlier].text !== ',')) break
        if (!isVerb(items, earlier, words)) continue
        subject = subjectBefore(items, earlier, words)
        // "Reyes joked that the river was winning, but went on": the verb of a that-clause is not
        // the one the second verb shares; the clause's own verb is further back.
        const opening = subject?.length ? items[items.indexOf(subject[0]) - 1] : undefined
        if (opening?.kind === 'word' && /^(that|because|if|whether|when|while|although|though)$/.test(opening.lower)) subject = undefined
      }
    }
    const source = speakerOf(subject, words, items)
    return source ? quoteVerbCue(item, source) : undefined
  }
  return undefined
}

/**
 * "“...,” mused Dana Ruiz, a council member.", "“...,” recalled her brother, Tomas Vail.": any
 * verb in the past at `at`, its subject after it, inverted as after "said" (not "“...,” prompting
 * the board to act", nor "“...,” shocked the council into a vote": the phrase ends the clause).
 */
function invertedAfter(items: Item[], at: number, words: Words): {verb: Item; source: FoundCue['source']} | undefined {
  const verb = items[at]
  if (verb?.kind !== 'word' || isCapitalised(verb) || !isPastTense(verb.text) || words.grammar.auxiliaries.has(verb.lower)) return undefined
  const described = phraseAfter(items, at + 1, words)
  const end = items[at + 1 + described.length]
  const first = described[0]
  const opens = first?.kind === 'word' && (isCapitalised(first) || words.grammar.determiners.has(first.lower)) && !described.some((item) => item.lower === 'to')
  const phrase = nameAfterDescription(items, at + 1 + described.length, described) ?? described
  const source = opens && (!end || end.kind === 'mark') ? speakerOf(phrase, words) : undefined
  return source ? {verb, source} : undefined
}

/** The name of a signature: capitalised words up to the end, a bracket ("(@handle)"), a comma, or "on X". */
function signatureName(items: Item[], from: number, words: Words): Item[] | undefined {
  const name: Item[] = []
  let index = from
  for (; index < items.length && items[index].kind === 'word' && isCapitalised(items[index]) && name.length < 5; index++) name.push(items[index])
  // "— Dana Ruiz on X", "― Dana Ruiz via Facebook": where the words were posted follows the name.
  if (/^(on|via)$/.test(items[index]?.lower ?? '') && items[index + 1]?.kind === 'word' && isCapitalised(items[index + 1])) index += 2
  const after = items[index]
  const ends = !after || (after.kind === 'mark' && /^[(,.]$/.test(after.text))
  return name.length > 0 && ends && !isCommonWord(name[0].lower, words) ? name : undefined
}

/**
 * "HOLLOWAY: We will ...", "SEN. ANN PRICE: Well, ...": a transcript line opens with its speaker's
 * name in capitals and a colon, and what follows is what they said. A headline in capitals ("FIX
 * IS IN: ...") is none: its words are common words. A headline (`headline`: a paragraph of one
 * sentence) opened by a name and a colon gives the name what follows, as wire headlines do ("Ruiz:
 * Ferry Levy Could Fail"); "Update: ..." or "Harbour news: ..." name no one.
 */
export function transcriptCue(items: Item[], words: Words, headline = false): FoundCue | undefined {
  let index = 0
  while (index < items.length && index < 8 && items[index].kind === 'word' && /^[\p{Lu}][\p{Lu}'’-]*$/u.test(items[index].text) && !isCommonWord(items[index].lower, words)) {
    index++
    // "SEN." and "J." keep their full stop.
    if (items[index]?.text === '.') index++
  }
  if (headline && items[index]?.text !== ':') {
    index = 0
    while (index < 3 && items[index]?.kind === 'word' && isCapitalised(items[index]) && !isCommonWord(items[index].lower, words)) index++
    if (items[index]?.text !== ':' || classifySource(items.slice(0, index), words)?.kind !== 'named') return undefined
  }
  const colon = items[index]
  if (index === 0 || colon?.kind !== 'mark' || colon.text !== ':' || !items.slice(index + 1).some((item) => item.kind === 'word' || item.kind === 'quote')) return undefined
  const label = items.slice(0, index).filter((item) => item.kind === 'word')
  // "NOTE:", "UPDATE:", "EDITOR'S NOTE:", "WATCH:": a newsroom's labels, not speakers.
  if (label.some((item) => /^(note|update|updated|correction|clarification|editor['’]?s?|related|watch|read|photo|video|sources?|disclosure|warning|breaking|exclusive|analysis|opinion)$/.test(item.lower))) return undefined
  if (!headline && !label.some((item) => /^\p{Lu}{2,}$/u.test(item.text.replace(/['’.-]/g, '')))) return undefined
  const text = label.map((item) => item.text).join(' ')
  return {start: colon.start, end: colon.end, phrase: ':', base: 'transcript', belief: false, source: {start: label[0].start, end: label.at(-1)!.end, text, kind: 'named', head: label.at(-1)!.lower, plural: false}}
}

/** Capitalised words from `from` on, up to a mark: "Dorothy Vail" in "Said Dorothy Vail, who ...". */
function properNameFrom(items: Item[], from: number, words: Words): Item[] | undefined {
  const name: Item[] = []
  for (let index = from; index < items.length && items[index].kind === 'word' && name.length < 5; index++) {
    if (!isCapitalised(items[index])) return undefined
    name.push(items[index])
  }
  return name.length > 0 && (from + name.length >= items.length || items[from + name.length].kind !== 'word') && !isCommonWord(name[0].lower, words) ? name : undefined
}

/** Capitalised words ending at `end`, back to a mark or a lower-case word: "Ann Price" before a colon. */
function properNameBefore(items: Item[], end: number, words: Words): Item[] | undefined {
  let start = end + 1
  while (start - 1 >= 0 && end - start < 4 && items[start - 1].kind === 'word' && isCapitalised(items[start - 1]) && !(items[start - 1].initial && isCommonWord(items[start - 1].lower, words))) start--
  if (start > end) return undefined
  // "quoting da Vinci in Italian:", "at Harbour Hall:": after a preposition the capitalised words
  // are a language or a place ("More from Price:" still names whom the words are from).
  const before = items[start - 1]
  // "On Tuesday, speaking to reporters:": a preposition opening the sentence has its capital too.
  if (before?.kind === 'word' && (!isCapitalised(before) || before.initial) && words.grammar.prepositions.has(before.lower) && before.lower !== 'from') return undefined
  // A title before the name belongs to it: "pollster Ann Price".
  const title = items[start - 1]
  if (title?.kind === 'word' && !isCapitalised(title) && !isCommonWord(title.lower, words) && !words.grammar.prepositions.has(title.lower) && !isVerb(items, start - 1, words)) start--
  return items.slice(start, end + 1)
}
