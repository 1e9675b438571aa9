// fast-check generators for the engine fuzz test: random Unicode, and random Markdown-ish news
// drafts built from the things a draft holds (shared spec, "Units and terms"): sentences with
// reporting verbs and sources, quotes (curly and straight, unbalanced, nested), evidence notes
// (footnote references and definitions, CriticMarkup, links), headings, lists, block quotes, tables,
// code fences, front matter, HTML and suppression comments; with emoji, right-to-left names,
// combining marks and other hostile characters mixed in.
//
// Drafts are generated with LF line endings and no carriage return; `withLineEndings` turns them
// into CRLF and adds a byte-order mark, so a property can compare the variants.

import fc from 'fast-check'
import {ruleIds, type Configuration, type DraftFormat, type RuleSetting} from '../../server/src/engine/index.ts'

const pick = <T>(...values: T[]) => fc.constantFrom(...values)

// ---------------------------------------------------------------------------------------------
// Words

export const names = [
  'Maria Okafor', 'Daniel Reyes', 'Priya Natarajan', 'Tomás Lindqvist', 'Reuters', 'the Pentagon', 'Sheinbaum',
  // Right-to-left and other scripts: Arabic, Hebrew, Persian, Chinese, Devanagari, Cyrillic.
  'محمد العلي', 'דוד לוי', 'فاطمة الزهراء', 'علی رضایی', '王小明', 'प्रिया शर्मा', 'Ольга Петрова',
  // Combining marks, an apostrophe, a hyphen, an emoji in a handle.
  'Zoe\u0308 Brontë', "Siobhán O'Neill", 'Okonkwo-Hale', 'Ana 🌻 Silva'
]

const sources = ['a senior official', 'officials', 'two people familiar with the talks', 'critics', 'experts', 'sources', 'some', 'a spokesperson', 'the ministry', 'he', 'she', 'they', 'police', 'a memo', 'records']

const verbs = ['said', 'says', 'told reporters', 'claimed', 'claims', 'admitted', 'insisted', 'conceded', 'revealed', 'confessed', 'slammed', 'blasted', 'warned', 'denied', 'believe', 'argued', 'estimated', 'is believed', 'reported']

const plainWords = [
  'the', 'council', 'budget', 'river', 'plans', 'to', 'cut', 'jobs', 'allegedly', 'reportedly', 'because', 'record', 'the largest',
  'is expected to', 'could', 'fraud', 'corrupt', 'on Tuesday', 'in March', '300', '$2.3 million', '4.5%', 'a third of', 'six',
  'report', 'records show', 'data from', 'a study', 'F-16', 'COVID-19', 'Title 50', 'U.S.', 'on March 25.', 'that', 'and', 'was',
  'spoke on condition of anonymity because', 'not authorized to speak publicly', 'claimed the title', 'admitted patients', 'per',
  'according to', 'it is understood', 'the worst', 'historic', 'led to', 'due to', 'one of them', 'TK'
]

/** Characters that break naive text handling: emoji sequences, joiners, direction marks, odd spaces. */
const oddBits = [
  '😀', '👩🏽‍⚖️', '🇺🇦', '🏳️‍🌈', '\u200d', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\u00a0', '\u2028', '\u2029', '\u3000',
  '\uFEFF', 'e\u0301', '\u0000', '\t', 'ﬁ', 'İ', 'ß', '𝔘𝔫𝔦', '\ud83d', '\ude00', '…', '—', '–', '\\', '&amp;', '&#x201C;', '*', '_', '`', '~'
]

const word = fc.oneof({weight: 6, arbitrary: fc.constantFrom(...plainWords)}, {weight: 2, arbitrary: fc.constantFrom(...names)}, {weight: 1, arbitrary: fc.constantFrom(...oddBits)})
const clause = fc.array(word, {minLength: 1, maxLength: 9}).map((list) => list.join(' '))
const label = pick('1', '2', 'a', 'src', 'Src', 'note-1', 'votes', 'vote', 'TK', '😀', 'x y', '')

// ---------------------------------------------------------------------------------------------
// Inline pieces

const note = fc.oneof(
  label.map((name) => `[^${name}]`),
  fc.tuple(pick('source: ', 'evidence: ', 'Source:', 'EVIDENCE :', 'check ', ''), fc.oneof(clause, pick('TK', 'TBD', 'XX', '???', ''))).map(([prefix, body]) => `{>>${prefix}${body}<<}`),
  pick('{>>source: unclosed', '<<}', '{>>', '{>><<}'),
  fc.tuple(clause, fc.nat(99)).map(([text, n]) => `[${text}](https://example.com/${n})`),
  pick('<https://example.org/a>', 'https://example.net/a_(b).', 'www.example.com,', '[x]()', '[x](#)', '[^1]:', '[text][ref]')
)

const quoteMarks: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['“', ''], ['', '”'], ['"', ''], ['“', '“']]

