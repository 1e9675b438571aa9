// unnamed-speaker: a direct quote whose speaker is not named: none at all, or an anonymous or
// vague description (shared spec, `unnamed-speaker`).

import {ruleNames} from './names.ts'
import {noOptions, quotable, type Report, type Rule} from './rule.ts'
import {quoteOf, speakerSuggestions} from './sourcing.ts'

export const unnamedSpeaker: Rule = {
  meta: {
    id: 'unnamed-speaker',
    name: ruleNames['unnamed-speaker'],
    defaultSeverity: 'warning',
    docs: {
      summary: 'A direct quote with no speaker, or an anonymous or vague one.',
      description:
        'A direct quote with no speaker, or whose speaker is only described ("a senior administration official") or vague ("critics"). A quote is tied to its speaker by a cue in its own sentence, the sentence just before or after it, an earlier quote of the same speaker in the paragraph, or an em-dash line under a block quote.',
      howToFix: 'Name the speaker in the quote\'s sentence or the one next to it ("..., Mayor Ana Ruiz said"); for an anonymous source, say why it is not named.'
    },
    messages: {
      noSpeaker: 'No one is named as saying “{{opening}}”.',
      described: 'The quote\'s speaker, “{{speaker}}”, is not named.',
      referring: 'The quote\'s speaker, “{{speaker}}” (“{{antecedent}}”), is not named.'
    },
    schema: noOptions,
    hasSuggestions: true
  },
  check(analysis) {
    const reports: Report[] = []
    for (const quote of analysis.quotes) {
      const firstSentence = analysis.sentences[quote.sentences[0]]
      if (!firstSentence || firstSentence.heading || analysis.paragraphs[quote.paragraph].exempt) continue
      // A Title Case string with no speech verb is a title of a work ("Three Sisters Mending Nets").
      if (quote.titleCase && quote.evidence !== 'cue') continue
      const speaker = quote.speaker
      if (speaker && (speaker.kind === 'named' || speaker.kind === 'document')) continue
      const sentencesEnd = analysis.sentences[quote.sentences.at(-1)!].end
      const opening = openingWords(analysis.text, quote.start, Math.min(quote.end, sentencesEnd))
      if (!speaker) {
        reports.push({start: opening.start, end: opening.end, messageId: 'noSpeaker', data: {opening: opening.quoted}})
        continue
      }
      // The mark is on the quote's opening words, whoever the speaker is: the quote is what lacks
      // a name, and the speaker phrase carries its own mark when anonymous-source flags it, so a
      // reporter sees one mark per problem and never a two-line quote underlined whole.
      const {antecedent} = speaker
      const related = antecedent ? [{start: antecedent.start, end: antecedent.end, message: `“${quotable(speaker.text)}” refers to “${quotable(antecedent.text)}”.`}] : undefined
      reports.push({
        start: opening.start,
        end: opening.end,
        actual: speaker.text,
        related,
        ...(antecedent ? {messageId: 'referring', data: {speaker: speaker.text, antecedent: antecedent.text}} : {messageId: 'described', data: {speaker: speaker.text}})
      })
    }
    return reports
  },
  // A speaker for the quote: someone the draft names nearby, or a name to type. (For a described
  // speaker kept anonymous on purpose, the anonymous-source finding at the same words offers the reason.)
  suggest(analysis, reported) {
    return reported.map((finding) => {
      const quote = quoteOf(analysis, finding)
      return quote ? speakerSuggestions(analysis, quote) : []
    })
  }
}

/** How many words of a quote its mark covers. */
const openingWordCount = 3

/**
 * A quote's opening mark and first words, up to `end` (the end of its sentence): the rule's mark,
 * so a two-line quote is not underlined whole. `quoted` is the words as a
 * message quotes them, with "…" when the quote goes on.
 */
function openingWords(text: string, start: number, end: number): {start: number; end: number; quoted: string} {
  const words = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
  words.lastIndex = start
  let last = start
  let firstWord = -1
  for (let count = 0; count < openingWordCount; count++) {
    const found = words.exec(text)
    if (!found || found.index >= end) break
    if (firstWord === -1) firstWord = found.index
    last = found.index + found[0].length
  }
  if (firstWord === -1) return {start, end, quoted: text.slice(start, end)}
  const rest = text.slice(last, end)
  const more = /[\p{L}\p{N}]/u.test(rest)
  return {start, end: last, quoted: text.slice(firstWord, last) + (more ? '…' : '')}
}
