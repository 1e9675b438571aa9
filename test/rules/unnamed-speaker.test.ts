// unnamed-speaker: fires on a direct quote (four words or more) with no speaker, or with an
// anonymous or vague one, pronouns resolved; stays quiet on named speakers, short quoted strings,
// titles of works, em-dash author lines and non-prose (shared spec, `unnamed-speaker` and "Direct
// quote"; corpus README, "Quotes").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'unnamed-speaker'

const mustFire: MustFire = [
  // No speaker at all; the range is the quote.
  ['a quote on its own', '“We will not reopen the bridge this year.”', ['1:1-1:13 unnamed-speaker']],
  ['a quote after a sentence with no cue', 'The bridge stays shut. “We will not reopen it this year.”', ['1:24-1:36 unnamed-speaker']],
  ['exactly four words is a quote', 'The guard was “not at his post” that night.', ['1:15-1:26 unnamed-speaker']],
  ['a Title Case string with a speech verb is a quote, not a title', '“The Harbour Will Not Reopen This Year,” a county official said.', ['1:1-1:18 unnamed-speaker']],

  // Doubled apostrophes are quotation marks (wire archives), in every format.
  ['doubled apostrophes, an anonymous speaker', "''We will build the bridge by June,'' a county official said.", ['1:1-1:16 unnamed-speaker']],
  ['doubled apostrophes, no speaker, plain text', "The bridge stays shut. ''We will not reopen it this year.''", ['1:24-1:37 unnamed-speaker'], {format: 'text'}],
  ['doubled backticks and apostrophes, .draft', "``Nobody told us about the closure,'' said a worker.", ['1:1-1:17 unnamed-speaker'], {format: 'draft'}],

  // The cue must be in the same sentence, or the one right before or after in the same paragraph.
  ['cue two sentences before', 'Mara Lindqvist said the bridge was unsafe. The river kept rising. “We will not reopen it this year.”', ['1:67-1:79 unnamed-speaker']],
  ['cue two sentences after', '“We will not reopen it this year.” The river kept rising. Mara Lindqvist said the bridge was unsafe.', ['1:1-1:13 unnamed-speaker']],
  ['cue in the paragraph before', 'Mara Lindqvist said the bridge was unsafe.\n\n“We will not reopen it this year.”', ['3:1-3:13 unnamed-speaker']],

  // Anonymous and vague speakers.
  ['anonymous speaker after the quote', '“We will not reopen it this year,” a county official said.', ['1:1-1:13 unnamed-speaker']],
  ['anonymous speaker, said first', '“We will not reopen it this year,” said a county official.', ['1:1-1:13 unnamed-speaker']],
  ['anonymous speaker before the quote', 'A county official said: “We will not reopen it this year.”', ['1:25-1:37 unnamed-speaker']],
  ['a proper noun that only modifies the role', '“We will not reopen it this year,” a Tessel County spokesperson said.', ['1:1-1:13 unnamed-speaker']],
  ['an aide to a named person', '“We will not reopen it this year,” a senior aide to Lindqvist said.', ['1:1-1:13 unnamed-speaker']],
  [
    'anonymous even when the anonymity is explained',
    '“We will not reopen it this year,” a county official, who spoke on condition of anonymity because she was not authorized to speak publicly, said.',
    ['1:1-1:13 unnamed-speaker']
  ],
  ['vague speaker after the quote', '“We will not reopen it this year,” critics said.', ['1:1-1:13 unnamed-speaker']],
  ['vague speaker before the quote', 'Some residents say “the county abandoned us this week.”', ['1:20-1:41 unnamed-speaker']],

  // Pronouns take the kind of what they refer to.
  [
    'a pronoun that refers to an anonymous source in the paragraph before',
    'A nurse manager said the ward was short of staff.\n\n“We had four nurses for forty beds on the night shift,” she said.',
    ['3:1-3:13 unnamed-speaker']
  ],
  [
    'a pronoun that refers to an anonymous source in the same paragraph',
    'A nurse manager said the ward was short of staff. “We had four nurses for forty beds,” she said.',
    ['1:51-1:63 unnamed-speaker']
  ],
  [
    'a plural pronoun that refers to an anonymous group',
    'Two campaign aides said the crowd was small. “We will win this runoff on every single block,” they said.',
    ['1:46-1:58 unnamed-speaker']
  ],

  // Inherited and continued quotes keep an anonymous speaker.
  [
    'a quote with no cue inherits the anonymous speaker before it',
    '“We had four nurses for forty beds on the night shift,” a nurse said. “Nobody came when we called the agency.”',
    ['1:1-1:13 unnamed-speaker', '1:71-1:88 unnamed-speaker']
  ],
  [
    'a quote continued in the next paragraph keeps its anonymous speaker',
    '“We had four nurses for forty beds on the night shift,” a nurse said. “Nobody came when we called the agency.\n\n“We stopped asking after a month of that.”',
    ['1:1-1:13 unnamed-speaker', '1:71-1:88 unnamed-speaker', '3:1-3:19 unnamed-speaker']
  ],

  // Speech acts beyond "said": any verb carries its subject to the quote, and the subject decides.
  ['any verb after a quote that opens the sentence, anonymous subject', '“We will not reopen it this year,” a county official fumed.', ['1:1-1:13 unnamed-speaker']],
  ['a partial quote carried by a verb of criticism, vague subject', 'Critics mocked the plan as “a giveaway to the developers.”', ['1:28-1:42 unnamed-speaker'], {format: 'draft'}],
  ['the verb before the quote, not one in a clause after it', 'Protesters gathered at the depot, chanting “no contract, no peace at all” after the union failed.', ['1:44-1:60 unnamed-speaker']],
  ['a thing is no speaker', 'The sign on the door read "closed until further notice, no exceptions."', ['1:27-1:48 unnamed-speaker'], {format: 'text'}],
  ['a determiner standing alone as the subject', 'A neighbour spoke first. Another said: “The county abandoned all of us.”', ['1:40-1:61 unnamed-speaker']],

  // A role with no name beside it stays anonymous.
  ['a spokesperson for a named body', '“We will not reopen it this year,” a spokesperson for Tessel County said.', ['1:1-1:13 unnamed-speaker'], {format: 'text'}],
  ['a role in apposition to a role', '“We will not reopen it this year,” said her brother, a ferry pilot.', ['1:1-1:13 unnamed-speaker'], {format: 'draft'}],

  ['an anonymous subject after a quoted question', '"Can you explain the delay on Mill Lane?" a resident pressed.', ['1:1-1:17 unnamed-speaker'], {format: 'text'}],

  ['a signature that names no one', 'The vote was close.\n\n“We won the vote and we will win the next one.” — a campaign aide', ['3:1-3:12 unnamed-speaker']],

  // Indefinite descriptions are anyone of their kind.
  ['the anonymous formula with a capitalised kind', '“It was not a serious offer,” said one Democrat familiar with the talks.', ['1:1-1:12 unnamed-speaker']],
  ['who was told is not the speaker', '"We will not reopen it this year," a county official, who was not authorized to speak, told the Tessel Courier.', ['1:1-1:13 unnamed-speaker'], {format: 'text'}],
  ['an adjective after a count does not end the description', '“We will not reopen it this year,” said one unaligned county strategist.', ['1:1-1:13 unnamed-speaker']],
  ['an indefinite description with a year', '"We will not reopen it this year," a 2008 campaign veteran said.', ['1:1-1:13 unnamed-speaker'], {format: 'text'}],
  ['a counted crowd of a lower-case kind', 'Multiple outlets reported that the county had “more than one conversation with the builder.”', ['1:47-1:61 unnamed-speaker'], {format: 'draft'}],

  // Pronouns that find no named referent.
  ['asking not to be named is a request, not a question', 'An investigator who asked not to be named said the ward was short.\n\n“We had four nurses for forty beds,” she said.', ['3:1-3:13 unnamed-speaker']],
  ['a family name in the plural is many people', 'The Harlows said the depot would close.\n\n"We will not reopen it this year," he said.', ['3:1-3:13 unnamed-speaker'], {format: 'text'}],

  // Block quotes.
  ['a block quote with no author line', 'The county posted a warning on Tuesday.\n\n> “The water is over the bridge and rising fast tonight.”', ['3:3-3:16 unnamed-speaker']],
  ['an em-dash line that names no one', '> “Withdrawals are paused while we review the wallets.”\n>\n> — an exchange employee', ['1:3-1:26 unnamed-speaker']],

  // Formats.
  ['plain text, straight quotes', '"We will not reopen the bridge this year," a county official said.', ['1:1-1:13 unnamed-speaker'], {format: 'text'}],
  ['plain text, exactly four words in straight quotes', 'The guard was "not at his post" that night.', ['1:15-1:26 unnamed-speaker'], {format: 'text'}],
  [
    'plain text, an anonymous quote continued in the next paragraph',
    '"We had four nurses for forty beds on the night shift," a nurse said. "Nobody came when we called the agency.\n\n"We stopped asking after a month of that."',
    ['1:1-1:13 unnamed-speaker', '1:71-1:88 unnamed-speaker', '3:1-3:19 unnamed-speaker'],
    {format: 'text'}
  ]
]

