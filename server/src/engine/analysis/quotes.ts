// Pairs quotation marks into direct quotes. Curly marks pair by shape; straight marks pair by
// position (an opening mark follows a space or starts the paragraph). A paragraph that opens a quote
// and does not close it continues in the next paragraph that opens with a quotation mark, as
// newspapers print long quotes (AP Stylebook, "quotation marks").

import type {Token} from './model.ts'

const opening = new Set(['“', '"', '«', '„'])
/** Marks that close a curly (or guillemet) quote; a straight quote closes only on a straight mark. */
const curlyClosing = new Set(['”', '»', '“'])
const smallWords = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'nor', 'into', 'over', 'under'])

interface Mark {
  offset: number
  char: string
}

/**
 * A doubled mark that wire archives use for a quotation mark: two apostrophes (''We won,'' she
 * said) or two backticks opening one (``We won,'' she said). Read as a straight quotation mark
 * two characters wide; a single apostrophe stays an apostrophe ("the workers' union").
 */
function doubledMark(masked: string, index: number): boolean {
  const char = masked[index]
  return (char === "'" || char === '`' || char === '‘' || char === '’') && masked[index + 1] === (char === '`' ? '`' : char === '‘' ? '‘' : char === '’' ? '’' : "'")
}

/** Finds the quotation marks of a paragraph that open and close quotes, as [open, close] pairs. */
/**
 * Is the character one of the marks below (' ` ‘ ’ “ ” " « » „)? Most characters of a paragraph are
 * not, and a test of their code rules them out before any string is compared.
 */
function mayBeQuotationMark(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code === 0xab || code === 0xbb || code === 0x2018 || code === 0x2019 || (code >= 0x201c && code <= 0x201e)
}

function pairMarks(masked: string, start: number): Array<{open: number; close: number; closed: boolean}> {
  const pairs: Array<{open: number; close: number; closed: boolean}> = []
  let open: Mark | undefined
  for (let index = 0; index < masked.length; index++) {
    if (!mayBeQuotationMark(masked.charCodeAt(index))) continue
    let char = masked[index]
    let width = 1
    if (char === "'" || char === '`' || char === '‘' || char === '’') {
      // ''I would call it 'a slow tide,''' she said: of three, the first closes the inner quote.
      if (!doubledMark(masked, index) || (open && masked[index + 2] === char)) continue
      char = '"'
      width = 2
    } else if (char !== '“' && char !== '”' && char !== '"' && char !== '«' && char !== '»' && char !== '„') continue
    const before = index === 0 ? ' ' : masked[index - 1]
    if (!open) {
      // A straight mark right after a digit is inches (6'2"), not a quote.
      if (char === '"' && /\d/.test(before)) continue
      if (opening.has(char)) open = {offset: index, char}
      index += width - 1
      continue
    }
    const straight = open.char === '"'
    if (straight ? char === '"' : curlyClosing.has(char)) {
      // A curly opening mark inside an open curly quote starts a new quote: the last one was never closed.
      if (char === '“' && open.char === '“') {
        pairs.push({open: start + open.offset, close: start + index, closed: false})
        open = {offset: index, char}
        continue
      }
      pairs.push({open: start + open.offset, close: start + index + width, closed: true})
      open = undefined
    }
    index += width - 1
  }
  if (open) pairs.push({open: start + open.offset, close: start + masked.length, closed: false})
  return pairs
}

function isTitleCase(words: Token[]): boolean {
  return words.every((word, index) => /^[\p{Lu}\d]/u.test(word.text) || (index > 0 && smallWords.has(word.lower)))
}

/** Index of the first token that starts after `offset`. */
function firstTokenAfter(tokens: Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start > offset) high = middle
    else low = middle + 1
  }
  return low
}

/** A direct quote as one paragraph sees it; the draft-wide analysis numbers and links them. */
export interface ParagraphQuote {
  start: number
  end: number
  text: string
  words: number
  /** The paragraph's sentences it touches, as indices into the paragraph's sentences. */
  sentences: number[]
  open: boolean
  titleCase: boolean
  /** Continues the quote left open at the end of the paragraph before. */
  continuesPrevious: boolean
}

/**
 * Finds the direct quotes of one paragraph and marks the tokens inside them with the quote's index
 * in the paragraph. `continuing`: the paragraph before ended inside a quote.
 */
export function quotesOfParagraph(masked: string, start: number, sentences: Array<{start: number; end: number; tokens: Token[]}>, continuing: boolean): ParagraphQuote[] {
  const quotes: ParagraphQuote[] = []
  const firstMark = masked.search(/\S/)
  const opensWithMark = continuing && firstMark !== -1 && (opening.has(masked[firstMark]) || doubledMark(masked, firstMark))
  // Pairs and sentences both run left to right: one pointer walks the sentences, and binary search
  // finds a pair's first token, so a paragraph of thousands of quotation marks stays linear.
  let first = 0
  const wordsInside = (pair: {open: number; close: number}, touched: number[]): Token[] => {
    while (first < sentences.length && sentences[first].end <= pair.open) first++
    const inside: Token[] = []
    for (let index = first; index < sentences.length && sentences[index].start < pair.close; index++) {
      touched.push(index)
      const tokens = sentences[index].tokens
      for (let at = firstTokenAfter(tokens, pair.open); at < tokens.length && tokens[at].end <= pair.close; at++) if (tokens[at].kind === 'word') inside.push(tokens[at])
    }
    return inside
  }
  for (const pair of pairMarks(masked, start)) {
    const touched: number[] = []
    const words = wordsInside(pair, touched)
    const isContinuation = opensWithMark && pair.open - start === firstMark
    // Shorter strings are scare quotes or titles ("reset", "We were lucky"), not speech.
    if (words.length < 4 && !isContinuation) continue
    const local = quotes.length
    quotes.push({
      start: pair.open,
      end: pair.close,
      text: masked.slice(pair.open - start, pair.close - start),
      words: words.length,
      sentences: touched,
      open: !pair.closed,
      titleCase: isTitleCase(words),
      continuesPrevious: isContinuation
    })
    for (const index of touched) {
      const tokens = sentences[index].tokens
      for (let at = firstTokenAfter(tokens, pair.open - 1); at < tokens.length && tokens[at].end <= pair.close; at++) if (tokens[at].start >= pair.open) tokens[at].quote = local
    }
  }
  return quotes
}
