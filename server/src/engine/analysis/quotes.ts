// Pairs quotation marks into direct quotes. Curly marks pair by shape; straight marks pair by
// position (an opening mark follows a space or starts the paragraph). A paragraph that opens a quote
// and does not close it continues in the next paragraph that opens with a quotation mark, as
// newspapers print long quotes (AP Stylebook, "quotation marks").

import type {Paragraph, Quote, Sentence, Token} from './model.ts'

const opening = new Set(['“', '"', '«', '„'])
const closing = new Set(['”', '"', '»', '“'])
const smallWords = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'nor', 'into', 'over', 'under'])

interface Mark {
  offset: number
  char: string
}

/** Finds the quotation marks of a paragraph that open and close quotes, as [open, close] pairs. */
function pairMarks(masked: string, start: number): Array<{open: number; close: number; closed: boolean}> {
  const pairs: Array<{open: number; close: number; closed: boolean}> = []
  let open: Mark | undefined
  for (let index = 0; index < masked.length; index++) {
    const char = masked[index]
    if (char !== '“' && char !== '”' && char !== '"' && char !== '«' && char !== '»' && char !== '„') continue
    const before = index === 0 ? ' ' : masked[index - 1]
    if (!open) {
      // A straight mark right after a digit is inches (6'2"), not a quote.
      if (char === '"' && /\d/.test(before)) continue
      if (opening.has(char) && char !== '”') open = {offset: index, char}
      continue
    }
    const straight = open.char === '"'
    if ((straight && char === '"') || (!straight && closing.has(char) && char !== '"')) {
      // A curly opening mark inside an open curly quote starts a new quote: the last one was never closed.
      if (char === '“' && open.char === '“') {
        pairs.push({open: start + open.offset, close: start + index, closed: false})
        open = {offset: index, char}
        continue
      }
      pairs.push({open: start + open.offset, close: start + index + 1, closed: true})
      open = undefined
    }
  }
  if (open) pairs.push({open: start + open.offset, close: start + masked.length, closed: false})
  return pairs
}

function isTitleCase(words: Token[]): boolean {
  return words.every((word, index) => /^[\p{Lu}\d]/u.test(word.text) || (index > 0 && smallWords.has(word.lower)))
}

/**
 * Finds every direct quote of the draft and marks the tokens inside it. `hasCueNear` says whether a
 * sentence attributes speech, so that a Title Case string with a speech verb still counts as a quote.
 */
export function findQuotes(paragraphs: Paragraph[], sentences: Sentence[], masked: string[]): Quote[] {
  const quotes: Quote[] = []
  let lastOpen: Quote | undefined
  for (const paragraph of paragraphs) {
    const text = masked[paragraph.index]
    const firstMark = text.search(/\S/)
    const continuing = lastOpen && firstMark !== -1 && opening.has(text[firstMark]) ? lastOpen : undefined
    lastOpen = undefined
    for (const pair of pairMarks(text, paragraph.start)) {
      const words: Token[] = []
      const touched: number[] = []
      for (const sentenceIndex of paragraph.sentences) {
        const sentence = sentences[sentenceIndex]
        if (sentence.end <= pair.open || sentence.start >= pair.close) continue
        touched.push(sentenceIndex)
        for (const token of sentence.tokens) if (token.kind === 'word' && token.start > pair.open && token.end <= pair.close) words.push(token)
      }
      const isContinuation = continuing !== undefined && pair.open - paragraph.start === firstMark
      // Shorter strings are scare quotes or titles ("reset", "We were lucky"), not speech.
      if (words.length < 4 && !isContinuation) continue
      const quote: Quote = {
        index: quotes.length,
        start: pair.open,
        end: pair.close,
        text: masked[paragraph.index].slice(pair.open - paragraph.start, pair.close - paragraph.start),
        words: words.length,
        sentences: touched,
        paragraph: paragraph.index,
        open: !pair.closed,
        titleCase: isTitleCase(words),
        continues: isContinuation ? continuing.index : undefined,
        evidence: 'none'
      }
      quotes.push(quote)
      if (!pair.closed) lastOpen = quote
      for (const sentenceIndex of touched) {
        for (const token of sentences[sentenceIndex].tokens) if (token.start >= quote.start && token.end <= quote.end) token.quote = quote.index
      }
    }
  }
  return quotes
}