const mustNotFire: MustNotFire = [
  // Named speakers, every shape of cue.
  ['doubled apostrophes, named', "''We won the vote fair and square,'' said Mara Lindqvist."],
  ['doubled apostrophes, named, plain text', "''We won the vote fair and square,'' Mara Lindqvist said. ''Now we build.''", {format: 'text'}],
  ['doubled apostrophes with an inner quote, .draft', "''I would call it 'the old way,''' Mara Lindqvist said.", {format: 'draft'}],
  ['named, after the quote', '“We will not reopen it this year,” Mara Lindqvist said.'],
  ['named, before the quote with a colon', 'Mara Lindqvist said: “We will not reopen it this year.”'],
  ['named, said first', '“We will not reopen it this year,” said Mara Lindqvist.'],
  ['according to X', 'According to Mara Lindqvist, “we will not reopen it this year.”'],
  ['X responded, saying', 'Lindqvist responded, saying “we will not reopen it this year.”'],
  ['X tweeted', 'Mara Lindqvist tweeted: “We will not reopen it this year.”'],
  ['in a statement, X wrote', 'In a statement, Lindqvist wrote, “We will not reopen it this year.”'],
  ['an institution by name', '“We will not reopen it this year,” the Pentagon said.'],
  ['a department by name', '“We will not reopen it this year,” the State Department said in a statement.'],
  ['a news agency', '“We will not reopen it this year,” Reuters reported.'],
  ['cue in the sentence right after', '“We will not reopen it this year.” Mara Lindqvist said that on Friday.'],
  ['cue in the sentence right before', 'Mara Lindqvist said the bridge was unsafe. “We will not reopen it this year.”'],
  ['cue at the end of the sentence after', '“We will not reopen it this year.” The decision was final, Mara Lindqvist said.'],

  // Speech acts beyond "said".
  ['any verb after a quote that opens the sentence', '“We will not reopen it this year,” Lindqvist fumed.'],
  ['a two-word verb after the quote', '"We will not reopen it this year," Lindqvist shot back.', {format: 'text'}],
  ['the subject of a verb before a partial quote', 'Lindqvist mocked the plan as “a giveaway to the developers.”', {format: 'draft'}],
  ['a second verb shares the first verb’s subject', 'Lindqvist took the stage at the depot and bemoaned the plan as “a giveaway to the developers.”'],
  ['time words between the subject and its verb', 'Rep. Mara Lindqvist on Friday pummeled the plan as "a giveaway to the developers."', {format: 'text'}],

  // Newsroom shapes: the subject after a question that ends its sentence, the verb first, a colon.
  ['a subject and verb after a quoted question', '“Can you explain the delay on Mill Lane?” Lindqvist pressed. “We need an answer from the county tonight.”'],
  ['a verb that opens the sentence', 'The depot was renovated last year. Said Dorothy Vail, who grew up nearby, “We were all so proud of her.”', {format: 'draft'}],
  ['a name before a colon', 'Pollster Ann Price: “Turnout in the county was the highest in a decade.”'],
  ['a verb first, then a name and a colon', 'Continued Ortega: "We will not stop until the bridge is open again."', {format: 'text'}],
  ['a second verb after a negated first one', 'Lindqvist did not mention the vote, but told reporters, “We will not reopen the bridge this year.”', {format: 'draft'}],
  ['a second verb across a that-clause', 'Lindqvist joked that the river was winning, but went on to say, “We will not reopen the bridge this year.”'],

  // Signatures after a quote, with an em dash or a horizontal bar.
  ['a signature with a horizontal bar', 'The vote was close.\n\n“We won the vote and we will win the next one.” ― Dana Ruiz'],
  ['a signature with an em dash and a handle', '“We won the vote and we will win the next one.” — Dana Ruiz (@druiz) March 3, 2016', {format: 'draft'}],

  // A subject separated from its cue: the name wins over the role beside it.
  ['a name before its role in apposition', '“We will not reopen it this year,” Tomas Vail, president of the ferry union, said.'],
  ['a name after the role, after the verb', '"We will not reopen it this year," said the union\'s deputy manager, Ravi Delacroix, who ran the strike.', {format: 'text'}],
  ['a title before a name', '“We will not reopen it this year,” said master of ceremonies Asab Tallen.', {format: 'draft'}],

  // Pronouns: who a pronoun can refer to.
  ['a surname ending in -s is one person', 'Roberts said the depot would close.\n\n“We will not reopen it this year,” he said.'],
  [
    'a resolved pronoun keeps the chain going, paragraphs on',
    'Mara Lindqvist said the bridge was unsafe.\n\n"We will not reopen it this year," she said.\n\nThe river kept rising on Tuesday.\n\n"Nobody should drive on Mill Lane tonight," she added.\n\n"We will post the new route by morning," she said.',
    {format: 'text'}
  ],
  ['the one who answers, not the questioner', 'Lena Marsh ran the night shift. A reporter asked her why the ward was short.\n“We had four nurses for forty beds,” she said.', {format: 'draft'}],
  ['a one-word name as the subject of a sentence with no cue', 'Vossen opened the depot at dawn.\n\n“We will not reopen the bridge this year,” he said.'],

  // Pronouns, inheritance and continuation with a named speaker.
  [
    'a pronoun that refers to a named source in the paragraph before',
    'Lena Marsh, a nurse manager, said the ward was short of staff.\n\n“We had four nurses for forty beds on the night shift,” she said.'
  ],
  ['a pronoun that refers to a named person in the paragraph before', 'The driver, Tomas Reyes, stopped the bus at the bridge.\n\n“I saw the water coming over the road,” he said.'],
  ['a quote with no cue inherits the named speaker before it', '“We had four nurses for forty beds on the night shift,” Lena Marsh said. “Nobody came when we called the agency.”'],
  [
    'a quote continued in the next paragraph keeps its named speaker',
    '“We had four nurses for forty beds on the night shift,” Lena Marsh said. “Nobody came when we called the agency.\n\n“We stopped asking after a month of that.”'
  ],

  // Em-dash author lines.
  ['an em-dash line with a name and handle', '> “The water is over the bridge and rising fast tonight.”\n>\n> — Mara Lindqvist (@mlindqvist) 3 March 2024'],
  [
    'an em-dash line naming an organisation',
    'The county posted a warning on Tuesday.\n\n> “The water is over the bridge and rising fast tonight.”\n>\n> — Tessel County (@tesselcounty) 3 March 2024'
  ],
  [
    'an em-dash line after a two-paragraph block quote',
    '> “The water is over the bridge and rising fast tonight.”\n>\n> “Nobody from the county has come down Mill Lane.”\n>\n> — Mara Lindqvist (@mlindqvist) 3 March 2024'
  ],

  // Not quotes.
  ['three words are not a quote', 'The guard was “not on duty” that night.'],
  ['three words with an anonymous cue', '“We were lucky,” a driver said.'],
  ['a scare quote', 'He has promised a “reset” at City Hall.'],
  ['a title of a work in Title Case', 'The exhibit, “Three Sisters Mending Nets,” opens Friday.'],
  ['a Title Case title with lower-case small words', 'The museum lent “The Harbour Under Snow at Dusk” to Oslo.'],

  // Not prose.
  ['fenced code block', '```\n“We will not reopen the bridge this year.”\n```'],
  ['inline code', 'Type `“we will not reopen the bridge”` into the search box.'],
  ['HTML comment', '<!-- “We will not reopen the bridge this year.” -->\n\nThe bridge closed.'],
  ['front matter', '---\nquote: “We will not reopen the bridge this year.”\n---\n\nThe bridge closed.'],
  ['a Markdown heading', '# “We will not reopen the bridge this year”'],

  // Exempt sections and suppression.
  ['Sources section', '## Sources\n\n“We will not reopen the bridge this year.”'],
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line unnamed-speaker -->\n“We will not reopen the bridge this year.”'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\n“We will not reopen the bridge this year.”'],
  ['disable ... enable this rule', '<!-- attribution-lint-disable unnamed-speaker -->\n\n“We will not reopen the bridge this year.”\n\n<!-- attribution-lint-enable unnamed-speaker -->'],

  // Formats.
  ['plain text, straight quotes, named', '"We will not reopen the bridge this year," Mara Lindqvist said.', {format: 'text'}],
  ['plain text, three words in straight quotes', 'The guard was "not on duty" that night.', {format: 'text'}],
  [
    'plain text, a named quote continued in the next paragraph',
    '"We had four nurses for forty beds on the night shift," Lena Marsh said. "Nobody came when we called the agency.\n\n"We stopped asking after a month of that."',
    {format: 'text'}
  ],
  [
    '.draft with no blank lines, a named quote continued on the next line',
    '"We had four nurses for forty beds on the night shift," Lena Marsh said. "Nobody came when we called the agency.\n"We stopped asking after a month of that."',
    {format: 'draft'}
  ],
  [
    '.draft with no blank lines: a pronoun that refers to a named source on the line before',
    'Mara Lindqvist said the bridge would close.\n“We will not reopen it this year, and that is final,” she said.',
    {format: 'draft'}
  ]
]

