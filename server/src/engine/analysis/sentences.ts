// Sentences and tokens of one paragraph, as retext (parse-english) segments them, with two repairs
// where parse-english keeps two sentences together.

import type {Paragraph as NlcstParagraph, SentenceContent} from 'nlcst'
import type {Node} from 'unist'
import type {Token} from './model.ts'
import {FastParseEnglish} from './tokenizer.ts'

const parser = new FastParseEnglish({positions: false})

export interface RawSentence {
  start: number
  end: number
  tokens: Token[]
}

/**
 * Parses a paragraph's masked text into nlcst, without positions: the tree's text is `masked`, in
 * order, so a node's offset is the length of the text before it.
 */
export function parseParagraph(masked: string): NlcstParagraph {
  return parser.tokenizeParagraph(masked)
}

/**
 * A node's text, as nlcst-to-string gives it: a word's is its children's values (a text node, and
 * the marks parse-english merged into it), any other node's its value. Written out: the library's
 * general function built an array for every word of a draft.
 */
function textOf(node: SentenceContent): string {
  if (node.type !== 'WordNode') return node.value
  const {children} = node
  if (children.length === 1) return children[0].value
  let text = ''
  for (const child of children) text += child.value
  return text
}

/** The length of a node's text: of its value, or of its children's. */
function lengthOf(node: Node): number {
  if ('value' in node && typeof node.value === 'string') return node.value.length
  let length = 0
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) length += lengthOf(child)
  return length
}

function tokenOf(node: SentenceContent, start: number): Token {
  const text = textOf(node)
  const kind = node.type === 'WordNode' ? 'word' : node.type === 'PunctuationNode' ? 'punctuation' : node.type === 'WhiteSpaceNode' ? 'space' : 'symbol'
  return {kind, text, lower: lowerCase(text), start, end: start + text.length, quote: -1}
}

/**
 * `text.toLowerCase()`, without building a new string for a token that is already lower case and
 * ASCII ("said", ",", " "): most tokens of a draft are, and this runs for every one of them.
 */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128 || (code >= 65 && code <= 90)) return text.toLowerCase()
  }
  return text
}

/** Words that start a sentence after an initialism: "... in the U.S. The next day". */
const sentenceStarters = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'there', 'officials', 'some', 'many', 'after', 'before', 'when', 'while', 'as', 'if'])
const initialism = /^(?:[A-Za-z]\.){2,}$/

/**
 * parse-english keeps "on March 25. The next day" together (it reads "25." as an ordinal) and
 * "in the U.S. The" too: split there when a capitalised word follows.
 */
