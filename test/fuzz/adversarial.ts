// Adversarial drafts for the linear-time test (issue 7, "Time stays linear"). Each case builds a
// draft of about `size` UTF-16 units from a seed: the same seed gives the same draft, and different
// seeds give drafts that differ in every block, so a timing run never reads the engine's memo of an
// earlier run (the engine memoises block and paragraph parsing by their text).
//
// The counts in the issue (200,000 words, 50,000 quotation marks, 10,000 footnote references, a table
// of 10,000 rows) are the 1 MB versions; the 100 KB versions hold a tenth as many.

import type {AnalysisSession, DraftFormat, lint} from '../../server/src/engine/index.ts'

/** A small seeded generator (mulberry32): the same seed gives the same numbers on every machine. */
export function random(seed: number): {next: () => number; int: (low: number, high: number) => number; pick: <T>(list: readonly T[]) => T} {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32
  }
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  return {next, int, pick: (list) => list[Math.floor(next() * list.length)]}
}

/**
 * News words, with the ones the engine looks at most closely: reporting verbs (plain and loaded),
 * sources of every kind, pronouns, claim markers, figures, documents. Strung together with no
 * punctuation they make one sentence the size of the draft, the worst case for any step that
 * walks a sentence once per word it finds.
 */
const newsWords = [
  'the', 'council', 'said', 'officials', 'plans', 'to', 'according', 'claimed', 'he', 'she', 'they', 'Okafor',
  'Reyes', 'Mayor', '300', '4.2%', 'million', 'report', 'records', 'show', 'allegedly', 'because', 'critics', 'say',
  'it', 'is', 'believed', 'per', 'admitted', 'that', 'insisted', 'a', 'senior', 'official', 'sources', 'familiar',
  'with', 'talks', 'data', 'from', 'study', 'largest', 'record', 'told', 'reporters', 'who', 'was', 'by', 'of',
  'harbour', 'budget', 'river', 'market', 'slowly', 'seven', 'Tuesday', 'March', 'could', 'would', 'expected', 'saying'
]

const plainWords = ['river', 'budget', 'market', 'window', 'ledger', 'harbour', 'green', 'quiet', 'seven', 'morning', 'bridge', 'garden']

function fill(size: number, piece: () => string): string {
  const parts: string[] = []
  let length = 0
  while (length < size) {
    const next = piece()
    parts.push(next)
    length += next.length
  }
  return parts.join('')
}

function words(rng: ReturnType<typeof random>, count: number, list: readonly string[] = plainWords): string {
  const out: string[] = []
  for (let index = 0; index < count; index++) out.push(rng.pick(list))
  return out.join(' ')
}

export interface AdversarialCase {
  name: string
  /** What the draft holds, for the docs table. */
  description: string
  format: DraftFormat
  make: (size: number, seed: number) => string
  /**
   * The draft is one block (one paragraph, one table, one comment that never closes): below the
   * engine's block limit (100,000 characters) remark reads it whole, which is the case the limit
   * exists for, so the work is measured from above that size.
   */
  oneBlock?: true
}