const mustFireFixtures: MustFireFixtures = [
  ['continued-anonymous-quote.md', ['5:1-5:13 unnamed-speaker', '5:67-5:84 unnamed-speaker', '7:1-7:19 unnamed-speaker']],
  ['block-quote-without-author-line.md', ['3:3-3:26 unnamed-speaker']],
  ['no-blank-lines.draft', ['3:1-3:13 unnamed-speaker']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['continued-named-quote.md', 'em-dash-author-line.md', 'titles-and-short-quotes.txt', 'pronoun-named-before.draft']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('a pronoun speaker: the message names the pronoun and what it refers to', () => {
  const text = 'A nurse manager said the ward was short of staff.\n\n“We had four nurses for forty beds on the night shift,” she said.'
  const [finding] = lint(text, {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'warning')
  assert.equal(finding.message, 'The quote\'s speaker, “she” (“A nurse manager”), is not named.')
  assert.equal(finding.actual, 'she')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
  assert.deepEqual(
    finding.related?.map((related) => [related.message, related.start.line, related.start.column, related.end.line, related.end.column]),
    [['“she” refers to “A nurse manager”.', 1, 1, 1, 16]]
  )
})

test('no speaker: the message says so and sets no actual', () => {
  const [finding] = lint('“We will not reopen the bridge this year.”', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.message, 'No one is named as saying “We will not…”.')
  assert.equal(finding.actual, undefined)
  assert.equal(finding.related, undefined)
})

test('an anonymous speaker: the message quotes the description', () => {
  const [finding] = lint('“We will not reopen it this year,” a county official said.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.message, 'The quote\'s speaker, “a county official”, is not named.')
  assert.equal(finding.actual, 'a county official')
})

const draft = '# Bridge\n\nThe bridge stays shut. “We will not reopen it this year.”\n\n“We had four nurses for forty beds,” a nurse said.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:24-3:36 unnamed-speaker', '5:1-5:13 unnamed-speaker'])
