// parse-english with a faster first step. parse-latin's `tokenize` splits text into runs of words,
// white space, punctuation and symbols; it classifies every character by testing three large
// Unicode regular expressions on a one-character string, and copies its position object with a
// spread for every node. On a 10 MB draft that was about a tenth of the whole lint. This class gives
// the same nodes, with the same positions, from a table of classes by UTF-16 unit (each filled in
// the first time the unit is seen, by parse-latin's own `tokenize` of that one character), and
// leaves every later step of parse-english (its plugins) as it is. test/tokenizer.test.ts holds it
// equal to parse-english's on random text. The engine's parser makes no positions at all (see
// `positions`), which halves the objects a paragraph's tree is made of.

import type {Point, Position} from 'unist'
import type {SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'

type RunType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'
const runTypes: readonly RunType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const whiteSpace = 1
const word = 3

/** The class of each UTF-16 unit (1 + its index in `runTypes`), 0 until first seen. */
const classes = new Uint8Array(0x10000)

/**
 * parse-english's steps after the tokenizer, in parse-english 7 and parse-latin 7, and those that
 * cannot act on a paragraph: the paragraph's eleventh (`breakImplicitSentences`, which splits a
 * sentence at white space that holds two or more line breaks) and the sentence's fifth
 * (`mergeInnerWordSlash`, which joins "and/or" and "w/o") each act only on a character most
 * paragraphs lack; the last of each list (`patchPosition`) only copies positions, and does nothing
 * in a tree without them. Checked against the lists' lengths, so another version of the libraries
 * runs every step.
 */
const paragraphSteps = ParseEnglish.prototype.tokenizeParagraphPlugins
const sentenceSteps = ParseEnglish.prototype.tokenizeSentencePlugins
const knownSteps = paragraphSteps.length === 13 && sentenceSteps.length === 7

function stepsWithout<Step>(steps: Step[], skipped: number[]): Step[] {
  return knownSteps ? steps.filter((_, index) => !skipped.includes(index)) : steps
}

/** The paragraph's steps by [two line breaks or not][positions or not]. */
const paragraphStepsFor = [[stepsWithout(paragraphSteps, [10, 12]), stepsWithout(paragraphSteps, [10])], [stepsWithout(paragraphSteps, [12]), paragraphSteps]]
/** The sentence's steps by [a slash or not][positions or not]. */
const sentenceStepsFor = [[stepsWithout(sentenceSteps, [4, 6]), stepsWithout(sentenceSteps, [4])], [stepsWithout(sentenceSteps, [6]), sentenceSteps]]

export class FastParseEnglish extends ParseEnglish {
  /**
   * Whether nodes carry positions. The engine reads a paragraph's tokens in order and counts their
   * lengths instead (sentences.ts): every step of parse-english keeps the tree's text the
   * paragraph's, in order, and touches a position only where there is one, so without them the tree
   * is the same but for its positions, and three to four objects a token are never made.
   */
  readonly positions: boolean

  constructor(options: {positions?: boolean} = {}) {
    super()
    this.positions = options.positions ?? true
  }

  /**
   * parse-english's paragraph, without the steps that cannot act on this text or this tree: each
   * step walks every sentence or every token of the paragraph.
   */
  override tokenizeParagraph(value?: string | null): ReturnType<ParseEnglish['tokenizeParagraph']> {
    const [paragraphBefore, sentenceBefore] = [this.tokenizeParagraphPlugins, this.tokenizeSentencePlugins]
    const positions = this.positions ? 1 : 0
    this.tokenizeParagraphPlugins = paragraphStepsFor[value && hasTwoLineBreaks(value) ? 1 : 0][positions]
    this.tokenizeSentencePlugins = sentenceStepsFor[value && value.includes('/') ? 1 : 0][positions]
    try {
      return super.tokenizeParagraph(value)
    } finally {
      this.tokenizeParagraphPlugins = paragraphBefore
      this.tokenizeSentencePlugins = sentenceBefore
    }
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const positions = this.positions
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start: Point = {line, column, offset}
    let previousClass = 0
    let previous = -1
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const current = classes[code] || this.classify(code)
      if (from < index && endsRun(previousClass, current, previous, code)) {
        const type = runTypes[previousClass - 1]
        children.push(positions ? node(type, value.slice(from, index), start, line, column, offset) : bareNode(type, value.slice(from, index)))
        from = index
        if (positions) start = {line, column, offset}
      }
      if (positions) {
        if (code === 13 || (code === 10 && previous !== 13)) {
          line++
          column = 1
        } else if (code !== 10) {
          column++
        }
        offset++
      }
      previousClass = current
      previous = code
    }
    if (previousClass !== 0 && from < value.length) {
      const type = runTypes[previousClass - 1]
      children.push(positions ? node(type, value.slice(from), start, line, column, offset) : bareNode(type, value.slice(from)))
    }
    return children
  }

  /** Classifies one UTF-16 unit as parse-latin does, by its own tokenizer, and remembers it. */
  private classify(code: number): number {
    const type = super.tokenize(String.fromCharCode(code))[0].type as RunType
    classes[code] = runTypes.indexOf(type) + 1
    return classes[code]
  }
}

/**
 * Does a unit of class `current` end the run before it? A run goes on while words or white space
 * continue, the same mark or symbol repeats, or a surrogate half follows (as parse-latin's
 * `tokenize` decides).
 */
function endsRun(previousClass: number, current: number, previous: number, code: number): boolean {
  return previousClass !== 0 && !(previousClass === current && (current === word || current === whiteSpace || code === previous || (code >= 0xd800 && code <= 0xdfff)))
}

/** Does the text hold two line-break characters (CR or LF), as white space with two line breaks needs? */
function hasTwoLineBreaks(value: string): boolean {
  let seen = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code === 10 || code === 13) && ++seen === 2) return true
  }
  return false
}

/** A node as parse-latin makes it: a word holds one text node; both share the start point. */
function node(type: RunType, value: string, start: Point, line: number, column: number, offset: number): SentenceContent {
  const position = (): Position => ({start, end: {line, column, offset}})
  if (type === 'WordNode') return {type, children: [{type: 'TextNode', value, position: position()}], position: position()}
  return {type, value, position: position()}
}

/** A node as parse-latin makes it, without a position. */
function bareNode(type: RunType, value: string): SentenceContent {
  if (type === 'WordNode') return {type, children: [{type: 'TextNode', value}]}
  return {type, value}
}
