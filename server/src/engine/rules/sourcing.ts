// Suggestions that write the sourcing a finding asks for, as snippets with the cursor where the
// reporter types: the reason an anonymous source is not named, the speaker of a quote (a person or
// body the draft already names nearby, or a name to type), and who a claim is according to.
// Shared by the rules that offer them; each edit is one the rule reads as fixing its finding.

import type {Analysis} from '../analysis/analyze.ts'
import type {Quote, Source} from '../analysis/model.ts'
import {escapeSnippet} from './evidence.ts'
import type {Reported, Suggestion, SuggestionEdit} from './rule.ts'

/** The reasons newsrooms give most often, offered as the snippet's choices; the first is the text without snippets. */
export const anonymityReasons = ['they were not authorized to speak publicly', 'the talks are private', 'they feared retribution']

/** A snippet choice (`${1|a,b|}`) escapes its separators. */
function choice(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&')
}

/** Does the sentence end right after `offset` (only closing marks and a full stop left)? */
function endsSentenceAt(text: string, offset: number): boolean {
  return /^[”"’)]*\s*([.!?]|$|\r?\n)/.test(text.slice(offset, offset + 8))
}

/**
 * ", who spoke on condition of anonymity because ..." right after the source phrase: "A senior
 * aide, who spoke ... publicly, said" mid-sentence; "..., said a senior aide, who spoke ... publicly."
 * at its end (no second comma before the full stop).
 */
export function anonymityReasonEdit(text: string, sourceEnd: number): SuggestionEdit {
  const closing = endsSentenceAt(text, sourceEnd) ? '' : ','
  const lead = ', who spoke on condition of anonymity because '
  return {start: sourceEnd, end: sourceEnd, text: `${lead}${anonymityReasons[0]}${closing}`, snippet: `${lead}\${1|${anonymityReasons.map(choice).join(',')}|}${closing}$0`}
}

export function anonymityReasonSuggestion(text: string, sourceEnd: number): Suggestion {
  return {title: 'Say why the source is not named (“…, who spoke on condition of anonymity because …”)', edits: [anonymityReasonEdit(text, sourceEnd)], preferred: true}
}

/** The quote a quote-rule finding is about: its opening words, its speaker or its cue lie at the finding's start. */
export function quoteOf(analysis: Analysis, finding: Reported): Quote | undefined {
  const at = finding.start
  const inside = (span: {start: number; end: number} | undefined) => span !== undefined && span.start <= at && at < span.end
  return analysis.quotes.find((quote) => inside(quote) || inside(quote.speaker) || (quote.cue !== undefined && inside(analysis.cues[quote.cue])))
}

/** Named people and bodies the draft quotes or attributes to near the quote (its paragraph and the two before), latest first. */
export function namedNearby(analysis: Analysis, quote: Quote, limit = 3): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  const cues = analysis.cues.filter((cue) => {
    const paragraph = analysis.sentences[cue.sentence]?.paragraph ?? -1
    return paragraph <= quote.paragraph && paragraph >= quote.paragraph - 2
  })
  for (const cue of cues.reverse()) {
    const source: Source = cue.source
    if (source.kind !== 'named' || (source.pronoun && !source.antecedent)) continue
    const name = (source.antecedent ?? source).text.replace(/\s+/g, ' ').trim()
    // "her office said": named by the rules, but not a name to put under a quote.
    if (!/\p{Lu}/u.test(name)) continue
    const key = name.toLowerCase()
    // "Dorsey" after "Mayor Lena Dorsey": one person, offered once, as the draft last named them.
    if (seen.has(key) || [...seen].some((other) => other.endsWith(` ${key}`) || key.endsWith(` ${other}`))) continue
    seen.add(key)
    names.push(name)
    if (names.length === limit) break
  }
  return names
}

/**
 * The edit that gives a quote with no speaker one: `“We tried.”` becomes `“We tried,” Name said.`;
 * a quote that asks or exclaims keeps its mark (`“Why now?” Name said.`); a quote inside a
 * sentence gets ", Name said" before the sentence's full stop.
 */
export function speakerEdit(analysis: Analysis, quote: Quote, name: string, snippetName: string): SuggestionEdit {
  const {text} = analysis
  const closing = text[quote.end - 1]
  const last = text[quote.end - 2]
  if (/[”"’]/.test(closing) && endsSentenceAt(text, quote.end)) {
    if (last === '.' || last === ',') return {start: quote.end - 2, end: quote.end, text: `,${closing} ${name} said.`, snippet: `,${escapeSnippet(closing)} ${snippetName} said.`}
    if (last === '?' || last === '!') {
      // The full stop after the quote, if any, goes: “Why now?” Name said.
      const stop = /^\s*\./.exec(text.slice(quote.end))
      const end = stop ? quote.end + stop[0].length : quote.end
      return {start: quote.end, end, text: ` ${name} said.`, snippet: ` ${snippetName} said.`}
    }
  }
  // Before the full stop that ends the quote's last sentence.
  const sentence = analysis.sentences[quote.sentences.at(-1)!]
  let end = sentence.end
  while (end > sentence.start && /[\s.!?]/.test(text[end - 1])) end--
  return {start: end, end, text: `, ${name} said`, snippet: `, ${snippetName} said`}
}

/** "Attribute to <name>" for each named person nearby, and ", Name said" to type a name. */
export function speakerSuggestions(analysis: Analysis, quote: Quote): Suggestion[] {
  const nearby = namedNearby(analysis, quote)
  const suggestions: Suggestion[] = []
  if (quote.speaker) {
    // A described speaker ("one striker shouted"): the name takes the description's place.
    const {start, end} = quote.speaker.pronoun ?? quote.speaker
    for (const name of nearby) suggestions.push({title: `Attribute to ${name}`, edits: [{start, end, text: name}], ...(nearby.length === 1 ? {preferred: true} : {})})
    suggestions.push({title: `Name the speaker in place of “${quote.speaker.text}”`, edits: [{start, end, text: 'Name', snippet: '${1:Name}'}]})
    return suggestions
  }
  for (const name of nearby) suggestions.push({title: `Attribute to ${name}`, edits: [speakerEdit(analysis, quote, name, escapeSnippet(name))], ...(nearby.length === 1 ? {preferred: true} : {})})
  suggestions.push({title: 'Name the speaker (“…,” Name said)', edits: [speakerEdit(analysis, quote, 'Name', '${1:Name}')]})
  return suggestions
}

/** ", according to <source>" before the full stop of the sentence that holds `offset`. */
export function accordingToSuggestion(analysis: Analysis, offset: number): Suggestion | undefined {
  const {sentences, text} = analysis
  const sentence = sentences.find((candidate) => candidate.start <= offset && offset < candidate.end)
  if (!sentence) return undefined
  let end = sentence.end
  while (end > sentence.start && /[\s.!?]/.test(text[end - 1])) end--
  // A sentence that ends in a closing quote mark keeps it: the attribution goes after.
  return {title: 'Say who says so (“…, according to …”)', edits: [{start: end, end, text: ', according to source', snippet: ', according to ${1:source}'}]}
}