const quote = fc.oneof(
  fc.tuple(fc.constantFrom(...quoteMarks), clause, pick('', ',', '.', '?')).map(([[open, close], text, mark]) => `${open}${text}${mark}${close}`),
  // Nested: a quote inside a quote, and a quote left open inside a closed one.
  fc.tuple(clause, clause, clause).map(([a, b, c]) => `“${a} ‘${b}’ ${c}”`),
  fc.tuple(clause, clause).map(([a, b]) => `“${a} “${b}”`),
  fc.tuple(clause, clause).map(([a, b]) => `"${a} "${b}" now"`)
)

const sentence = fc.oneof(
  {weight: 3, arbitrary: fc.tuple(pick(...sources, ...names), pick(...verbs), clause, fc.option(note)).map(([source, verb, text, n]) => `${source} ${verb} that ${text}.${n ?? ''}`)},
  {weight: 2, arbitrary: fc.tuple(quote, pick(...names, ...sources), pick(...verbs)).map(([q, source, verb]) => `${q} ${source} ${verb}.`)},
  {weight: 2, arbitrary: fc.tuple(pick(...names), pick(...verbs), quote).map(([source, verb, q]) => `${source} ${verb}: ${q}`)},
  {weight: 2, arbitrary: fc.tuple(clause, pick('.', '!', '?', '…', '', ';', '.”', '?"', ':'), fc.option(note)).map(([text, end, n]) => `${text}${end}${n ? ' ' + n : ''}`)},
  {weight: 1, arbitrary: fc.tuple(clause, note, clause).map(([a, n, b]) => `${a} ${n} ${b}.`)},
  {weight: 1, arbitrary: fc.tuple(clause, clause).map(([a, b]) => `${a} \`${b}\` ${a}.`)},
  {weight: 1, arbitrary: fc.tuple(pick(...names), pick('claimed', 'admitted', 'insisted', 'Claimed', 'CLAIMED', 'revealed', 'slammed'), clause).map(([source, verb, text]) => `${source} ${verb} the ${text} was wrong.`)}
)

const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).chain((list) => fc.constantFrom(' ', '\n', '  \n').map((join) => list.join(join)))

// ---------------------------------------------------------------------------------------------
// Blocks

const ruleName = pick('', ' unattributed-claim', ' loaded-attribution-verb', ' dangling-evidence', ' unnamed-speaker missing-evidence', ' no-such-rule')

const block = fc.oneof(
  {weight: 8, arbitrary: paragraph},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 7}), fc.oneof(clause, pick('Sources', 'Notes', 'Disclosure', 'Editor’s note'))).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
  {weight: 1, arbitrary: fc.tuple(clause, pick('===', '---')).map(([text, line]) => `${text}\n${line}`)},
  {weight: 2, arbitrary: fc.tuple(fc.array(paragraph, {minLength: 1, maxLength: 3}), pick('- ', '* ', '1. ', '2) ', '- [ ] ')).map(([items, bullet]) => items.map((item) => bullet + item).join('\n'))},
  {weight: 1, arbitrary: fc.tuple(paragraph, paragraph).map(([a, b]) => `- ${a}\n\n    ${b}`)},
  {weight: 2, arbitrary: fc.tuple(paragraph, fc.option(pick(...names))).map(([text, author]) => `> ${text.replace(/\n/g, '\n> ')}${author ? `\n\n— ${author} (@handle), 16 March 2025` : ''}`)},
  {weight: 2, arbitrary: fc.array(fc.array(fc.oneof(clause, quote, note), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 4}).map((rows) => ['| a | b | c |', '| --- | :-: | --- |', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n'))},
  {weight: 2, arbitrary: fc.tuple(pick('```', '~~~', '````', '```js'), paragraph, fc.boolean()).map(([fence, text, closed]) => `${fence}\n${text}${closed ? '\n' + fence.replace(/[a-z]+$/, '') : ''}`)},
  {weight: 1, arbitrary: paragraph.map((text) => `    ${text.replace(/\n/g, '\n    ')}`)},
  {weight: 2, arbitrary: fc.tuple(label, fc.oneof(clause, pick('TK', '', 'TBD', '???'))).map(([name, text]) => `[^${name}]: ${text}`)},
  {weight: 1, arbitrary: fc.tuple(clause, fc.boolean()).map(([text, closed]) => `<!-- ${text}${closed ? ' -->' : ''}`)},
  {weight: 2, arbitrary: fc.tuple(pick('disable', 'enable', 'disable-next-line'), ruleName, fc.boolean()).map(([kind, rule, closed]) => `<!-- attribution-lint-${kind}${rule}${closed ? ' -->' : ''}`)},
  {weight: 1, arbitrary: pick('---', '***', '<div>', '</div>', '<pre>', '[ref]: https://example.com', '+++', '...', '\\', '>', '-', '|', '#')},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 40}).map((text) => text.replace(/\r/g, ''))}
)

