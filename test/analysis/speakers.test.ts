// Speakers: a quote's speaker is a cue in its sentence, else the speaker of an attributed quote
// earlier in the paragraph or of the quote it continues, else a cue in the sentence right before or
// after it; a pronoun takes the nearest earlier source. Each row: invented sentences, and every
// quote as `text <- speaker by how it was found`.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {quotesOf} from './helpers.ts'

const rows: Array<[string, string, string[]]> = [
  ['a cue in the same sentence', '“We had four nurses for forty beds,” a nurse said.', ['“We had four nurses for forty beds,” <- a nurse (anonymous) by cue']],
  [
    'a later quote inherits the speaker of an attributed one',
    '“We will not reopen the bridge,” Ruiz said. “Not this year, and not next year either.”',
    ['“We will not reopen the bridge,” <- Ruiz (named) by cue', '“Not this year, and not next year either.” <- Ruiz (named) by inherited']
  ],
  ['a cue in the sentence before', 'Ruiz said the county had run out of money. “We will not reopen the bridge this year.”', ['“We will not reopen the bridge this year.” <- Ruiz (named) by adjacent-sentence']],
  ['a cue in the sentence after', '“We will not reopen the bridge this year.” That is what Ruiz told the council on Monday.', ['“We will not reopen the bridge this year.” <- Ruiz (named) by adjacent-sentence']],
  [
    'a pronoun takes the source before it, and its kind',
    'A nurse manager described the night. “We had four nurses for forty beds,” she said.',
    ['“We had four nurses for forty beds,” <- she (anonymous) = A nurse manager by cue']
  ],
  [
    'a plural pronoun takes a plural source',
    'Two campaign aides described the mood. “Nobody expected the count to take this long,” they said.',
    ['“Nobody expected the count to take this long,” <- they (anonymous, plural) = Two campaign aides by cue']
  ],
  ['a verb that is not speech ties nothing', '“We will not reopen the bridge this year.” Ruiz left the hall after the vote.', ['“We will not reopen the bridge this year.” <- nobody by none']],
  [
    'a quote that is the subject of "is" with a noun after it is a saying: no neighbour takes it',
    'Ruiz said the levy would pass. “In ten years we will all be farming kelp,” is one common saying here.',
    ['“In ten years we will all be farming kelp,” <- nobody by none']
  ],
  [
    'a predicate that gives the words an owner keeps the neighbour\'s tie',
    'Ruiz said the levy would pass. “We will rebuild the pier before the summer,” was her answer to every question.',
    ['“We will rebuild the pier before the summer,” <- Ruiz (named) by adjacent-sentence']
  ],
  ['a quote on its own has nobody', '“We will not reopen the bridge this year.”', ['“We will not reopen the bridge this year.” <- nobody by none']]
]

for (const [name, text, expected] of rows) {
  test(`speakers: ${name}`, () => assert.deepEqual(quotesOf(text), expected))
}
