// The word lists every rule reads: built once from data/, merged with a project's additions.
// Rules get these from the engine; none imports data/ itself.

import anonymityData from '../../../data/anonymity.json'
import boilerplateData from '../../../data/boilerplate.json'
import claimsData from '../../../data/claims.json'
import cuesData from '../../../data/cues.json'
import grammarData from '../../../data/grammar.json'
import loadedData from '../../../data/loaded-verbs.json'
import placeholderData from '../../../data/placeholders.json'
import sourcesData from '../../../data/sources.json'
import type {ClaimCategory} from './analysis/model.ts'
import type {Problem, WordListAdditions} from './types.ts'
import {formsOf} from './verbs.ts'

/** A phrase matched word by word on lower-cased words; `*` matches any one word. */
export interface Phrase<Tag = undefined> {
  words: string[]
  tag: Tag
}

/** Phrases indexed by their first word, longest first, for one pass over a sentence. */
export type PhraseIndex<Tag = undefined> = Map<string, Array<Phrase<Tag>>>

type Grammar = {[Key in Exclude<keyof typeof grammarData, 'description'>]: Set<string>}

export interface Words {
  /** What the lists hold beyond the built-in words ('' for none): equal keys, equal lists. */
  key: string
  /** Every inflection of every reporting verb, mapped to its base form. */
  cueForms: Map<string, string>
  /** Base forms of verbs of belief ('believe', 'fear'): a cue only for a vague source. */
  beliefVerbs: Set<string>
  /** Base forms that are reporting verbs only when speech follows ('added 300 jobs' is not). */
  ambiguousVerbs: Set<string>
  /** Base forms of verbs of making or sending a text ('write', 'post'): what was said may follow the place it went out ('wrote on Facebook that'). */
  composingVerbs: Set<string>
  /** Objects that make a text speech: 'tweeted a warning', 'tweeted their approval'. */
  speechObjects: Set<string>
  /** Speech acts of a verb and its particle ('pointed out', 'went on to say'): each form of the verb, mapped to its base and the particles that follow it. */
  phrasalCues: Map<string, {base: string, particles: string[][]}>
  anonymousRoles: Set<string>
  /** Nouns for people whose ending does not say so ('deckhand', 'nun', 'surgeon'): see `isPersonNoun`. */
  personNouns: Set<string>
  institutions: Set<string>
  /** Offices one person holds at a time: "the mayor said" names who the story means. */
  officeTitles: Set<string>
  vagueSources: Set<string>
  /** Crowds named by opinion or trade: vague unless placed ("critics", "consumer advocates"). */
  opinionGroups: Set<string>
  vagueDeterminers: Set<string>
  bareVague: Set<string>
  namedSources: Set<string>
  documents: PhraseIndex
  /** One-word document nouns ('memo', 'records', 'figures'), for a source phrase's head. */
  documentWords: Set<string>
  statementWords: Set<string>
  singularPronouns: Set<string>
  pluralPronouns: Set<string>
  claimMarkers: PhraseIndex<ClaimCategory>
  superlativeExceptions: Set<string>
  /** Every form of the words whose "that" clause is someone's speech, thought or feeling ("concerned that", "his warning that", "realized that"). */
  thatClauseHolders: Set<string>
  /** Every form of the words after which "what", "which" or "who" asks ("asked", "unclear"), reporting verbs included. */
  questionClauseHolders: Set<string>
  /** Nouns whose "would" gives their terms, not a forecast ("a bill that would ban night flights"). */
  proposalNouns: Set<string>
  /** Every form of the verbs of speech that judge ("mocked", "condemns"): a "because" after them is the speaker's reason. */
  judgingVerbs: Set<string>
  /** "illegal immigration", "in the country illegally": a category of people, not an accusation. */
  immigrationTerms: {nouns: Set<string>, before: Set<string>}
  loadedVerbs: Map<string, string>
  anonymityReasons: PhraseIndex
  /** "asked not to be named": a request for anonymity, a reason only with a "because" after it. */
  anonymityRequests: PhraseIndex
  placeholders: Set<string>
  /** Publishers' boilerplate ("not a recommendation to buy or sell"), lower-case, straight apostrophes. */
  boilerplate: string[]
  grammar: Grammar
  /**
   * Words that negate a verb: "not", "never", and the contracted forms of the auxiliaries ("isn't",
   * "didn’t", "won't"), mapped to the auxiliary they contract ("not" and "never" to themselves).
   */
  negations: Map<string, string>
}

/** Contracted negatives whose stem is not the auxiliary followed by "n't". */
const irregularNegatives: Record<string, string> = {will: 'won', can: 'ca', shall: 'sha'}

