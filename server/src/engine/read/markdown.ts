// Reads one Markdown block with remark (GFM, front matter) and keeps only its prose: text of
// paragraphs, headings, list items and block quotes. Code, HTML, link URLs, tables and front matter
// are not prose (spec, "Units").

import type {Nodes, Parent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {BlockKind} from '../analysis/model.ts'
import {mask, takeInlineNotes, takeInlineNotesFrom, type BlockProse, type ProseParagraph, type RawNote} from './inline.ts'
import {delimitedSpans} from './spans.ts'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Footnote references, which the fast path reads itself (CriticMarkup comments too). */
const footnoteReference = /\[\^[^\]\s]+\](?!:)/g
/** Markdown syntax that needs remark; a block with none of it is one plain paragraph. */
const markdownSyntax = /[\\`*_[\]<>|~]|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);|^ {0,3}(?:[>#]|[-+*][ \t]|\d+[.)][ \t]|[=-]+[ \t]*$)|^( {4}|\t)/im
const footnoteDefinition = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/
/** A bullet list item of one line: its marker and one space, then its text, with no space at either end. */
const simpleItem = /^[-+*] (?=\S)(.*\S)$/
/** What GFM turns into a link in running text (`www.`, `http://`, an e-mail address): remark reads it. */
const autolinkLiteral = /www\.|:\/\/|@/
/** An item's text that opens with a list marker ("- 1.", "- *"), even with nothing after it: a list in the item. */
const nestedMarker = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/
const atxHeading = /^( {0,3}#{1,6}[ \t]+)([^\n]*?)(?:[ \t]+#+)?[ \t]*$/

function needsRemark(text: string): boolean {
  let plain = ''
  let from = 0
  for (const comment of delimitedSpans(text, '{>>', '<<}')) {
    plain += text.slice(from, comment.start) + ' '
    from = comment.end
  }
  plain += text.slice(from)
  return markdownSyntax.test(plain.replace(footnoteReference, ' '))
}

/**
 * A bullet list whose items are one line each of plain text ("- Nobody asked us,” said a
 * resident.[^4]"): one list-item paragraph per line, as remark reads it, without remark, which
 * costs a millisecond or more for each such block. Undefined for any other block, and for an item
 * with any Markdown syntax, an autolink or a CriticMarkup comment in it: remark reads those.
 */
export function simpleList(text: string): ProseParagraph[] | undefined {
  if (text.includes('\r') || text.includes('{>>')) return undefined
  const paragraphs: ProseParagraph[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const item = simpleItem.exec(line)
    if (!item) return undefined
    const content = item[1]
    if (autolinkLiteral.test(content) || nestedMarker.test(content) || markdownSyntax.test(content.replace(footnoteReference, ' '))) return undefined
    const start = lineStart + 2
    const notes: RawNote[] = []
    // As remark's reading: a footnote call is text to remark (its definition is in another block), found as a note here.
    paragraphs.push({kind: 'list-item', start, end: start + content.length, masked: takeInlineNotesFrom(content, content, start, notes, false), notes})
    lineStart += line.length + 1
  }
  return paragraphs
}

/** A paragraph read without remark: the text as it stands, notes taken out. */
function plainParagraph(text: string, kind: BlockKind, from: number, to: number): ProseParagraph {
  const notes: RawNote[] = []
  let masked = text
  if (from > 0 || to < text.length) {
    const chars = text.split('')
    mask(chars, 0, from)
    mask(chars, to, text.length)
    masked = chars.join('')
  }
  return {kind, start: 0, end: text.length, masked: takeInlineNotesFrom(masked, text, 0, notes, true), notes}
}

export function readMarkdownBlock(text: string): Omit<BlockProse, 'suppressions'> {
  // Most blocks of a draft are plain sentences, footnote references and CriticMarkup: reading them
  // without remark gives what remark would, at a fraction of the cost.
  if (!needsRemark(text)) return {paragraphs: [plainParagraph(text, 'paragraph', 0, text.length)], definitions: []}
  const heading = text.includes('\n') ? null : atxHeading.exec(text)
  // A one-line footnote definition ("[^vote]: CNA ballot results, 14 April 2025: https://..."),
  // the usual form at the foot of a draft.
  const definition = text.includes('\n') ? null : footnoteDefinition.exec(text)
  if (definition && !needsRemark(definition[2].replace(/https?:\/\/\S+/g, ' '))) {
    const at = text.indexOf('[')
    return {paragraphs: [], definitions: [{label: definition[1], value: definition[2].trim(), start: at, end: text.trimEnd().length, labelSpan: {start: at, end: at + definition[1].length + 4}}]}
  }
  if (heading && !needsRemark(heading[2])) return {paragraphs: [plainParagraph(text, 'heading', heading[1].length, heading[1].length + heading[2].length)], definitions: []}
  const list = simpleList(text)
  if (list) return {paragraphs: list, definitions: []}
  return readWithRemark(text)
}

/** A block as remark reads it (what the fast paths above must give, and the tests hold them to). */
export function readWithRemark(text: string): Omit<BlockProse, 'suppressions'> {
  const tree = processor.parse(text) as Root
  const result: Omit<BlockProse, 'suppressions'> = {paragraphs: [], definitions: []}
  for (const child of tree.children) readFlow(child, 'paragraph', text, result)
  return result
}

function readFlow(node: RootContent, kind: BlockKind, text: string, result: Omit<BlockProse, 'suppressions'>): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const paragraph = readInline(node, node.type === 'heading' ? 'heading' : kind, text)
      if (paragraph) result.paragraphs.push(paragraph)
      return
    }
    case 'blockquote':
      for (const child of node.children) readFlow(child, 'blockquote', text, result)
      return
    case 'list':
      for (const item of node.children) for (const child of item.children) readFlow(child, kind === 'blockquote' ? kind : 'list-item', text, result)
      return
    case 'footnoteDefinition': {
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      const labelEnd = text.indexOf(']:', start) + 2
      result.definitions.push({
        label: node.label ?? node.identifier,
        value: text.slice(labelEnd, end).trim(),
        start,
        end,
        labelSpan: {start, end: labelEnd}
      })
      return
    }
    default:
      // Code, HTML, tables, thematic breaks, definitions and front matter are not prose.
      return
  }
}

