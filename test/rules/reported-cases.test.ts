// Cases found by reviewing the engine against the rules contract, each a test that cites the
// mechanism it holds. Every one failed before its fix.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {DraftFormat} from '../../server/src/engine/index.ts'
import {findingsOf} from '../helpers.ts'

const cases: Array<[string, string, string, string[], DraftFormat?]> = [
  ['a byte-order mark is not a column of line 1', '\uFEFFThe council plans to cut the budget.', 'unattributed-claim', ['1:13-1:21 unattributed-claim']],
  ['a pronoun resolves to a person named at the start of an earlier sentence', 'Lena Marsh spoke first at the rally.\n\n“We will win this runoff on every single block,” she said.', 'unnamed-speaker', []],
  ['the nearest person wins over an earlier anonymous source', 'A campaign aide said the crowd was small.\n\nLena Marsh took the stage at nine.\n\n“We will win this runoff on every single block,” she said.', 'unnamed-speaker', []],
  ['a count of sources after the verb is not a figure', 'The talks stalled, said three diplomats.', 'missing-evidence', []],
  ['"described" with a plain object attributes', 'Three corrections officers described the cell block.', 'anonymous-source', ['1:1-1:27 anonymous-source']],
  ['"in an interview, X described" attributes', 'In an interview, a former guard described the cells.', 'anonymous-source', ['1:18-1:32 anonymous-source']],
  ['a time range is not a figure', 'The meeting ran from 9 to 11 p.m.', 'missing-evidence', []],
  ['a regulation number is not a figure', 'Regulation 2024/18 took effect in June.', 'missing-evidence', []],
  ['a ranking is a figure', 'The firm ranked third among exporters, the ministry said.', 'missing-evidence', ['1:17-1:22 missing-evidence']],
  ['"per" takes the whole description', 'Per a person briefed on the talks, the deal was off.', 'anonymous-source', ['1:5-1:34 anonymous-source']],
  ['a participle describing a source is not a second cue', 'The deal was off, a person briefed on the talks told reporters.', 'anonymous-source', ['1:19-1:48 anonymous-source']],
  ['"Some say"', 'Some say the bridge was never safe.', 'vague-attribution', ['1:1-1:9 vague-attribution']],
  ['"Many believe"', 'Many believe the bridge was never safe.', 'vague-attribution', ['1:1-1:13 vague-attribution']],
  ['"Observers noted"', 'Observers noted the low turnout.', 'vague-attribution', ['1:1-1:16 vague-attribution']],
  ['a participle cue after a described body', 'The plant is likely to close, the union reporting a drop in orders.', 'unattributed-claim', []],
  ['", saying" attributes to the opening subject', 'Pelican is likely to cut routes, saying fuel costs rose.', 'unattributed-claim', []],
  ['a note that starts with TK still says TK', 'The rent rose 45 percent. {>>source: TK — ask the union<<}', 'dangling-evidence', ['1:27-1:59 dangling-evidence']],
  ['a loaded verb in a relative clause', 'Lom, who has claimed the audit was wrong, resigned.', 'loaded-attribution-verb', ['1:14-1:21 loaded-attribution-verb']],
  ['enabling one rule after disabling all turns it back on', '<!-- attribution-lint-disable -->\n\nThe council plans to cut the budget.\n\n<!-- attribution-lint-enable unattributed-claim -->\n\nThe board intends to sell the site.', 'unattributed-claim', ['7:11-7:21 unattributed-claim']],
  ['"Sources:" heads an exempt section in plain text', 'Sources:\n\nThe council plans to cut the budget.', 'unattributed-claim', [], 'text'],
  ['"## Sources:" heads an exempt section in plain text', '## Sources:\n\nThe council plans to cut the budget.', 'unattributed-claim', [], 'text'],
  ['a bold "Sources" line heads an exempt section in Markdown', '**Sources**\n\nThe council plans to cut the budget.', 'unattributed-claim', []],
  ['"Source notes" heads an exempt section', '## Source notes\n\nThe council plans to cut the budget.', 'unattributed-claim', []],
  ['a quoted one-line heading in plain text is a heading', '“We will not reopen the bridge”\n\nThe bridge closed.', 'unnamed-speaker', [], 'text'],
  ['a relative clause with its own verbs is not the subject', 'Officials who spoke on condition of anonymity because they were not authorized to speak said the deal was off.', 'anonymous-source', []],
  ['a quote continued into a paragraph with the cue takes that speaker', '“We walked out because we had to.\n\n“Every one of us can tell you about it,” said Imani Castellanos.', 'unnamed-speaker', []],
  ['"the mayor" is an office-holder the story identifies', 'The mayor, speaking at a news conference Tuesday, said the city would appeal.', 'anonymous-source', []],
  ['"a mayor" is not', 'A mayor from the valley said the city would appeal.', 'anonymous-source', ['1:1-1:24 anonymous-source']],
  ['an object after a comma and a verb is not an inverted source', 'The ministry\'s spokesman, Ivan Petrov, denied the allegations.', 'anonymous-source', []],
  ['the comma inside "4,000" separates nothing', 'The company, which employs 4,000 people, said it would cut 10% of its workforce.', 'anonymous-source', []],
  ['a party label after a name is passed over', 'Rep. Jane Doe, D-Calif., said the bill would pass.', 'anonymous-source', []],
  ['a crowd placed at a named body is anonymous, not vague', 'Experts at the Carrow Institute say the river will crest on Friday.', 'vague-attribution', []],
  ['a request for anonymity followed by its reason', '"The roof bolts were coming loose and nobody would listen," said a miner who asked that his name not be used because he feared losing his job.', 'anonymous-source', []],
  ['a request for anonymity with no reason', 'A miner who asked not to be named said the roof bolts were loose.', 'anonymous-source', ['1:1-1:8 anonymous-source']],
  ['a cue in "what it called" does not attribute the claim', 'The council plans to close what it called “the least useful branch in the city.”', 'unattributed-claim', ['1:13-1:21 unattributed-claim']],
  ['"called" with a quote attributes it', 'State Sen. Paul Dimitri, who chairs the utilities committee, called the request "a reasonable ask given the state of the pipes."', 'unnamed-speaker', []],
  ['"on a conference call" is no cue', 'Maren Lindqvist told analysts on a conference call that the merger would "give travelers a real choice."', 'vague-attribution', []],
  ['an opinion crowd is vague', 'Consumer advocates argue the authority mismanaged its reserves.', 'vague-attribution', ['1:1-1:25 vague-attribution']],
  ['"No. 3" is one sentence, and an identifier', 'The No. 3 seed lost on Friday.', 'missing-evidence', []],
  ['"aged 42" is an age, not a figure', 'The man, aged 42, was arrested on Friday, police said.', 'missing-evidence', []],
  ['"two-thirds" is a figure', 'Two-thirds of voters backed the plan.', 'missing-evidence', ['1:1-1:11 missing-evidence']],
  ['a reason explains the people its sentence names, for later references', 'Nurses on the ward learned of it from a news release, according to three of them who spoke on condition of anonymity because they feared retaliation.\n\nOne nurse said the ward delivered babies every day.', 'anonymous-source', []],
  ['a reason given later does not explain an earlier source', 'A nurse said the ward would close.\n\nThe hospital declined to comment.\n\nNurses spoke on condition of anonymity because they feared retaliation.', 'anonymous-source', ['1:1-1:8 anonymous-source']],
  ['a figure takes its unit', 'The river rose 2 metres overnight.', 'missing-evidence', ['1:16-1:24 missing-evidence']]
]

for (const [name, text, rule, expected, format] of cases) {
  test(name, () => assert.deepEqual(findingsOf(text, rule, {format: format ?? 'markdown'}), expected))
}
