// Code actions end to end: ask the server for the actions on a diagnostic, apply the edit as the
// editor would (snippet tab stops filled with what the writer types), send the change, and check
// both the new draft and that the re-lint drops the diagnostic where the fix says it does.

import assert from 'node:assert/strict'
import {after, before, describe, test} from 'node:test'
import type {CodeAction, Diagnostic} from 'vscode-languageserver-protocol'
import {ruleById} from '../../server/src/engine/index.ts'
import {applyWorkspaceEdit, changeBetween, clientCapabilities, TestClient} from './client.ts'

let client: TestClient
let counter = 0

before(async () => {
  client = (await TestClient.start()).client
})
after(() => client.stop())

interface Opened {
  uri: string
  text: string
  version: number
  diagnostics: Diagnostic[]
}

async function open(text: string, extension = 'md', on: TestClient = client): Promise<Opened> {
  const uri = `file:///drafts/actions-${++counter}.${extension}`
  const languageId = extension === 'md' ? 'markdown' : extension === 'txt' ? 'plaintext' : 'draft'
  return {uri, text, version: 1, diagnostics: await on.open(uri, text, languageId)}
}

function only(draft: Opened, code: string): Diagnostic {
  const found = draft.diagnostics.filter((diagnostic) => diagnostic.code === code)
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(draft.diagnostics.map((diagnostic) => diagnostic.code))}`)
  return found[0]
}

async function actionsFor(draft: Opened, diagnostic: Diagnostic, on: TestClient = client): Promise<CodeAction[]> {
  return on.codeActions(draft.uri, diagnostic.range, [diagnostic])
}

function titled(actions: CodeAction[], pattern: RegExp): CodeAction {
  const action = actions.find((candidate) => pattern.test(candidate.title))
  assert.ok(action, `no action matching ${pattern} among ${actions.map((candidate) => candidate.title).join(' | ')}`)
  return action
}

/** Applies the action's edit, sends it as an incremental change, and returns the re-linted draft. */
async function apply(draft: Opened, action: CodeAction, fill = '', on: TestClient = client): Promise<Opened> {
  const text = applyWorkspaceEdit(draft.text, draft.uri, action.edit, fill)
  const version = draft.version + 1
  const diagnostics = await on.change(draft.uri, version, [changeBetween(draft.text, text)])
  return {uri: draft.uri, text, version, diagnostics}
}

const codes = (draft: Opened) => draft.diagnostics.map((diagnostic) => diagnostic.code)

describe('loaded-attribution-verb', () => {
  test('the preferred quick fix replaces the verb with "said" in the same tense, and the re-lint drops it', async () => {
    const draft = await open('Mayor Ana Ruiz claimed the cut was needed.\n\nThe union insists the branch stays open.\n')
    const [claimed, insists] = draft.diagnostics.filter((diagnostic) => diagnostic.code === 'loaded-attribution-verb')
    const actions = await actionsFor(draft, claimed)
    const fix = titled(actions, /^Replace “claimed” with “said”$/)
    assert.equal(fix.kind, 'quickfix')
    assert.equal(fix.isPreferred, true)
    assert.deepEqual(fix.diagnostics, [claimed])
    const fixed = await apply(draft, fix)
    assert.equal(fixed.text, 'Mayor Ana Ruiz said the cut was needed.\n\nThe union insists the branch stays open.\n')
    assert.deepEqual(codes(fixed), ['loaded-attribution-verb'])
    assert.equal(fixed.diagnostics[0].range.start.line, 2)

    const present = titled(await actionsFor(fixed, fixed.diagnostics[0]), /^Replace “insists” with “says”$/)
    assert.equal(applyWorkspaceEdit(fixed.text, fixed.uri, present.edit), 'Mayor Ana Ruiz said the cut was needed.\n\nThe union says the branch stays open.\n')
    void insists
  })

  test('"Apply all safe fixes in this draft" is a source action, and a quick fix when there are several', async () => {
    const draft = await open('Ruiz claimed the cut was needed.\n\nThe union insisted the branch stays open.\n\nClerk Jo Park admitted the vote was late.\n')
    const sourceActions = await client.codeActions(draft.uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, [], ['source.fixAll'])
    const fixAll = titled(sourceActions, /^Apply all safe fixes in this draft$/)
    assert.equal(fixAll.kind, 'source.fixAll.attributionLint')
    assert.equal(sourceActions.length, 1, 'only the source action is asked for')
    const fixed = await apply(draft, fixAll)
    assert.equal(fixed.text, 'Ruiz said the cut was needed.\n\nThe union said the branch stays open.\n\nClerk Jo Park said the vote was late.\n')
    assert.deepEqual(codes(fixed), [])

    const again = await open(draft.text)
    titled(await actionsFor(again, again.diagnostics[0]), /^Apply all safe fixes in this draft$/)
  })
})

describe('evidence notes for missing-evidence and unattributed-claim', () => {
  const text = '# Budget\n\nThe plant employs 400 people. Mayor Ana Ruiz said so on Monday.\n\nThe council plans to cut the library budget.\n'

  test('a CriticMarkup note goes after the sentence, as a snippet with the cursor inside', async () => {
    const draft = await open(text)
    const figure = only(draft, 'missing-evidence')
    const action = titled(await actionsFor(draft, figure), /^Add an evidence note after this sentence$/)
    const edit = action.edit!.documentChanges![0] as {edits: Array<{snippet?: {value: string}}>}
    assert.equal(edit.edits[0].snippet?.value, ' {>>source: $0<<\\}')
    const fixed = await apply(draft, action, 'County payroll records, 2024')
    assert.equal(fixed.text, text.replace('400 people.', '400 people. {>>source: County payroll records, 2024<<}'))
    assert.deepEqual(codes(fixed), ['unattributed-claim'])

    // Before the writer types, the empty note is itself reported.
    const fresh = await open(text)
    const empty = await apply(fresh, titled(await actionsFor(fresh, only(fresh, 'missing-evidence')), /^Add an evidence note/))
    assert.deepEqual(codes(empty), ['missing-evidence', 'dangling-evidence', 'unattributed-claim'])

    const claim = only(fixed, 'unattributed-claim')
    const noted = await apply(fixed, titled(await actionsFor(fixed, claim), /^Add an evidence note after this sentence$/), 'Council agenda, item 4')
    assert.ok(noted.text.endsWith('library budget. {>>source: Council agenda, item 4<<}\n'))
    assert.deepEqual(codes(noted), [])
  })

  test('a new footnote goes after the sentence, with its definition at the end of the draft', async () => {
    const draft = await open(text)
    const action = titled(await actionsFor(draft, only(draft, 'unattributed-claim')), /^Add footnote \[\^1\] with its definition at the end of the draft$/)
    const fixed = await apply(draft, action, 'Council agenda, item 4')
    assert.equal(fixed.text, text.replace('library budget.', 'library budget.[^1]') + '\n[^1]: Council agenda, item 4\n')
    assert.deepEqual(codes(fixed), ['missing-evidence'])

    const second = await apply(fixed, titled(await actionsFor(fixed, only(fixed, 'missing-evidence')), /^Add footnote \[\^2\]/), 'County payroll records')
    assert.equal(second.text, text.replace('library budget.', 'library budget.[^1]').replace('400 people.', '400 people.[^2]') + '\n[^1]: Council agenda, item 4\n[^2]: County payroll records\n')
    assert.deepEqual(codes(second), [])
  })

  for (const extension of ['txt', 'draft']) {
    test(`notes and footnotes work in a .${extension} draft`, async () => {
      const plain = 'Budget\n\nThe plant employs 400 people. Mayor Ana Ruiz said so on Monday.\n\nThe council plans to cut the library budget.'
      const draft = await open(plain, extension)
      const footnote = await apply(draft, titled(await actionsFor(draft, only(draft, 'missing-evidence')), /^Add footnote \[\^1\]/), 'County payroll records')
      assert.equal(footnote.text, plain.replace('400 people.', '400 people.[^1]') + '\n\n[^1]: County payroll records\n')
      assert.deepEqual(codes(footnote), ['unattributed-claim'])
      const note = await apply(footnote, titled(await actionsFor(footnote, only(footnote, 'unattributed-claim')), /^Add an evidence note/), 'Council agenda')
      assert.deepEqual(codes(note), [])
    })
  }
})

describe('quick fixes that write the sourcing', () => {
  const gone = (draft: Opened, code: string, line: number) => !draft.diagnostics.some((diagnostic) => diagnostic.code === code && diagnostic.range.start.line === line)

  test('anonymous-source: the reason goes right after the source, as a choice, and the finding goes', async () => {
    for (const [text, expected] of [
      ['A senior city hall aide said the sale could bring in millions.\n', 'A senior city hall aide, who spoke on condition of anonymity because they were not authorized to speak publicly, said the sale could bring in millions.\n'],
      ['The sale could bring in millions, said a senior city hall aide.\n', 'The sale could bring in millions, said a senior city hall aide, who spoke on condition of anonymity because they were not authorized to speak publicly.\n']
    ]) {
      const draft = await open(text)
      const diagnostic = only(draft, 'anonymous-source')
      const action = titled(await actionsFor(draft, diagnostic), /^Say why the source is not named/)
      assert.equal(action.isPreferred, true)
      const snippet = JSON.stringify(action.edit)
      assert.match(snippet, /\$\{1\|they were not authorized to speak publicly,the talks are private,they feared retribution\|\}/, 'the common reasons are the choices')
      const fixed = await apply(draft, action)
      assert.equal(fixed.text, expected)
      assert.ok(gone(fixed, 'anonymous-source', 0), JSON.stringify(codes(fixed)))
    }
  })

  test('unnamed-speaker: attribute a quote with no speaker to someone the draft names nearby (preferred), or to a name typed', async () => {
    const text = 'Mayor Lena Dorsey said the board met on Tuesday.\n\n“We have run out of good options.”\n'
    const draft = await open(text)
    const diagnostic = only(draft, 'unnamed-speaker')
    const actions = await actionsFor(draft, diagnostic)
    const attribute = titled(actions, /^Attribute to Mayor Lena Dorsey$/)
    assert.equal(attribute.isPreferred, true)
    const fixed = await apply(draft, attribute)
    assert.equal(fixed.text, 'Mayor Lena Dorsey said the board met on Tuesday.\n\n“We have run out of good options,” Mayor Lena Dorsey said.\n')
    assert.ok(gone(fixed, 'unnamed-speaker', 2), JSON.stringify(codes(fixed)))

    const again = await open(text)
    const typed = await apply(again, titled(await actionsFor(again, only(again, 'unnamed-speaker')), /^Name the speaker/), 'Ana Ruiz')
    assert.match(typed.text, /“We have run out of good options,” Ana Ruiz said\.\n$/)
    assert.ok(gone(typed, 'unnamed-speaker', 2), JSON.stringify(codes(typed)))
  })

  test('unnamed-speaker: a question keeps its mark, and a described speaker is replaced by the name', async () => {
    const question = await open('Ana Ruiz said the board would vote on Tuesday.\n\n“Why close the branch now?”\n')
    const asked = await apply(question, titled(await actionsFor(question, only(question, 'unnamed-speaker')), /^Attribute to Ana Ruiz$/))
    assert.match(asked.text, /“Why close the branch now\?” Ana Ruiz said\.\n$/)
    assert.ok(gone(asked, 'unnamed-speaker', 2))

    const described = await open('Ana Ruiz said the walkout would go on.\n\n“We will not back down,” one striker shouted.\n')
    const named = await apply(described, titled(await actionsFor(described, only(described, 'unnamed-speaker')), /^Attribute to Ana Ruiz$/))
    assert.match(named.text, /“We will not back down,” Ana Ruiz shouted\.\n$/)
    assert.ok(gone(named, 'unnamed-speaker', 2), JSON.stringify(codes(named)))
  })

  test('unattributed-claim: “according to” before the full stop, with the cursor on the source', async () => {
    const draft = await open('The council is likely to object.\n')
    const action = titled(await actionsFor(draft, only(draft, 'unattributed-claim')), /^Say who says so/)
    const fixed = await apply(draft, action, 'the council clerk')
    assert.equal(fixed.text, 'The council is likely to object, according to the council clerk.\n')
    assert.ok(gone(fixed, 'unattributed-claim', 0), JSON.stringify(codes(fixed)))
  })
})

describe('dangling-evidence', () => {
  test('a footnote with no definition gets one at the end of the draft', async () => {
    const text = 'The plant employs 400 people.[^pay]\n\nMayor Ana Ruiz said so.[^1]\n\n[^1]: Council minutes.\n'
    const draft = await open(text)
    const dangling = only(draft, 'dangling-evidence')
    const action = titled(await actionsFor(draft, dangling), /^Add a definition for \[\^pay\] at the end of the draft$/)
    assert.equal(action.isPreferred, true)
    const fixed = await apply(draft, action, 'County payroll records')
    assert.equal(fixed.text, text + '[^pay]: County payroll records\n')
    assert.deepEqual(codes(fixed), [])
  })

  test('similar labels are shown where they are defined', async () => {
    const draft = await open('The plant employs 400 people.[^payroll]\n\n[^payrol]: County payroll records.\n')
    const dangling = draft.diagnostics.find((diagnostic) => diagnostic.code === 'dangling-evidence' && /has no definition/.test(diagnostic.message as string))!
    assert.deepEqual(dangling.relatedInformation, [{location: {uri: draft.uri, range: {start: {line: 2, character: 0}, end: {line: 2, character: 10}}}, message: 'The footnote “payrol” is defined here.'}])
  })

  test('an unused definition can be removed', async () => {
    const text = 'The plant employs 400 people.[^1]\n\n[^1]: County payroll records.\n[^2]: An old note nobody cites.\n[^3]: Council minutes.\n\nMayor Ana Ruiz said so.[^3]\n'
    const draft = await open(text)
    const action = titled(await actionsFor(draft, only(draft, 'dangling-evidence')), /^Remove the unused footnote definition \[\^2\]$/)
    const fixed = await apply(draft, action)
    assert.equal(fixed.text, text.replace('[^2]: An old note nobody cites.\n', ''))
    assert.deepEqual(codes(fixed), [])
  })
})

describe('disable for the next line', () => {
  const markdown = [
    '# Budget vote',
    '',
    'The council plans to cut the library budget',
    'and Mayor Ana Ruiz claimed the cut would save $2 million a year.',
    '',
    '- A senior council aide said the vote was rushed.',
    '  “They did not read the report before they voted on it,” she said.',
    '',
    'See the minutes.[^9]',
    '',
    'The county plans to sell the building.',
    ''
  ].join('\n')
  const plain = markdown.replace('# Budget vote', 'Budget vote').replace('- A senior', 'A senior').replace('  “They', '“They')

  for (const [extension, text] of [
    ['md', markdown],
    ['txt', plain],
    ['draft', plain.replace(/\n/g, '\r\n')]
  ] as const) {
    test(`in a .${extension} draft, every diagnostic can be turned off with a comment, and only it goes`, async () => {
      const draft = await open(text, extension)
      assert.ok(draft.diagnostics.length >= 6, JSON.stringify(codes(draft)))
      for (const diagnostic of draft.diagnostics) {
        const fresh = await open(text, extension)
        const action = titled(await actionsFor(fresh, diagnostic), new RegExp(`^Turn off “${ruleById.get(String(diagnostic.code))!.meta.name}” for this line$`))
        // The cursor waits after " -- " for the reason; the writer types one.
        const fixed = await apply(fresh, action, 'the desk agreed')
        assert.match(fixed.text, new RegExp(`<!-- attribution-lint-disable-next-line ${diagnostic.code} -- the desk agreed -->`))
        // Everything else is reported as before: the same rules with the same messages.
        const gone = (other: Diagnostic) => other.code === diagnostic.code && other.range.start.line === diagnostic.range.start.line
        const expected = draft.diagnostics.filter((other) => !gone(other)).map((other) => `${other.code} ${other.message}`)
        assert.deepEqual(
          fixed.diagnostics.map((other) => `${other.code} ${other.message}`),
          expected,
          `turning off ${diagnostic.code} on line ${diagnostic.range.start.line + 1} gave:\n${fixed.text}`
        )
      }
    })
  }
})

test('a suppression comment left with no reason typed still turns the rule off', async () => {
  const draft = await open('Intro.\n\nThe plant employs 400 people.\n', 'md')
  const action = titled(await actionsFor(draft, only(draft, 'missing-evidence')), /^Turn off “[^”]+” for this line$/)
  const fixed = await apply(draft, action, '')
  assert.match(fixed.text, /<!-- attribution-lint-disable-next-line missing-evidence -- {2}-->\nThe plant/)
  assert.deepEqual(codes(fixed), [])
})

test('a client without snippet support gets plain text edits', async (t) => {
  const capabilities = structuredClone(clientCapabilities)
  capabilities.workspace!.workspaceEdit = {}
  const plainClient = (await TestClient.start({capabilities})).client
  t.after(() => plainClient.stop())
  const draft = await open('The plant employs 400 people.\n', 'md', plainClient)
  const action = titled(await actionsFor(draft, only(draft, 'missing-evidence'), plainClient), /^Add an evidence note/)
  assert.deepEqual(action.edit, {changes: {[draft.uri]: [{range: {start: {line: 0, character: 29}, end: {line: 0, character: 29}}, newText: ' {>>source: <<}'}]}})
})
