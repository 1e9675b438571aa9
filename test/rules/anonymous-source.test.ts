// anonymous-source: fires on the source phrase of an attribution to an unnamed person or group
// when the draft gives no reason for the anonymity in that sentence or the next; stays quiet on
// named sources, documents, explained anonymity and non-prose (shared spec, `anonymous-source`;
// corpus README, "Attribution and sources").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'anonymous-source'

const mustFire: MustFire = [
  // Reasons for anonymity: only for the source they refer back to, and only about naming.
  ['a reason that belongs to a newly introduced source', 'Two aides said the vote was delayed. A third official, who was not authorized to discuss the talks, said it would pass.', ['1:1-1:10 anonymous-source']],
  ['a reason phrase with nothing about anonymity beside it', 'Two aides said the crews worked through the night to protect homes on Mill Lane.', ['1:1-1:10 anonymous-source'], {format: 'text'}],
  // The range is the source phrase.
  ['a senior administration official', 'A senior administration official said the talks had stalled.', ['1:1-1:33 anonymous-source']],
  ['people familiar with the talks', 'Two people familiar with the talks said the deal was close.', ['1:1-1:35 anonymous-source']],
  ['according to people familiar with the talks', 'The deal was close, according to two people familiar with the talks.', ['1:34-1:68 anonymous-source']],
  ['officials', 'Officials said the road would reopen on Monday.', ['1:1-1:10 anonymous-source']],
  ['a spokesperson', 'A spokesperson said the road would reopen on Monday.', ['1:1-1:15 anonymous-source']],
  ['a proper noun that only modifies the role: White House aide', 'A White House aide said the road would reopen on Monday.', ['1:1-1:19 anonymous-source']],
  ['a proper noun that only modifies the role: hospital spokesperson', 'A Halvorsen General spokesperson said the ward would close.', ['1:1-1:33 anonymous-source']],
  ['an aide to a named person', 'A senior aide to Lindqvist said the campaign would knock on doors.', ['1:1-1:27 anonymous-source']],
  ['X told reporters', 'The deal was off, a diplomat told reporters.', ['1:19-1:29 anonymous-source']],
  ['the speaker of a quote', '“We are done negotiating for now,” a senior official said.', ['1:36-1:53 anonymous-source']],
  ['the speaker of a quote, said first', '“We are done negotiating for now,” said a senior official.', ['1:41-1:58 anonymous-source']],

  // Reasons that do not count.
  [
    'a reason two sentences later is too late',
    'A senior official said the talks had stalled. The talks resume Monday. He spoke on condition of anonymity to discuss private deliberations.',
    ['1:1-1:18 anonymous-source']
  ],
  ['anonymity granted with no reason', 'Two guards said the cells flooded. They spoke on condition of anonymity.', ['1:1-1:11 anonymous-source']],
  [
    'a reason for one group does not cover another',
    'Two guards said the cells flooded. Both spoke on condition of anonymity because they are barred from talking to reporters.\n\nPrison officials said visiting hours were cut.',
    ['3:1-3:17 anonymous-source']
  ],
  // A request for anonymity with no reason after it is not a reason.
  ['a withheld name with no reason', 'A dock worker said the alarms had failed. He asked that his name be withheld.', ['1:1-1:14 anonymous-source']],
  ['a condition of not being identified, with no reason', 'A former inspector said the audit was rushed. She spoke on the condition that she not be identified.', ['1:1-1:19 anonymous-source'], {format: 'text'}],
  ['speaking without being named, with no reason', 'A person close to the owners, who would speak only without being named, said the sale was certain.', ['1:1-1:29 anonymous-source'], {format: 'draft'}],
  // The source is the noun phrase, not an adverb set off by commas, nor the clause before it.
  ['an adverb between the source and its cue', 'A person close to the mayor, however, said the plan was final.', ['1:1-1:28 anonymous-source']],
  ['an adverb between the source and its cue, plain text', 'A guard, meanwhile, said the cells flooded.', ['1:1-1:8 anonymous-source'], {format: 'text'}],
  ['a description after a clause, .draft', 'The plan is final, a person close to the mayor, however, said.', ['1:20-1:47 anonymous-source'], {format: 'draft'}],
  // A party or a nationality described, not named.
  ['a senior Republican', 'A senior Republican said the bill was dead.', ['1:1-1:20 anonymous-source']],
  ['a top Democrat, inverted, plain text', 'The bill is dead, said a top Democrat.', ['1:24-1:38 anonymous-source'], {format: 'text'}],
  ['one Israeli, .draft', 'One Israeli said the border was quiet.', ['1:1-1:12 anonymous-source'], {format: 'draft'}],
  // An inverted source followed by a relative clause.
  ['said a woman who ...', 'The bridge was unsafe, said a woman who lives nearby.', ['1:29-1:36 anonymous-source']],
  ['said a guard who ..., plain text', 'The cells were cold, said a guard who works nights.', ['1:27-1:34 anonymous-source'], {format: 'text'}],
  ['said a guard who ..., .draft', 'The cells were cold, said a guard who works nights.', ['1:27-1:34 anonymous-source'], {format: 'draft'}],
  // A long line in sentence case with no final stop is a sentence, not a heading.
  ['plain text: a sentence that lost its final stop', 'Drought cuts harvest\n\nFarm income will fall by a third this year, a co-op official said', ['3:45-3:61 anonymous-source'], {format: 'text'}],
  ['.draft: a sentence that lost its final stop', 'Drought cuts harvest\nFarm income will fall by a third this year, a co-op official said\nThe mill closes in May.', ['2:45-2:61 anonymous-source'], {format: 'draft'}],
  // A reason given earlier explains references back to its group, not a new person of the same kind.
  ['a new official after an explained one', 'Speaking on condition of anonymity to discuss personnel matters, a senior official said the chief would resign.\n\nAnother official said the chief would stay.', ['3:1-3:17 anonymous-source']],
  ['a new official after an explained one, plain text', 'Two officials said the chief would resign. Both spoke on condition of anonymity to discuss personnel matters.\n\nA senior official said the chief would stay.', ['3:1-3:18 anonymous-source'], {format: 'text'}],
  ['a new official after an explained one, .draft', 'Two officials said the chief would resign. Both spoke on condition of anonymity to discuss personnel matters.\n\nA senior official said the chief would stay.', ['3:1-3:18 anonymous-source'], {format: 'draft'}],
  // A source that says something while refusing something else is still a source.
  ['a negation inside a relative clause before the verb', 'A miner who asked not to be named said the roof bolts were loose.', ['1:1-1:8 anonymous-source'], {format: 'draft'}],
  ['a negation inside what was said', 'Officials said the road would not reopen this year.', ['1:1-1:10 anonymous-source'], {format: 'text'}],
  ['a museum director, indefinite', 'A museum director said the painting was insured.', ['1:1-1:18 anonymous-source'], {format: 'text'}],
  ["the company's spokeswoman is not one office", "The company's spokeswoman said the plant would stay open.", ['1:1-1:26 anonymous-source'], {format: 'draft'}],
  ['two unexplained sources', 'A senior official said the talks had stalled.\n\nA White House aide said the deal was off.', ['1:1-1:18 anonymous-source', '3:1-3:19 anonymous-source']],

  // Formats.
  ['plain text', 'A senior official said the talks had stalled.', ['1:1-1:18 anonymous-source'], {format: 'text'}],
  ['.draft with no blank lines', 'Talks\nA senior official said the talks had stalled.', ['2:1-2:18 anonymous-source'], {format: 'draft'}]
]

