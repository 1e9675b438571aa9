// missing-evidence: a sentence that states a figure or leans on a document, with no evidence note,
// attributed or not: attribution tells the reader who, the note tells the editor where to check
// (shared spec, `missing-evidence`).

import {hasUsableNote, Messages, quoteText, candidates, type Report, type Rule} from './rule.ts'

const messages = new Messages((text, kind) => `The ${kind} ${quoteText(text)} has no evidence note: add a footnote, a link or {>>source: ...<<} saying where to check it.`)

export const missingEvidence: Rule = {
  id: 'missing-evidence',
  defaultSeverity: 'warning',
  summary: 'A figure or a document with no evidence note.',
  description:
    'A sentence that states a figure (a count, an amount of money, a percentage, a measurement) or leans on a document (a report, records, a study, a poll) with no evidence note: a footnote, a link or a {>>source: ...<<} comment that tells the editor where to check it. Attribution says who; the note says where.',
  check(context) {
    const reports: Report[] = []
    const {sentences} = context.analysis
    for (const index of candidates(context.analysis).figuresOrDocuments) {
      if (hasUsableNote(context, index)) continue
      const sentence = sentences[index]
      const figure = sentence.figures[0]
      const document = sentence.documents[0]
      const trigger = figure && (!document || figure.start <= document.start) ? figure : document!
      reports.push({start: trigger.start, end: trigger.end, actual: trigger.text, message: messages.get(trigger.text, trigger === figure ? 'figure' : 'document')})
    }
    return reports
  }
}
