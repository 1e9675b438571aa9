// Quotes: curly marks pair by shape and straight marks by position; a paragraph that leaves a quote
// open continues it in the next; a short quoted phrase is not a quote. Each row: invented sentences,
// and every quote as `text <- speaker by how it was found`.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {quotesOf, read} from './helpers.ts'

const rows: Array<[string, string, string[]]> = [
  ['curly marks', '“We will not reopen the bridge this year,” Mayor Ana Ruiz said.', ['“We will not reopen the bridge this year,” <- Mayor Ana Ruiz (named) by cue']],
  ['straight marks', '"We will not reopen the bridge this year," Ruiz said.', ['"We will not reopen the bridge this year," <- Ruiz (named) by cue']],
  ['a quote after a colon', 'Mayor Ana Ruiz said: “We will not reopen the bridge this year.”', ['“We will not reopen the bridge this year.” <- Mayor Ana Ruiz (named) by cue']],
  [
    'a quote left open continues in the next paragraph',
    '“We will not reopen the bridge this year, and we will not apologise for it.\n\n“The county has other roads,” Ruiz said.',
    ['“We will not reopen the bridge this year, and we will not apologise for it. <- Ruiz (named) by continued', '“The county has other roads,” <- Ruiz (named) by cue']
  ],
  // Wire archives print quotation marks as two apostrophes, or two backticks to open.
  ['doubled apostrophes', "''We will not reopen the bridge this year,'' Ruiz said.", ["''We will not reopen the bridge this year,'' <- Ruiz (named) by cue"]],
  ['doubled backticks, then doubled apostrophes', "``We will not reopen the bridge this year,'' Ruiz said.", ["``We will not reopen the bridge this year,'' <- Ruiz (named) by cue"]],
  ['an inner quote that closes with the outer one', "''I would call it 'the old way,''' Ruiz said.", ["''I would call it 'the old way,''' <- Ruiz (named) by cue"]],
  ['single apostrophes are no quotation marks', "The workers' union said the owners' plan was late.", []],
  ['two apostrophes after a digit are inches', "The 6'2'' guard said the cells were cold and the heating was off.", []],
  ['a short quoted phrase is no quote', 'He called it a “very good deal.”', []],
  ['a title of a work is read as a quote with nobody behind it', 'The band played “Three Sisters Mending Nets” at the fair.', ['“Three Sisters Mending Nets” <- nobody by none']],
  // An adverb after a modal modifies the verb after it: "will probably" is no speech act of the county's.
  ['an adverb after a modal carries no quote', 'The board posted a notice. “Crews will close the bridge at noon.” Tessel County will probably always be short of crews.', ['“Crews will close the bridge at noon.” <- nobody by none']]
]

for (const [name, text, expected] of rows) {
  test(`quotes: ${name}`, () => assert.deepEqual(quotesOf(text), expected))
}

test('quotes: a Title Case quote is marked as one, a sentence-case quote is not', () => {
  assert.deepEqual(read('The band played “Three Sisters Mending Nets” at the fair.').quotes.map((quote) => quote.titleCase), [true])
  assert.deepEqual(read('“We will not reopen the bridge this year,” Ruiz said.').quotes.map((quote) => quote.titleCase), [false])
})

test('quotes: offsets cover the marks, and the quote knows its sentence and paragraph', () => {
  const text = 'The council met.\n\nRuiz spoke. “We will not reopen the bridge this year,” she said.'
  const [quote] = read(text).quotes
  assert.equal(text.slice(quote.start, quote.end), '“We will not reopen the bridge this year,”')
  assert.equal(quote.paragraph, 1)
  assert.deepEqual(quote.sentences, [2])
})
