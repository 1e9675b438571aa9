// Ties each direct quote to its speaker, and each pronoun source to the source it refers to
// (shared spec, "Source" and `unnamed-speaker`).

import type {Words} from '../words.ts'
import type {Cue, Paragraph, Quote, Sentence, Source} from './model.ts'
import {isCapitalisedText} from './items.ts'
import {isPersonNoun} from './sources.ts'
import {isPastParticiple} from '../verbs.ts'
import {soundBite} from './sound-bites.ts'

/**
 * Sources and people mentioned so far, in draft order, with their paragraphs (two lists, no object
 * per mention): the first `count` entries. A session keeps the lists from one lint to the next and
 * writes over them, rather than growing them again from nothing over thousands of mentions on every
 * keystroke.
 */
interface Mentions {
  sources: Source[]
  paragraphs: number[]
  /** The source asked a question ("a young man asked Clinton why ..."): a questioner. */
  asked: boolean[]
  count: number
}

/**
 * What pronoun resolution keeps from one lint of a draft to the next (a session holds one): the
 * mention lists, and each pronoun's resolved source, brought up to date in place. After an edit,
 * thousands of pronouns resolve as they did a keystroke ago, moved (an analysis is valid until the
 * next lint of its draft).
 */
export class PronounMemory {
  readonly mentions: Mentions = {sources: [], paragraphs: [], asked: [], count: 0}
  readonly resolved = new WeakMap<Source, Source>()
  readonly surnames = new Set<string>()
}

/**
 * The words the draft names people by: the last word of each name of two or more words ("Ana
 * Garcia") and of each named speaker ("Garcia said"). A lone capitalised word is a person a pronoun
 * may refer to only if it is one of them: "Garcia" after "Ana Garcia", not "Iowa" or "Tuesday".
 */
function surnamesOf(namesOf: Source[][], cues: Cue[], surnames: Set<string>): Set<string> {
  surnames.clear()
  for (let sentence = 0; sentence < namesOf.length; sentence++) {
    const names = namesOf[sentence]
    for (let index = 0; index < names.length; index++) if (!names[index].lone) surnames.add(names[index].head)
  }
  for (let index = 0; index < cues.length; index++) {
    const source = cues[index].source
    // The last word of the name: "Ruiz" of "Mayor Ana Ruiz".
    if (source.kind === 'named' && !source.pronoun && isCapitalisedText(source.text.slice(source.text.lastIndexOf(' ') + 1))) surnames.add(source.head)
  }
  return surnames
}

/**
 * Resolves pronoun sources (`he said`) to the nearest earlier source or person in the same or the
 * two preceding paragraphs; the pronoun takes that source's kind. With no referent the pronoun
 * stays anonymous: nobody is named.
 */
export function resolvePronouns(sentences: Sentence[], cues: Cue[], namesOf: Source[][], words: Words, memory = new PronounMemory()): void {
  const {mentions} = memory
  mentions.count = 0
  const surnames = surnamesOf(namesOf, cues, memory.surnames)
  const mention = (source: Source, paragraph: number, asked = false) => {
    if (source.lone && !surnames.has(source.head)) return
    if (mentions.count < mentions.sources.length) {
      mentions.sources[mentions.count] = source
      mentions.paragraphs[mentions.count] = paragraph
      mentions.asked[mentions.count] = asked
    } else {
      mentions.sources.push(source)
      mentions.paragraphs.push(paragraph)
      mentions.asked.push(asked)
    }
    mentions.count++
  }
  const byOffset = (a: Cue, b: Cue) => cueOffset(a) - cueOffset(b)
  // Indexed loops: this runs over every sentence of the draft on every keystroke.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    const names = namesOf[index]
    if (sentence.cues.length === 0) {
      for (let name = 0; name < names.length; name++) mention(names[name], sentence.paragraph)
      continue
    }
    // Names and cues in the order they stand (a name first when both start at the same place):
    // a pronoun refers only to what came before it.
    const sentenceCues = sentence.cues.length === 1 ? undefined : sentence.cues.map((cue) => cues[cue]).sort(byOffset)
    let next = 0
    for (let local = 0; local < sentence.cues.length; local++) {
      const cue = sentenceCues ? sentenceCues[local] : cues[sentence.cues[0]]
      for (; next < names.length && names[next].start <= cueOffset(cue); next++) mention(names[next], sentence.paragraph)
      const backReference = !cue.source.pronoun && isBackReference(cue.source, words)
      if (cue.source.pronoun || backReference) {
        const found = findReferent(mentions, cue.source, sentence.paragraph, words, backReference)
        // "the businessman replied": only a name before it is what the description stands for.
        const referent = backReference && found && !(found.kind === 'named' && /\p{Lu}/u.test(found.text)) ? undefined : found
        if (referent) {
          cue.source = resolved(cue.source, referent, memory.resolved)
          // "she said ... She added", paragraphs on: a resolved pronoun mentions its referent again,
          // so the chain lasts as long as the story keeps referring to the same person.
          mention(referent, sentence.paragraph)
        }
      }
      if (!cue.source.pronoun && !cue.source.antecedent && cue.source.kind !== 'document') mention(cue.source, sentence.paragraph, isQuestion(cue, sentence))
    }
    for (; next < names.length; next++) mention(names[next], sentence.paragraph)
  }
}