/** Builds the masked text of a paragraph or heading: its text nodes, at their own offsets. */
function readInline(node: Parent & Nodes, kind: BlockKind, text: string): ProseParagraph | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const raw = text.slice(start, end)
  const chars = raw.split('').map((char) => (char === '\n' || char === '\r' ? char : ' '))
  const notes: RawNote[] = []

  const visit = (inline: Nodes): void => {
    const from = inline.position?.start.offset
    const to = inline.position?.end.offset
    if (from === undefined || to === undefined) return
    switch (inline.type) {
      case 'text':
        copyText(inline.value, raw, from - start, to - start, chars)
        return
      case 'link': {
        const label = inline.children.length === 1 && inline.children[0].type === 'text' ? inline.children[0].value : undefined
        notes.push({kind: 'link', value: inline.url, start: from, end: to})
        // An autolink or bare URL is all address: nothing of it is prose.
        if (label !== undefined && (label === inline.url || inline.url.endsWith(label) || /^(https?:\/\/|www\.)/.test(label))) return
        for (const child of inline.children) visit(child)
        return
      }
      case 'footnoteReference':
        notes.push({kind: 'footnote', value: inline.label ?? inline.identifier, start: from, end: to})
        return
      default:
        if ('children' in inline) for (const child of inline.children) visit(child as Nodes)
    }
  }
  for (const child of node.children) visit(child as Nodes)

  return {kind, start, end, masked: takeInlineNotes(chars.join(''), raw, start, notes, false), notes}
}

/**
 * Copies a text node into the masked paragraph. Its value can be shorter than its source (block
 * quote markers on continuation lines, backslash escapes, character references): the value's
 * characters are matched in order against the source and what has no match stays masked.
 */
function copyText(value: string, raw: string, from: number, to: number, chars: string[]): void {
  if (to - from === value.length && raw.slice(from, to) === value) {
    for (let index = 0; index < value.length; index++) chars[from + index] = value[index]
    return
  }
  let source = from
  for (let unit = 0; unit < value.length; unit++) {
    const char = value[unit]
    let probe = source
    while (probe < to && probe - source < 12 && raw[probe] !== char) probe++
    if (probe < to && raw[probe] === char) {
      chars[probe] = char
      source = probe + 1
    }
  }
}