/**
 * "isn't", "didn’t", "won't": the auxiliaries of the grammar lists with "n't" (either apostrophe),
 * added to the lists their auxiliary is in, so "isn't saying" reads as "is saying" does.
 */
function addContractions(grammar: Grammar): Map<string, string> {
  const negations = new Map<string, string>([['not', 'not'], ['never', 'never']])
  for (const auxiliary of grammar.finiteVerbs) {
    if (!grammar.auxiliaries.has(auxiliary)) continue
    for (const apostrophe of ["'", '’']) negations.set(`${irregularNegatives[auxiliary] ?? auxiliary}n${apostrophe}t`, auxiliary)
  }
  for (const [contracted, auxiliary] of negations) {
    for (const list of [grammar.auxiliaries, grammar.beVerbs, grammar.finiteVerbs]) if (contracted !== auxiliary && list.has(auxiliary)) list.add(contracted)
  }
  return negations
}

/**
 * The most entries a word list may add, and the longest entry. A newsroom's lists hold tens or
 * hundreds of words; 100,000 cues fit in a 1 MiB configuration file and made every keystroke cost
 * half a second, so larger lists are cut with a message instead.
 */
export const maxListEntries = 2_000
export const maxEntryLength = 100

/** What is said of a list over `maxListEntries`, by the engine and by the configuration's validation alike. */
export function tooManyEntries(listName: string, count: number): string {
  return `Word list "${listName}" has ${count.toLocaleString('en')} entries; only the first ${maxListEntries.toLocaleString('en')} are used. Keep each word list under ${maxListEntries.toLocaleString('en')} entries.`
}

/** Checks a list on load: entries must be non-empty text of at most `maxEntryLength` characters; duplicates are dropped. */
function checkEntries(listName: string, words: readonly unknown[], problems: Problem[]): string[] {
  const clean: string[] = []
  const seen = new Set<string>()
  let tooLong = 0
  if (words.length > maxListEntries) problems.push({message: tooManyEntries(listName, words.length)})
  for (const raw of words.slice(0, maxListEntries)) {
    if (typeof raw !== 'string' || raw.trim() === '') {
      problems.push({message: `Word list "${listName}" has an empty or non-text entry; it was skipped.`})
      continue
    }
    const word = raw.trim().toLowerCase()
    if (word.length > maxEntryLength) {
      tooLong++
      continue
    }
    if (seen.has(word)) continue
    seen.add(word)
    clean.push(word)
  }
  if (tooLong > 0) problems.push({message: `Word list "${listName}" has ${tooLong === 1 ? 'an entry' : `${tooLong} entries`} longer than ${maxEntryLength} characters; ${tooLong === 1 ? 'it was' : 'they were'} skipped.`})
  return clean
}

export function phraseWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean)
}

function indexPhrases<Tag>(entries: Iterable<[string, Tag]>): PhraseIndex<Tag> {
  const index: PhraseIndex<Tag> = new Map()
  for (const [text, tag] of entries) {
    const words = phraseWords(text)
    if (words.length === 0) continue
    const list = index.get(words[0]) ?? []
    list.push({words, tag})
    index.set(words[0], list)
  }
  // Longer phrases first, so 'is expected to' wins over a shorter phrase with the same first word.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  return index
}

const listNames = ['cues', 'anonymousRoles', 'vagueSources', 'claimMarkers', 'namedSources', 'documents'] as const satisfies ReadonlyArray<keyof WordListAdditions>
type Cleaned = Record<(typeof listNames)[number], string[]>

/**
 * Word lists built once per distinct content: a project's additions are the same on every lint of
 * every draft, and building the lists takes longer than linting a page. The key is the cleaned
 * additions, each list sorted, so `["pundits", "Bloggers"]` and `["bloggers", "pundits"]` share one
 * build. A few distinct sets are kept (a workspace with several configuration files).
 */
const built = new Map<string, Words>()
const maxBuilt = 8

export function loadWords(additions: WordListAdditions = {}, problems: Problem[] = []): Words {
  // Cleaned on every lint (a few thousand entries at most, well under a millisecond): the caller may
  // have changed the lists since the last one.
  // Sorted, so that the order of a list changes nothing (which base form a shared inflection maps to).
  const cleaned = Object.fromEntries(listNames.map((name) => {
    const list = Object.hasOwn(additions, name) ? additions[name] : undefined
    return [name, Array.isArray(list) ? checkEntries(name, list, problems).sort() : []]
  })) as Cleaned
  const key = listNames.some((name) => cleaned[name].length > 0) ? JSON.stringify(listNames.map((name) => cleaned[name])) : ''
  let words = built.get(key)
  if (!words) {
    words = buildWords(key, cleaned)
    if (built.size >= maxBuilt) built.delete(built.keys().next().value!)
    built.set(key, words)
  }
  return words
}