function needsSplit(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  const next = tokens[index + 1]
  const after = tokens[index + 2]
  if (!next || next.kind !== 'space' || !after || after.kind !== 'word' || !/^[A-Z“"]/.test(after.text)) return false
  // parse-english reads "25." as one word, an ordinal.
  if (token.kind === 'word' && /^\d{1,4}\.$/.test(token.text)) return true
  if (token.kind === 'punctuation' && token.text === '.') {
    const before = tokens[index - 1]
    return before !== undefined && before.kind === 'word' && /^\d+$/.test(before.text)
  }
  return token.kind === 'word' && initialism.test(token.text) && sentenceStarters.has(after.lower)
}

/** Sentences of a paragraph, from parse-english's tree of it. */
export function segment(masked: string, offset: number): RawSentence[] {
  const tree = parseParagraph(masked)
  const lineEnds = sentenceLineEnds(masked)
  const sentences: RawSentence[] = []
  // Where the next node starts in the draft.
  let cursor = offset
  for (const child of tree.children) {
    if (child.type !== 'SentenceNode') {
      cursor += lengthOf(child)
      continue
    }
    let tokens: Token[] = []
    for (const node of child.children) {
      const token = tokenOf(node, cursor)
      tokens.push(token)
      cursor = token.end
    }
    // parse-english ends a sentence at "No." in "the No. 3 seed": join the number back on.
    const previous = sentences.at(-1)
    const firstWord = tokens.find((token) => token.kind !== 'space')
    if (previous && firstWord && /^\d/.test(firstWord.text) && endsWithNumberSign(previous.tokens)) {
      sentences.pop()
      const gap: Token = {kind: 'space', text: masked.slice(previous.end - offset, firstWord.start - offset), lower: ' ', start: previous.end, end: firstWord.start, quote: -1}
      tokens = [...previous.tokens, ...(gap.end > gap.start ? [gap] : []), ...tokens.slice(tokens.indexOf(firstWord))]
    }
    for (let index = 0; index < tokens.length; index++) {
      if (needsSplit(tokens, index)) {
        pushSentence(sentences, tokens.slice(0, index + 1))
        tokens = tokens.slice(index + 2)
        index = -1
      } else if (lineEnds.length > 0 && tokens[index].kind === 'space' && endsLine(tokens[index], lineEnds, offset)) {
        pushSentence(sentences, tokens.slice(0, index))
        tokens = tokens.slice(index + 1)
        index = -1
      }
    }
    pushSentence(sentences, tokens)
  }
  return sentences
}

/** Does this run of spaces hold one of the line ends that end a sentence? */
function endsLine(space: Token, lineEnds: number[], offset: number): boolean {
  for (const end of lineEnds) if (end >= space.start - offset && end < space.end - offset) return true
  return false
}

/** Final punctuation of a line, before closing quotes and brackets; a colon or a comma goes on. */
const lineFinal = /[.!?…:;,\-–—(]["”’')\]»*_]*$/
/** What a line that starts a new sentence opens with: a capital, a digit, a quotation mark or a dash. */
const lineOpening = /^[\s>*_]*(?:\p{Lu}|\d|["“‘'(—–])/u

/**
 * The line breaks inside a paragraph that end a sentence, as offsets into `masked`: a short line
 * with no final punctuation, followed by a line that opens like a sentence, is a line of its own.
 * That is a dateline ("WASHINGTON (Wire)"), a byline ("By Dana Ruiz"), a signature, or a heading
 * pasted from a web page with single newlines ("Budget talks stall" over "The council met ...").
 * A hard-wrapped paragraph breaks its lines mid-sentence at about the same width, so a line counts
 * only when it has at most eight words and is well short of the paragraph's longest line.
 */
export function sentenceLineEnds(masked: string): number[] {
  if (!masked.includes('\n')) return []
  const lines: Array<{start: number; end: number; text: string}> = []
  let start = 0
  for (;;) {
    const end = masked.indexOf('\n', start)
    lines.push({start, end: end === -1 ? masked.length : end, text: masked.slice(start, end === -1 ? masked.length : end).trim()})
    if (end === -1) break
    start = end + 1
  }
  const longest = Math.max(...lines.map((line) => line.text.length))
  const ends: number[] = []
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index]
    const next = lines.slice(index + 1).find((later) => later.text !== '')
    if (line.text === '' || !next || lineFinal.test(line.text) || !lineOpening.test(next.text)) continue
    const words = line.text.split(/\s+/).length
    if (words <= 8 && (lines.length === 2 || line.text.length <= 0.6 * longest)) ends.push(line.end)
  }
  return ends
}

function endsWithNumberSign(tokens: Token[]): boolean {
  const last = tokens.at(-1)
  const word = tokens.at(-2)
  return last?.text === '.' && word !== undefined && /^nos?$/i.test(word.text)
}

function pushSentence(sentences: RawSentence[], tokens: Token[]): void {
  let first = 0
  let last = tokens.length - 1
  while (first <= last && tokens[first].kind === 'space') first++
  while (last >= first && tokens[last].kind === 'space') last--
  if (first > last) return
  // The caller's array is its own (segment builds or slices it for this sentence): kept as it is
  // when there is no space to trim, as there mostly is not.
  const kept = first === 0 && last === tokens.length - 1 ? tokens : tokens.slice(first, last + 1)
  sentences.push({start: kept[0].start, end: kept[kept.length - 1].end, tokens: kept})
}