const frontMatter = fc.oneof(
  fc.constant(''),
  clause.map((text) => `---\ntitle: ${text}\nsummary: The council plans to cut 300 jobs.\n---\n`),
  clause.map((text) => `+++\ntitle = "${text}"\n+++\n`),
  clause.map((text) => `---\ntitle: ${text}\n`)
)

const separator = fc.oneof({weight: 6, arbitrary: fc.constant('\n\n')}, {weight: 2, arbitrary: fc.constant('\n')}, {weight: 1, arbitrary: pick('\n\n\n', '\n \n', '\n\t\n', ' ')})

/** A Markdown-ish draft with LF line endings and no carriage return. */
export const draft = fc.tuple(frontMatter, fc.array(fc.tuple(block, separator), {minLength: 0, maxLength: 7}), fc.boolean()).map(([front, blocks, finalNewline]) =>
  front + blocks.map(([text, join]) => text + join).join('').replace(/\s+$/, '') + (finalNewline ? '\n' : '')
)

/** A draft whose blocks are separated by blank lines (plain text then reads paragraphs, not lines). */
export const paragraphDraft = fc.array(block, {minLength: 2, maxLength: 7}).map((blocks) => blocks.join('\n\n'))

/** Draft text in every shape the engine may be handed, carriage returns and lone surrogates included. */
export const anyText = fc.oneof(
  {weight: 4, arbitrary: draft},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
  // Lone surrogates and every other UTF-16 unit.
  {weight: 1, arbitrary: fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 200})},
  // A soup of the characters the readers look for.
  {weight: 2, arbitrary: fc.string({unit: pick('[', ']', '^', '{', '}', '>', '<', '!', '-', '`', '"', '“', '”', '‘', '’', '«', '»', '„', '\n', '\r', ' ', 'a', 'B', '.', '|', '#', '*', '_', ':', '(', ')', '\\', '~', '\t', '\uFEFF', '😀', '1', '$', '%', 'said', 'He', 'claimed', 'source:', 'TK', '---', '```', '<!--', '-->', '{>>', '<<}', '[^1]', 'attribution-lint-disable'), maxLength: 120})},
  // A draft with carriage returns: CRLF, a lone CR, mixed.
  {weight: 2, arbitrary: fc.tuple(draft, pick('\r\n', '\r', '\n\r')).map(([text, eol]) => text.replace(/\n/g, eol))}
)

export const format = fc.constantFrom<DraftFormat>('markdown', 'text', 'draft')

// ---------------------------------------------------------------------------------------------
// Configuration

const severity = fc.constantFrom('off', 'info', 'warning', 'error') as fc.Arbitrary<'off' | 'info' | 'warning' | 'error'>
const ruleSetting: fc.Arbitrary<RuleSetting> = fc.oneof(
  severity,
  fc.tuple(severity, fc.dictionary(fc.string({maxLength: 6}), fc.oneof(fc.string({maxLength: 6}), fc.integer(), fc.boolean()), {maxKeys: 2})).map(([level, options]): RuleSetting => [level, options]),
  severity.map((level): RuleSetting => [level])
)

/** Word-list additions, some of them entries a hand-edited file might hold: empty, spaced, odd. */
const wordList = fc.array(fc.oneof(
  fc.constantFrom('testify', 'testified', 'fixer', 'pundits', 'is rumoured to', 'police', 'dossier', 'Said', 'the  board', ' ', '', 'said said', '(', '*', '\\', 'émigré'),
  fc.string({maxLength: 8})
), {maxLength: 4})

export const configuration: fc.Arbitrary<Partial<Configuration>> = fc.record({
  rules: fc.dictionary(fc.constantFrom(...ruleIds), ruleSetting, {maxKeys: 4}),
  words: fc.record({cues: wordList, anonymousRoles: wordList, vagueSources: wordList, claimMarkers: wordList, namedSources: wordList, documents: wordList}, {requiredKeys: []})
}, {requiredKeys: []}).map((value) => JSON.parse(JSON.stringify(value)) as Partial<Configuration>)

// ---------------------------------------------------------------------------------------------
// Line endings

export type LineEnding = 'LF' | 'CRLF'

/** The draft with CRLF line endings and/or a byte-order mark. */
export function withLineEndings(text: string, ending: LineEnding, bom: boolean): string {
  return (bom ? '\uFEFF' : '') + (ending === 'CRLF' ? text.replace(/\n/g, '\r\n') : text)
}

/** Where an offset of the LF draft lands in its CRLF/BOM variant. */
export function mapOffset(text: string, offset: number, ending: LineEnding, bom: boolean): number {
  let mapped = offset + (bom ? 1 : 0)
  if (ending === 'CRLF') for (let index = 0; index < offset; index++) if (text.charCodeAt(index) === 10) mapped++
  return mapped
}