/** A pronoun source resolved to `referent`: the object `resolvedSources` keeps for it, brought up to date. */
function resolved(pronoun: Source, referent: Source, resolvedSources: WeakMap<Source, Source>): Source {
  let source = resolvedSources.get(pronoun)
  if (!source) {
    source = {...pronoun, kind: referent.kind, head: referent.head, antecedent: {start: referent.start, end: referent.end, text: referent.text}, text: pronoun.text}
    resolvedSources.set(pronoun, source)
    return source
  }
  source.start = pronoun.start
  source.end = pronoun.end
  source.kind = referent.kind
  source.head = referent.head
  const antecedent = source.antecedent!
  antecedent.start = referent.start
  antecedent.end = referent.end
  antecedent.text = referent.text
  return source
}

function cueOffset(cue: Cue): number {
  return Math.min(cue.start, cue.source.start)
}

/** "asked Clinton why ...", not "asked not to be named" or "asked to remain anonymous" (a request). */
function isQuestion(cue: Cue, sentence: Sentence): boolean {
  return cue.base === 'ask' && !/^\s*(not|to)\b/.test(sentence.text.slice(cue.end - sentence.start, cue.end - sentence.start + 8))
}

/**
 * The nearest earlier mention a pronoun can refer to. A questioner ("Asked by Lee, Ortiz said",
 * "a young man asked Clinton why ...") is passed over when someone else stands before them: the
 * one who answers is who speaks next.
 */
function findReferent(mentions: Mentions, pronoun: Source, paragraph: number, words: Words, backReference = false): Source | undefined {
  let questioner: Source | undefined
  const personal = backReference || personalPronouns.test(pronoun.head)
  for (let index = mentions.count - 1; index >= 0; index--) {
    if (paragraph - mentions.paragraphs[index] > 2) break
    const source = mentions.sources[index]
    if (source.kind === 'vague' && !pronoun.plural) continue
    if (personal && !isPerson(source, words)) continue
    if (pronoun.plural === source.plural || (pronoun.plural && source.kind === 'named' && source.head !== undefined)) {
      if (mentions.asked[index]) {
        questioner ??= source
        continue
      }
      if (source.antecedent && source.pronoun) return {...source}
      return source
    }
  }
  return questioner
}

/**
 * "the businessman replied", "the actor said": a definite description of one person, by a noun
 * that is no anonymous role ("the official", "the aide" stay anonymous: they stand for an unnamed
 * source met earlier), refers back to the person the story last named.
 */
function isBackReference(source: Source, words: Words): boolean {
  return source.kind === 'anonymous' && !source.plural && /^(the|this|that)\s/i.test(source.text) && !words.anonymousRoles.has(source.head) && !source.text.includes(',')
}

/** Pronouns for one person: "he said" is never "the council" nor "a passion". */
const personalPronouns = /^(he|she|him|her)$/