export const adversarialCases: AdversarialCase[] = [
  {
    name: 'words without punctuation',
    oneBlock: true,
    description: '200,000 news words (reporting verbs, sources, pronouns, claim markers, figures) with no punctuation, twelve to a line under a title: one paragraph, one sentence',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      let count = 0
      return 'Transcript\n\n' + fill(size - 12, () => rng.pick(newsWords) + (++count % 12 === 0 ? '\n' : ' '))
    }
  },
  {
    name: 'unmatched quotation marks',
    oneBlock: true,
    description: '50,000 opening quotation marks (“ « „ and straight), none closed, each before a few words',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      return fill(size, () => `${rng.pick(['“', '«', '„', '"'])}${words(rng, rng.int(1, 5))} `)
    }
  },
  {
    name: 'line without spaces',
    oneBlock: true,
    description: 'one 1 MB line of letters, digits and marks (. , - \' ") with no space or line break',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
      return fill(size, () => {
        const run = rng.int(1, 12)
        let piece = ''
        for (let index = 0; index < run; index++) piece += alphabet[rng.int(0, alphabet.length - 1)]
        return piece + rng.pick(['', '', '.', ',', '-', "'", '"'])
      })
    }
  },
  {
    name: 'footnote references',
    description: '10,000 footnote references in sentences of ten-sentence paragraphs; half the labels defined at the end (a fifth of those TK), the rest dangling',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const references = Math.max(1, Math.round(size / 100))
      const definitions: string[] = []
      for (let label = 0; label < references; label += 2) definitions.push(`[^n${label}]: ${label % 10 === 0 ? 'TK' : words(rng, 4)}`)
      const definitionBlock = definitions.join('\n')
      const parts: string[] = []
      let length = definitionBlock.length
      for (let label = 0; length < size; label++) {
        const sentence = `The ${words(rng, rng.int(6, 12))} rose by ${rng.int(2, 900)} people.[^n${label % references}]${label % 10 === 9 ? '\n\n' : ' '}`
        parts.push(sentence)
        length += sentence.length
      }
      return parts.join('') + '\n\n' + definitionBlock + '\n'
    }
  },
  {
    name: 'nested quotation marks',
    oneBlock: true,
    description: 'quotation marks nested a third of the draft deep (“ ‘ " « „), each with a word, then closed in reverse',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const pairs: Array<[string, string]> = [['“', '”'], ['‘', '’'], ['"', '"'], ['«', '»'], ['„', '“']]
      const opened: string[] = []
      const closed: string[] = []
      let length = 0
      while (length < size) {
        const [open, close] = rng.pick(pairs)
        const word = rng.pick(plainWords)
        opened.push(`${open}${word} `)
        closed.push(` ${word}${close}`)
        length += open.length + close.length + 2 * word.length + 2
      }
      return opened.join('') + closed.reverse().join('')
    }
  },
  {
    name: 'nested brackets',
    oneBlock: true,
    description: 'brackets nested half the draft deep ([ ( {), then closed in reverse',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const pairs: Array<[string, string]> = [['[', ']'], ['(', ')'], ['{', '}']]
      const opened: string[] = []
      const closed: string[] = []
      for (let length = 0; length < size; length += 2) {
        const [open, close] = rng.pick(pairs)
        opened.push(open)
        closed.push(close)
      }
      return opened.join('') + rng.pick(plainWords) + closed.reverse().join('')
    }
  },
  {
    name: 'CriticMarkup comments',
    description: 'thousands of {>>source: ...<<} and {>>editor aside<<} comments, several to a sentence',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      return fill(size, () => `The ${words(rng, rng.int(2, 6))} rose by ${rng.int(2, 900)}. {>>${rng.pick(['source: ', 'evidence: ', 'check ', 'source: TK', ''])}${words(rng, rng.int(0, 3))}<<}${rng.next() < 0.1 ? '\n\n' : ' '}`)
    }
  },
  {
    name: 'unclosed CriticMarkup',
    oneBlock: true,
    description: 'thousands of {>> with no <<}',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      return fill(size, () => `{>>source: ${words(rng, rng.int(1, 4))} `)
    }
  },
  {
    name: 'unclosed HTML comments',
    oneBlock: true,
    description: 'thousands of <!-- (some of them suppression comments) with no -->, one to a line',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      return fill(size, () => `${rng.pick(['<!-- ', '<!-- attribution-lint-disable ', '<!--attribution-lint-enable'])}${words(rng, rng.int(1, 4))}\n`)
    }
  },
  {
    name: 'table rows',
    oneBlock: true,
    description: 'a Markdown table of 10,000 rows whose cells hold claims, figures and quotes',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const head = '| Name | Claim | Figure |\n| --- | --- | --- |\n'
      return head + fill(size - head.length, () => `| ${rng.pick(['Okafor', 'Reyes', 'the council'])} | The ${words(rng, rng.int(2, 5))} plans to cut “${words(rng, 4)}” | ${rng.int(2, 90000)} people |\n`)
    }
  },
  {
    name: 'suppression comments',
    description: 'thousands of closed suppression comments (disable, enable, disable-next-line), each before a sentence with findings',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const rules = ['', ' unattributed-claim', ' missing-evidence', ' loaded-attribution-verb', ' unnamed-speaker']
      return fill(size, () => `<!-- attribution-lint-${rng.pick(['disable', 'enable', 'disable-next-line'])}${rng.pick(rules)} -->\nThe ${words(rng, rng.int(1, 4))} plans to cut ${rng.int(2, 900)} jobs, Okafor claimed.\n\n`)
    }
  },
  {
    name: 'identical paragraphs',
    description: 'one paragraph with a quote, a cue and a figure, repeated thousands of times: one reading that stands for every paragraph',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const paragraph = `“We will cut ${rng.int(2, 900)} jobs,” ${rng.pick(['Okafor', 'Reyes'])} claimed.\n\n`
      return fill(size, () => paragraph)
    }
  },
  {
    name: 'long footnote labels',
    description: 'references and definitions with 990-character labels that differ in their first character: every reference dangles, every definition is a near miss',
    format: 'markdown',
    make: (size, seed) => {
      const rng = random(seed)
      const stem = () => {
        let text = ''
        while (text.length < 989) text += rng.pick(plainWords)
        return text.slice(0, 989)
      }
      const parts: string[] = []
      let length = 0
      while (length < size) {
        const label = stem()
        const piece = `The council cut ${rng.int(2, 900)} jobs.[^a${label}]\n\n[^b${label}]: ${words(rng, 3)}\n\n`
        parts.push(piece)
        length += piece.length
      }
      return parts.join('')
    }
  }
]

