// A sentence as a reader of its grammar sees it: words and marks outside quotes, each direct quote
// as one item, no spaces. Cue finding walks these items back and forth.

import type {Token} from './model.ts'

export interface Item {
  kind: 'word' | 'mark' | 'quote'
  /** Lower-cased text; for a quote, the quote's index as text. */
  lower: string
  text: string
  start: number
  end: number
  /** The quote's index, for a quote item. */
  quote: number
  /** First word of the sentence: its capital letter says nothing about a name. */
  initial: boolean
}

export function itemsOf(sentence: {tokens: Token[]}): Item[] {
  const items: Item[] = []
  let sawWord = false
  for (const token of sentence.tokens) {
    if (token.kind === 'space') continue
    if (token.quote !== -1) {
      const last = items.at(-1)
      if (last && last.kind === 'quote' && last.quote === token.quote) last.end = token.end
      else items.push({kind: 'quote', lower: '', text: '', start: token.start, end: token.end, quote: token.quote, initial: false})
      continue
    }
    const isWord = token.kind === 'word'
    items.push({kind: isWord ? 'word' : 'mark', lower: token.lower, text: token.text, start: token.start, end: token.end, quote: -1, initial: isWord && !sawWord})
    if (isWord) sawWord = true
  }
  return items
}

/** Capitalised like a name: `Reuters`, `CNA`, `Okonkwo-Hale`, `O'Neill`. */
export function isCapitalised(item: Item | Token): boolean {
  return isCapitalisedText(item.text)
}

/** Does the text start with a capital letter (`/^\p{Lu}/u`)? */
export function isCapitalisedText(text: string): boolean {
  const code = text.charCodeAt(0)
  // ASCII first: most words are, and a Unicode property test costs more.
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(text)
}

export function isNumber(text: string): boolean {
  return /^[$€£¥]?\d[\d.,]*%?$/.test(text)
}

/** A possessive's owner (`CNA's` -> `cna`). */
export function stripPossessive(lower: string): string {
  return lower.replace(/['’]s?$/, '')
}