/**
 * Can the source be one person? A name, an office ("the mayor"), a role ("a nurse", "an aide") or
 * a pronoun resolved to one; not a body ("the council"), a document, or a thing a cue was read
 * off ("with a passion that suggested", "a net worth estimated").
 */
function isPerson(source: Source, words: Words): boolean {
  if (source.kind === 'document' || words.institutions.has(source.head) || words.grammar.organisationWords.has(source.head)) return false
  if (source.pronoun) return !source.plural
  if (/\p{Lu}/u.test(source.text)) return true
  return words.anonymousRoles.has(source.head) || words.officeTitles.has(source.head) || words.vagueSources.has(source.head) || isPersonNoun(source.head, words)
}

/**
 * A quote's speaker: a cue in its own sentence, else the speaker of an attributed quote earlier in
 * the paragraph or of the quote it continues, else a cue in the sentence right before or after it
 * in the paragraph, else the em-dash line under a block quote.
 */
export function attributeQuotes(quotes: Quote[], sentences: Sentence[], paragraphs: Paragraph[], cues: Cue[], text: string): void {
  const charactersBetween = (from: number, to: number) => {
    let count = 0
    for (let index = from; index < to; index++) if (text.charCodeAt(index) !== 13) count++
    return count
  }
  const speechCue = (sentenceIndex: number | undefined, near: Quote): Cue | undefined => {
    if (sentenceIndex === undefined) return undefined
    const sentence = sentences[sentenceIndex]
    if (!sentence || sentence.paragraph !== near.paragraph) return undefined
    let best: Cue | undefined
    let distance = Infinity
    for (const cueIndex of sentence.cues) {
      const cue = cues[cueIndex]
      if (cue.belief) continue
      if (cue.start >= near.start && cue.end <= near.end) continue
      // Measured without carriage returns, so CRLF and LF drafts pick the same cue.
      const gap = cue.start >= near.end ? charactersBetween(near.end, cue.start) : charactersBetween(cue.end, near.start)
      if (gap < distance) {
        best = cue
        distance = gap
      }
    }
    return best
  }

  // A cue in the sentence after a quote does not tie it when the cue introduces a quote of its
  // own: in "Vail was asked, “...?” He answered, “...”", "He answered" is the answer's cue, not
  // the question's. ("“...?” Ortega asks as a stagehand walks in, saying he is “...”" still ties.)
  const speechCueAfter = (sentenceIndex: number | undefined, near: Quote): Cue | undefined => {
    const cue = speechCue(sentenceIndex, near)
    return cue && !introducesOwnQuote(cue) ? cue : undefined
  }
  const introducesOwnQuote = (cue: Cue) => sentences[cue.sentence].quotes.some((index) => {
    const own = quotes[index]
    return charactersBetween(cue.end, own.start) <= 2 && cue.end <= own.start || (cueOffset(cue) >= own.end && charactersBetween(own.end, cueOffset(cue)) <= 2)
  })
  // The latest quote with a speaker in each paragraph, kept as quotes are attributed in order.
  const lastSpoken = new Map<number, Quote>()
  const bylines = new Map<number, Source | undefined>()
  for (const quote of quotes) {
    attribute(quote)
    if (quote.speaker) lastSpoken.set(quote.paragraph, quote)
  }

  function attribute(quote: Quote): void {
    // The first of the quote's sentences with a speech cue (a loop: this runs for every quote of
    // the draft on every keystroke).
    let own: Cue | undefined
    for (let index = 0; index < quote.sentences.length && !own; index++) own = speechCue(quote.sentences[index], quote)
    if (own) {
      const outer = framingCue(own, quote, sentences[own.sentence], cues, text)
      setSpeaker(quote, (outer ?? own).source, 'cue', (outer ?? own).index)
      return
    }
    // "“We'll all be farming kelp,” is one common saying here": the sentence is about the words,
    // and says whose they are; a speaker nearby does not take them.
    if (wordsAsSubject(quote, sentences, text) || carriedByPassive(quote, sentences, text)) return
    const earlier = lastSpoken.get(quote.paragraph)
    if (earlier) {
      setSpeaker(quote, earlier.speaker!, 'inherited', earlier.cue)
      return
    }
    if (quote.continues !== undefined && quotes[quote.continues].speaker) {
      setSpeaker(quote, quotes[quote.continues].speaker!, 'continued', quotes[quote.continues].cue)
      return
    }
    // A paragraph's sentences are numbered one after another: the neighbours are one either side.
    const paragraph = paragraphs[quote.paragraph]
    // "“...?” Ortiz asked.", "“...?” Ortiz asked reporters.": a short sentence that is only its
    // speaker and verb answers for the quote it follows, before any cue of the sentence ahead of
    // the quote ("Lee said the plan was bad" after it reports something else).
    const nextSentence = adjacent(paragraph, quote.sentences.at(-1)! + 1)
    const after = speechCueAfter(nextSentence, quote)
    const opensWithSpeaker = after !== undefined && /^[\s"'“”‘’]*$/.test(text.slice(sentences[nextSentence!].start, cueOffset(after))) &&
      after.end >= after.source.end && (text.slice(after.end, sentences[nextSentence!].end).match(/\p{L}+/gu)?.length ?? 0) <= 3
    const neighbour = (opensWithSpeaker ? after : undefined) ?? speechCue(adjacent(paragraph, quote.sentences[0] - 1), quote) ?? after
    if (neighbour) {
      setSpeaker(quote, neighbour.source, 'adjacent-sentence', neighbour.index)
      return
    }
    const introduction = introducingCue(quote, paragraphs, sentences, cues)
    if (introduction) {
      setSpeaker(quote, introduction.source, 'introduced', introduction.index)
      return
    }
    if (!bylines.has(quote.paragraph)) bylines.set(quote.paragraph, bylineFor(quote, paragraphs, sentences))
    const byline = bylines.get(quote.paragraph)
    if (byline) {
      setSpeaker(quote, byline, 'em-dash')
      return
    }
    const credit = creditFor(quote, paragraphs, sentences)
    if (credit) setSpeaker(quote, credit, 'credit')
  }
  // A quote whose only cue stands in the paragraph that continues it ("“... night. / “... ,” said
  // Castellanos.") takes that speaker, from the last part back to the first.
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]
    if (!quote.speaker || quote.continues === undefined) continue
    const opened = quotes[quote.continues]
    if (!opened.speaker) setSpeaker(opened, quote.speaker, 'continued', quote.cue)
  }
}