const mustNotFire: MustNotFire = [
  ['a reason in the next sentence that refers back', 'Two aides said the vote was delayed. They spoke on condition of anonymity because they were not authorized to discuss it.', {format: 'draft'}],
  // A request for anonymity, then its reason: "because", "citing", "fearing".
  ['a withheld name, then because', 'A dock worker said the alarms had failed. He asked that his name be withheld because he still works there.'],
  ['a withheld name, then because, plain text', 'A dock worker said the alarms had failed. He asked that his name be withheld because he still works there.', {format: 'text'}],
  ['not being identified, citing a reason', 'A former inspector said the audit was rushed. She spoke on the condition that she not be identified, citing a pending lawsuit.', {format: 'draft'}],
  ['not being identified, citing a reason, Markdown', 'A former inspector said the audit was rushed. She spoke on the condition that she not be identified, citing a pending lawsuit.'],
  ['speaking without being named because', 'A person close to the owners, who would speak only without being named because the owners forbid it, said the sale was certain.', {format: 'text'}],
  ['granted anonymity, citing a reason', 'Two aides said the vote was delayed. They were granted anonymity, citing the confidentiality of the talks.', {format: 'draft'}],
  ['a named source with an adverb before its cue', 'Mara Lindqvist, however, said the talks had stalled.', {format: 'text'}],
  ['a named source with an age and a description', 'Ana May Ruiz, 60, a welder, said the dam was safe.', {format: 'draft'}],
  ['a named senator described by party', 'Sen. Dana Whit, a Republican, said the bill was dead.', {format: 'text'}],
  ['a party before a name', 'Republican Dana Whit said the bill was dead.', {format: 'draft'}],
  ['a named source with a relative clause, inverted', 'The bridge was unsafe, said Ana Ruiz, who lives nearby.'],
  ['a short headline line is a heading, plain text', 'Officials say mill will close\n\nThe mill closes in May.', {format: 'text'}],
  ['a short headline line is a heading, .draft', 'Officials say mill will close\nThe mill closes in May.', {format: 'draft'}],
  ['a later reference back to an explained group', 'Two officials said the chief would resign. Both spoke on condition of anonymity to discuss personnel matters.\n\nThe officials said the chief would stay.', {format: 'text'}],
  // A refusal sources nothing: there is no anonymity to explain.
  ['would not say when', 'Officials would not say when the road would reopen.'],
  ['declined to say how many, plain text', 'A spokesman declined to say how many workers were laid off.', {format: 'text'}],
  ["wouldn't say whether, .draft", "Officials wouldn't say whether the plant would close.", {format: 'draft'}],
  // One office the story identifies, as "the mayor" is.
  ["the company's chief executive", "The company's chief executive said the plant would stay open."],
  ["the agency's chief financial officer, plain text", "The agency's chief financial officer said the audit was done.", {format: 'text'}],
  ["the museum's director, .draft", "The museum's director said the painting was insured.", {format: 'draft'}],
  ['a weaker reason beside wording about naming', 'Two aides said the talks had stalled. They asked not to be named to protect their jobs.'],
  // A base form after a singular noun is a noun: no verb, no source.
  ['a noun compound ending in a cue word', 'Pelican has struggled since a 2023 engine recall grounded a fifth of its fleet.'],
  ['a noun compound ending in a cue word, plain text', 'The ferry line has struggled since a safety report on its aging boats.', {format: 'text'}],
  // Named sources.
  ['a person by name', 'Mara Lindqvist said the talks had stalled.'],
  ['a named person described by role', 'Lena Marsh, a nurse manager, said the ward was short of staff.'],
  ['a title before the name', 'Deputy Commissioner Harriet Lom said the outage affected one unit.'],
  ['an age in a name line', 'Driver Piet Aalders, 46, said the bridge was flooded.'],
  ['an institution by name', 'The Pentagon said the strikes would continue.'],
  ['a news agency', 'Reuters reported that the talks had stalled.'],
  ['a back-reference by acronym', 'The Tessel River Authority said the river would crest on Friday. The TRA said crews were ready.'],

  // Not anonymous.
  ['a document is not a speaker', 'According to a memo, the talks had stalled.'],
  ['a vague crowd is vague-attribution’s concern', 'Critics argue the plan is too costly.'],

  // Reasons for anonymity.
  [
    'reason in the same sentence',
    'A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks had stalled.'
  ],
  ['not authorized to speak publicly', 'A senior official, who was not authorized to speak publicly, said the talks had stalled.'],
  ['to discuss private deliberations', 'A senior official said the talks had stalled, speaking on condition of anonymity to discuss private deliberations.'],
  ['for fear of reprisal', 'A guard, who asked not to be named for fear of reprisal, said the cells flooded.'],
  ['reason in the next sentence', 'A senior official said the talks had stalled. He spoke on condition of anonymity because he was not authorized to discuss the talks.'],
  [
    'reason in the next sentence, for a group',
    'Two people familiar with the inquiry said the lab was under review. Both spoke on condition of anonymity because the inquiry is confidential.'
  ],
  ['reason in the next sentence, next paragraph', 'A senior official said the talks had stalled.\n\nHe spoke on condition of anonymity because he was not authorized to discuss the talks.'],
  [
    'a later reference to an explained group',
    'Two guards said the cells flooded. Both spoke on condition of anonymity because they are barred from talking to reporters.\n\nThe guards said visiting hours were cut.'
  ],
  [
    'the speaker of a quote, anonymity explained',
    '“We are done negotiating for now,” a senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said.'
  ],
  [
    'a pronoun that refers to an explained source',
    'A senior official, who spoke on condition of anonymity because he was not authorized to speak publicly, said the talks had stalled. He said the deal was off.'
  ],
  [
    'plain text: reason in the next sentence',
    'A senior official said the talks had stalled.\n\nHe spoke on condition of anonymity because he was not authorized to discuss the talks.',
    {format: 'text'}
  ],

  // Not prose, exempt, suppressed.
  ['fenced code block', '```\nA senior official said the talks had stalled.\n```'],
  ['Sources section', '## Sources\n\nA senior official said the talks had stalled.'],
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line anonymous-source -->\nA senior official said the talks had stalled.'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\nA senior official said the talks had stalled.'],
  ['disable ... enable this rule', '<!-- attribution-lint-disable anonymous-source -->\n\nA senior official said the talks had stalled.\n\n<!-- attribution-lint-enable anonymous-source -->']
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['unexplained.md', ['3:1-3:33 anonymous-source']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['explained.txt']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('reports the source with a message that quotes the description', () => {
  const [finding] = lint('A senior administration official said the talks had stalled.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'info')
  assert.equal(
    finding.message,
    'No reason is given for keeping “A senior administration official” anonymous.'
  )
  assert.equal(finding.actual, 'A senior administration official')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
})

const draft = '# Talks\n\nThe deal was off, a diplomat told reporters.\n\nOfficials said the road would reopen.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:19-3:29 anonymous-source', '5:1-5:10 anonymous-source'])