/**
 * Some cases read as plain text, where the text reader's own patterns (HTML comments, footnote
 * definitions) see the draft. A title and a blank line come first: a plain-text file with no blank
 * line at all is read one line at a time, which no pattern can make quadratic.
 */
export const textCases: AdversarialCase[] = adversarialCases
  .filter((entry) => ['words without punctuation', 'footnote references', 'unclosed CriticMarkup', 'unclosed HTML comments', 'table rows'].includes(entry.name))
  .map((entry) => ({
    ...entry,
    name: `${entry.name} (plain text)`,
    format: 'text' as const,
    make: (size: number, seed: number) => {
      const text = entry.make(size - 21, seed)
      return text.startsWith('Transcript\n\n') ? text : `Notes from the desk\n\n${text}`
    }
  }))

/** What a measuring process (timing-child.ts, work-child.ts) is asked to lint. */
export interface MeasureRequest {
  name: string
  size: number
  seed: number
  /** Measure an editor's lint after a one-character edit in the middle, with the session of a first lint. */
  edit?: boolean
}

/**
 * The draft of a request, ready for the one lint that is measured (`lint(text, {format, session})`).
 * A cold lint: a new session has memos of its own, and a lint with none reads everything.
 */
export function draftToMeasure(request: MeasureRequest, engine: {lint: typeof lint; AnalysisSession: typeof AnalysisSession}): {text: string; format: DraftFormat; session: AnalysisSession | undefined} {
  const entry = [...adversarialCases, ...textCases].find((candidate) => candidate.name === request.name)
  if (!entry) throw new Error(`no adversarial case named ${request.name}`)
  let text = entry.make(request.size, request.seed)
  const session = request.edit ? new engine.AnalysisSession() : undefined
  if (session) {
    engine.lint(text, {format: entry.format, session})
    const middle = text.length >> 1
    text = text.slice(0, middle) + 'e' + text.slice(middle)
  }
  return {text, format: entry.format, session}
}