/**
 * An unnamed source that reports the speech of the quote's own cue: "Ortega said the council “would
 * never approve it,” the source recalled", "According to two aides, Ortega said “...”", "Police sources have said he said “...”", "“...,” he
 * told Vail, according to aides with knowledge of the meeting", "prosecutors say that she told an
 * agent, “...”", "Ortega, according to aides, told the board that “...”". The words are only as
 * good as the unnamed source who passed them on, so the quote is theirs. Not a cue in another
 * clause: "Officials said the bridge was closed, and Ruiz said “...”", "As Ruiz claimed that
 * “...,” one aide said the cases differ" (the aside ends its clause; this cue reports what
 * follows it).
 */
function framingCue(own: Cue, quote: Quote, sentence: Sentence, cues: Cue[], text: string): Cue | undefined {
  const ownStart = Math.min(own.start, own.source.start)
  for (const cueIndex of sentence.cues) {
    const outer = cues[cueIndex]
    if (outer === own || outer.belief || outer.embedded || !unnamed(outer.source)) continue
    if (outer.start >= quote.start && outer.end <= quote.end) continue
    const outerStart = Math.min(outer.start, outer.source.start)
    // Before: "sources have said he said", "say that she told", "adding that Ortega said".
    if (outer.end <= ownStart && ownStart <= quote.start && reportsNext(text.slice(outer.end, ownStart))) return outer
    // Before, set off by a comma: "According to two aides, Ortega told the board “...”".
    const outerEnd = Math.max(outer.end, outer.source.end)
    if (outerEnd <= ownStart && ownStart <= quote.start && text.slice(outerEnd, ownStart).trim() === ',') return outer
    // Between the subject and its verb: "Ortega, according to aides, told the board that “...”".
    if (own.source.end <= outerStart && outer.end <= own.start && /^\s*,/.test(text.slice(own.source.end, outerStart)) && /^[^,]*,\s*$/.test(text.slice(Math.max(outer.end, outer.source.end), own.start))) return outer
    // After, set off as an aside: "“...,” the source recalled", "he told Vail, according to aides".
    const from = Math.max(quote.end, own.end, own.source.end)
    const after = text.slice(Math.max(outer.end, outer.source.end), sentence.end)
    if (outerStart >= from && asideBefore(text.slice(from, outerStart), /,\s*["”»]$/.test(quote.text)) && /^\s*([,.;!?)—–-]|$)/.test(after)) return outer
  }
  return undefined
}

/** An anonymous or vague source, or a pronoun that refers to one; not an unresolved pronoun. */
function unnamed(source: Source): boolean {
  return (source.kind === 'anonymous' || source.kind === 'vague') && !(source.pronoun && !source.antecedent)
}

/** What stands between a cue and the clause it reports: nothing, "that", or a time ("on Monday that"). */
function reportsNext(between: string): boolean {
  const words = between.trim()
  return words === '' || (/\bthat$/.test(words) && !/[.;:!?"“”]|\b(and|but|or|while|because|after|before|when|although)\b/.test(words) && words.split(/\s+/).length <= 5)
}

/**
 * The words before an aside's source: a comma, closing the quote (“...,” the source recalled) or
 * after a listener (“...,” he told Vail (R-Ore.), according to aides). Not "“...” among its members".
 */
function asideBefore(between: string, quoteEndsWithComma: boolean): boolean {
  const words = between.trim()
  if (words === '') return quoteEndsWithComma
  return words.endsWith(',') && !/[;:!?"“”]|\b(and|but|or|while|who|whom|which|that|as|because|after|before|when|although|where)\b/i.test(words) && words.split(/\s+/).length <= 6
}

/**
 * Is the quote the subject of "is", "was" or "became" with a noun after it: "“...,” is one common
 * saying here", "“...” became the rallying cry of the night"? The noun tells what the words are
 * (a saying, a slogan), not who said them. A predicate that gives an owner still hands them over
 * by the usual means: "“...” was her answer", "“...” was the reply from Ruiz's office".
 */
function wordsAsSubject(quote: Quote, sentences: Sentence[], text: string): boolean {
  const first = sentences[quote.sentences[0]]
  const last = sentences[quote.sentences.at(-1)!]
  if (!/^[\s\p{Pi}\p{Ps}"'*_]*$/u.test(text.slice(first.start, quote.start))) return false
  const predicate = /^\s*,?\s*(?:is|was|are|were|has been|had been|have been|became|becomes|remains|remained)\s+(?:(?:also|still|now|perhaps|probably|often)\s+)?((?:a|an|one|another|the|this)\b[^,;:.!?]*)/.exec(text.slice(quote.end, last.end))
  return predicate !== null && !ownerIn.test(predicate[1])
}

/**
 * Does a passive with no agent carry the quote: "The levy was called “...”", "the speech had
 * been reframed to “...”", "Vail was asked, “...?”"? The sentence leaves out who spoke, and a
 * speaker in the sentence before or after is no more its speaker. ("is obliged to declare: “...”"
 * ends in an active verb; "was called “...” by Vail" has a cue of its own.)
 */
function carriedByPassive(quote: Quote, sentences: Sentence[], text: string): boolean {
  const sentence = sentences[quote.sentences[0]]
  const passive = passiveBefore.exec(text.slice(Math.max(sentence.start, quote.start - 80), quote.start))
  return passive !== null && isPastParticiple(passive[1])
}

/** A form of "be", an adverb at most, a word (the participle), and "as" or "to" or a comma at most, right before a quote. */
const passiveBefore = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\s*(?:,|as|to)?\s*$/

/** Words of a predicate that give the words an owner: a possessive, "from" or "by" someone, "of" a name. */
const ownerIn = /['’]s?\b|\b(his|her|their|its|my|our|your|from|by)\b|\bof\s+(the\s+)?\p{Lu}/u

function adjacent(paragraph: Paragraph, sentence: number): number | undefined {
  return sentence >= paragraph.sentences[0] && sentence <= paragraph.sentences.at(-1)! ? sentence : undefined
}

function setSpeaker(quote: Quote, source: Source, evidence: Quote['evidence'], cue?: number): void {
  quote.speaker = source
  quote.evidence = evidence
  quote.cue = cue
}

/**
 * "Dr. Ana Ruiz stated:" closing the paragraph before, then a paragraph that opens with the quote:
 * the colon hands the quote to the cue's speaker (and the quote's continuations to the same), as
 * it does within a sentence. A paragraph before that ends in a full stop ties nothing: a new
 * paragraph may be someone else's.
 */
function introducingCue(quote: Quote, paragraphs: Paragraph[], sentences: Sentence[], cues: Cue[]): Cue | undefined {
  const paragraph = paragraphs[quote.paragraph]
  const before = paragraphs[quote.paragraph - 1]
  if (!before || quote.sentences[0] !== paragraph.sentences[0] || sentences[quote.sentences[0]].text.trimStart()[0] !== quote.text[0]) return undefined
  const last = sentences[before.sentences.at(-1)!]
  // "SOT: HAL BRENNER, RESIDENT" on the line above the quote introduces it as a colon does.
  if (!last || !(/:\s*$/.test(last.text) || last.cues.some((index) => cues[index].base === soundBite)) || last.quotes.length > 0) return undefined
  let found: Cue | undefined
  for (const index of last.cues) if (!cues[index].belief) found = cues[index]
  return found
}

/**
 * "HARBOUR TALKS STALL “The talks broke down ...” [Harbour Post.]": a digest item closes with the
 * outlet it quotes, in brackets, as a sentence of its own; the credit names the source of a quoted
 * sentence (not of a phrase the writer's own sentence quotes: "Gulls are called the “pickpockets
 * of the coast.” [Tribune]").
 */
function creditFor(quote: Quote, paragraphs: Paragraph[], sentences: Sentence[]): Source | undefined {
  const last = sentences[paragraphs[quote.paragraph].sentences.at(-1)!]
  if (!last || last.start < quote.end || !/^\P{L}*\p{Lu}/u.test(quote.text)) return undefined
  const credit = /^(\s*\[\s*)(\p{Lu}[^[\]]{0,40}?)\.?\s*\]\s*$/u.exec(last.text)
  if (!credit) return undefined
  const start = last.start + credit[1].length
  return {start, end: start + credit[2].length, text: credit[2], kind: 'named', head: credit[2].toLowerCase(), plural: false}
}

/**
 * "— Rosa Tillman (@rosatillman), 16 March 2025" right after the block quote that holds the quote,
 * or right after a paragraph that is the quote alone.
 */
function bylineFor(quote: Quote, paragraphs: Paragraph[], sentences: Sentence[]): Source | undefined {
  const paragraph = paragraphs[quote.paragraph]
  if (paragraph.kind !== 'blockquote') {
    const first = sentences[paragraphs[quote.paragraph + 1]?.sentences[0]]
    return first?.bylineOf === paragraph.index ? signatureSource(first) : undefined
  }
  for (let index = quote.paragraph + 1; index < paragraphs.length; index++) {
    const next = paragraphs[index]
    const first = sentences[next.sentences[0]]
    if (!first) return undefined
    if (first.bylineOf !== undefined) return signatureSource(first)
    if (next.kind !== 'blockquote') return undefined
  }
  return undefined
}

/** The signer of a dash line: "Dana Ruiz" of "— Dana Ruiz (@druiz), May 3"; a description is anonymous. */
function signatureSource(line: Sentence): Source {
  // "— Dana Ruiz on X": where it was posted is no part of the name.
  const name = /^[—―–-]+\s*([^(,@]+)/.exec(line.text)
  const text = name ? name[1].trim().replace(/\s+(on|via)\s+\p{Lu}\S*$/u, '') : line.text
  return {start: line.start, end: line.end, text, kind: /\p{Lu}/u.test(text) ? 'named' : 'anonymous', head: text.toLowerCase(), plural: false}
}