function phrasalCues(): Map<string, {base: string, particles: string[][]}> {
  const phrasal = new Map<string, {base: string, particles: string[][]}>()
  for (const [base, particles] of Object.entries(cuesData.phrasal.phrases as Record<string, string[]>)) {
    for (const form of formsOf(base)) phrasal.set(form, {base, particles: particles.map((particle) => particle.split(' '))})
  }
  return phrasal
}

/** Every form of a list's verbs, and its other words. */
function verbForms(list: {verbs: string[], words: string[]}): Set<string> {
  return new Set([...list.verbs.flatMap(formsOf), ...list.words])
}

function buildWords(key: string, additions: Cleaned): Words {
  const cueForms = new Map<string, string>()
  const addCue = (base: string) => {
    for (const form of formsOf(base)) if (!cueForms.has(form)) cueForms.set(form, base)
  }
  for (const group of cuesData.groups) for (const base of group.words) addCue(base)
  for (const base of cuesData.belief.words) addCue(base)
  for (const word of additions.cues) addCue(word)

  const set = (base: readonly string[], extra: readonly string[] = []) => new Set([...base, ...extra].map((word) => word.toLowerCase()))

  const grammar = Object.fromEntries(
    Object.entries(grammarData).filter(([key]) => key !== 'description').map(([key, list]) => [key, new Set((list as {words: string[]}).words)])
  ) as Grammar
  const negations = addContractions(grammar)

  const claimEntries: Array<[string, ClaimCategory]> = claimsData.groups.flatMap((group) => group.phrases.map((text): [string, ClaimCategory] => [text, group.category as ClaimCategory]))
  for (const text of additions.claimMarkers) claimEntries.push([text, 'hedge'])

  const documentList = set(sourcesData.documents.words, additions.documents)
  return {
    key,
    cueForms,
    beliefVerbs: new Set(cuesData.belief.words),
    ambiguousVerbs: new Set(cuesData.ambiguous.words),
    composingVerbs: new Set(cuesData.composing.words),
    speechObjects: new Set(cuesData.composing.speechObjects),
    phrasalCues: phrasalCues(),
    anonymousRoles: set(sourcesData.anonymousRoles.words, additions.anonymousRoles),
    personNouns: set(sourcesData.personNouns.words),
    institutions: set(sourcesData.institutions.words),
    officeTitles: set(sourcesData.officeTitles.words),
    vagueSources: set(sourcesData.vagueSources.words, additions.vagueSources),
    opinionGroups: set(sourcesData.opinionGroups.words),
    vagueDeterminers: set(sourcesData.vagueDeterminers.words),
    bareVague: set(sourcesData.bareVague.words),
    namedSources: set([], additions.namedSources),
    documents: indexPhrases([...documentList].map((text): [string, undefined] => [text, undefined])),
    documentWords: new Set([...documentList].filter((text) => !text.includes(' ')).concat(sourcesData.documentSources.words)),
    statementWords: set(sourcesData.statementWords.words),
    singularPronouns: set(sourcesData.pronouns.singular),
    pluralPronouns: set(sourcesData.pronouns.plural),
    claimMarkers: indexPhrases(claimEntries),
    superlativeExceptions: set(claimsData.superlativeExceptions.words),
    thatClauseHolders: verbForms(claimsData.thatClauseHolders),
    proposalNouns: set(claimsData.proposalNouns.words),
    judgingVerbs: verbForms({verbs: claimsData.judgingVerbs.verbs, words: []}),
    immigrationTerms: {nouns: set(claimsData.immigrationTerms.words), before: set(claimsData.immigrationTerms.before)},
    questionClauseHolders: new Set([...verbForms(claimsData.questionClauseHolders), ...cueForms.keys()]),
    loadedVerbs: new Map(Object.entries(loadedData.verbs)),
    anonymityReasons: indexPhrases(anonymityData.groups.flatMap((group) => group.phrases.map((text): [string, undefined] => [text, undefined]))),
    anonymityRequests: indexPhrases(anonymityData.requests.phrases.map((text): [string, undefined] => [text, undefined])),
    placeholders: set(placeholderData.words),
    boilerplate: boilerplateData.phrases.words.map((phrase) => phrase.toLowerCase().replace(/’/g, "'")),
    grammar,
    negations
  }
}
