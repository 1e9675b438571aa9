// missing-evidence: a sentence that states a figure or leans on a document, with no evidence note,
// attributed or not: attribution tells the reader who, the note tells the editor where to check
// (shared spec, `missing-evidence`).

import {addNoteSuggestions, hasUsableNote} from './evidence.ts'
import {ruleNames} from './names.ts'
import {noOptions, type Report, type Rule} from './rule.ts'

export const missingEvidence: Rule = {
  meta: {
    id: 'missing-evidence',
    name: ruleNames['missing-evidence'],
    defaultSeverity: 'warning',
    docs: {
      summary: 'A figure or a document with no evidence note.',
      description:
        'A sentence that states a figure (a count, an amount of money, a percentage, a measurement) or leans on a document (a report, records, a study, a poll) with no evidence note: a footnote, a link or a {>>source: ...<<} comment that tells the editor where to check it. Attribution says who; the note says where.',
      howToFix: 'Add a footnote, a link or a `{>>source: ...<<}` note saying where an editor can check it. Attribution says who; the note says where.'
    },
    messages: {
      figure: 'The figure “{{text}}” has no evidence note.',
      document: 'The document “{{text}}” has no evidence note.'
    },
    schema: noOptions,
    hasSuggestions: true
  },
  check(analysis) {
    const reports: Report[] = []
    const {sentences} = analysis
    for (const index of analysis.candidates.figuresOrDocuments) {
      if (hasUsableNote(analysis, index)) continue
      const sentence = sentences[index]
      const figure = sentence.figures[0]
      const document = sentence.documents[0]
      const trigger = figure && (!document || figure.start <= document.start) ? figure : document!
      reports.push({start: trigger.start, end: trigger.end, actual: trigger.text, messageId: trigger === figure ? 'figure' : 'document', data: {text: trigger.text}})
    }
    return reports
  },
  suggest: addNoteSuggestions
}
