// Every --format, parsed and checked from a real run: stylish, json, sarif (against the official
// SARIF 2.1.0 schema), github and compact.

import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {Ajv2020} from 'ajv/dist/2020.js'
import type {Log, ReportingDescriptor} from 'sarif'
import {rules, ruleUrl} from '../../server/src/engine/index.ts'
import {cli, drafts, parseJsonResults, removeProject, root, tempProject} from './helpers.ts'

let project: string

before(() => {
  project = tempProject({
    'stories/warning.md': drafts.warning,
    'stories/error.md': drafts.error,
    'stories/info.md': drafts.info,
    'stories/clean.md': drafts.clean,
    // A comma, a colon, a percent sign and a space in the name: all must survive every format.
    'stories/odd, name: 50% off.md': drafts.warning
  })
})

after(() => removeProject(project))

const ansi = /\u001b\[\d+m/

test('stylish groups problems by draft, aligns columns and ends with a summary line, without colour off a terminal', () => {
  const run = cli(['stories'], {cwd: project})
  assert.equal(run.code, 1)
  assert.doesNotMatch(run.stdout, ansi)
  const out = run.stdout.split('\n')
  assert.ok(out.includes('stories/error.md'), run.stdout)
  assert.ok(!out.includes('stories/clean.md'), 'a clean draft is not listed')
  const errorLine = out[out.indexOf('stories/error.md') + 1]
  assert.match(errorLine, /^\s+1:42\s+error\s+The footnote “1” has no definition\.\s+dangling-evidence$/)
  assert.match(run.stdout, /✖ 4 problems \(1 error, 2 warnings, 1 info\)/)
  assert.match(run.stdout, /1 problem is fixable with the --fix option/)
  assert.equal(run.stderr, '')
})

test('stylish colours only when asked: --color or FORCE_COLOR, and NO_COLOR wins over FORCE_COLOR', () => {
  assert.match(cli(['--color', 'stories'], {cwd: project}).stdout, ansi)
  assert.match(cli(['stories'], {cwd: project, env: {FORCE_COLOR: '1'}}).stdout, ansi)
  assert.doesNotMatch(cli(['stories'], {cwd: project, env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout, ansi)
  assert.doesNotMatch(cli(['--no-color', 'stories'], {cwd: project, env: {FORCE_COLOR: '1'}}).stdout, ansi)
})

test('json is ESLint-shaped: one result per draft with messages and counts', () => {
  const run = cli(['--format', 'json', 'stories'], {cwd: project})
  assert.equal(run.code, 1)
  const results = parseJsonResults(run.stdout)
  assert.deepEqual(
    results.map((result) => result.filePath),
    ['clean.md', 'error.md', 'info.md', 'odd, name: 50% off.md', 'warning.md'].map((name) => join(project, 'stories', name))
  )
  for (const result of results) {
    assert.deepEqual(Object.keys(result), ['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount'])
    for (const message of result.messages) assert.deepEqual(Object.keys(message), ['ruleId', 'severity', 'severityName', 'message', 'line', 'column', 'endLine', 'endColumn'])
  }
  const error = results[1]
  assert.deepEqual(error.messages, [
    {ruleId: 'dangling-evidence', severity: 2, severityName: 'error', message: error.messages[0].message, line: 1, column: 42, endLine: 1, endColumn: 46}
  ])
  assert.deepEqual([error.errorCount, error.warningCount, error.infoCount], [1, 0, 0])
  const info = results[2]
  assert.deepEqual(info.messages.map((message) => [message.ruleId, message.severity, message.severityName, message.column, message.endColumn]), [['loaded-attribution-verb', 1, 'info', 19, 26]])
  assert.deepEqual([info.errorCount, info.warningCount, info.infoCount], [0, 0, 1], 'information is severity 1 (ESLint has no lower level) but never a warning')
  assert.equal(info.fixableWarningCount, 0, 'a fixable information is not a fixable warning')
  const warning = results[4]
  assert.deepEqual([warning.errorCount, warning.warningCount, warning.infoCount], [0, 1, 0])
})

/** The SARIF 2.1.0 schema (the OASIS schema, JSON Schema 2020-12), kept as a fixture: see its README. */
function sarifSchema(): object {
  return JSON.parse(readFileSync(join(root, 'test/fixtures/sarif/sarif-2.1.0.schema.json'), 'utf8')) as object
}

function sarifValidator() {
  const ajv = new Ajv2020({allErrors: true, strict: false})
  // The schema's formats, checked as the RFCs they name define them (ajv-formats is not installed).
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('uri-reference', (value: string) => !/\s/.test(value) && URL.canParse(value, 'file:///base/'))
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i)
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  return ajv.compile(sarifSchema())
}

test('sarif is valid SARIF 2.1.0 with the seven rules, levels and relative locations', () => {
  const run = cli(['--format', 'sarif', 'stories'], {cwd: project})
  assert.equal(run.code, 1)
  const log = JSON.parse(run.stdout) as Log
  const validate = sarifValidator()
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
  // The schema has teeth: a driver without a name, or a level SARIF lacks, is refused.
  assert.equal(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]}), false)
  assert.equal(validate({...log, runs: [{...log.runs[0], results: [{...log.runs[0].results![0], level: 'info'}]}]}), false)

  assert.equal(log.version, '2.1.0')
  const [sarifRun] = log.runs
  const driver = sarifRun.tool.driver
  assert.equal(driver.name, 'attribution-lint')
  assert.match(driver.version ?? '', /^\d+\.\d+\.\d+/)
  assert.match(driver.informationUri ?? '', /^https:\/\//)
  assert.equal(driver.rules?.length, 7)
  for (const {meta: rule} of rules) {
    const descriptor: ReportingDescriptor | undefined = driver.rules!.find((candidate) => candidate.id === rule.id)
    assert.ok(descriptor, rule.id)
    assert.ok(descriptor.name && descriptor.shortDescription?.text && descriptor.fullDescription?.text, rule.id)
    assert.equal(descriptor.helpUri, ruleUrl(rule.id))
    assert.equal(descriptor.defaultConfiguration?.level, {error: 'error', warning: 'warning', info: 'note'}[rule.defaultSeverity])
  }

  const results = sarifRun.results ?? []
  assert.equal(results.length, 4)
  const dangling = results.find((result) => result.ruleId === 'dangling-evidence')!
  assert.equal(dangling.level, 'error')
  assert.match(dangling.message.text ?? '', /The footnote “1” has no definition/)
  assert.equal(driver.rules![dangling.ruleIndex!].id, 'dangling-evidence')
  assert.deepEqual(dangling.locations?.[0].physicalLocation, {
    artifactLocation: {uri: 'stories/error.md', uriBaseId: '%SRCROOT%'},
    region: {startLine: 1, startColumn: 42, endLine: 1, endColumn: 46}
  })
  assert.equal(results.find((result) => result.ruleId === 'loaded-attribution-verb')?.level, 'note')
  const odd = results.find((result) => result.locations?.[0].physicalLocation?.artifactLocation?.uri?.startsWith('stories/odd'))
  assert.equal(odd?.locations?.[0].physicalLocation?.artifactLocation?.uri, 'stories/odd%2C%20name%3A%2050%25%20off.md')
  assert.equal(sarifRun.invocations?.[0].executionSuccessful, true)
})

test('sarif of a run with a bad file is still valid and says what went wrong', () => {
  const run = cli(['--format', 'sarif', 'stories/error.md', 'stories/missing.md'], {cwd: project})
  assert.equal(run.code, 2)
  const log = JSON.parse(run.stdout) as Log
  const validate = sarifValidator()
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
  const invocation = log.runs[0].invocations![0]
  assert.equal(invocation.executionSuccessful, false)
  assert.match(invocation.toolExecutionNotifications![0].message.text ?? '', /stories\/missing\.md: no such file/)
})

test('sarif for code scanning: paths from the repository top, suppressions, category and fingerprints that survive moved lines', () => {
  const repository = tempProject({
    'desk/story.md': `${drafts.warning}\n<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe mayor plans to resign.\n`,
    'desk/other.md': drafts.warning,
    'desk/accepted.md': 'The port plans to close at noon.\n',
    'desk/.attributionlint-accepted.json': JSON.stringify([{rule: 'unattributed-claim', sentence: 'The port plans to close at noon.', reason: 'The notice is pinned at the gate.'}])
  })
  try {
    execFileSync('git', ['init', '-q'], {cwd: repository})
    const sarif = (cwd: string, args: string[]) => JSON.parse(cli(['--format', 'sarif', ...args], {cwd}).stdout) as Log
    const desk = join(repository, 'desk')
    const run = cli(['--format', 'sarif', 'story.md', 'other.md'], {cwd: desk})
    assert.ok(!run.stdout.includes(repository), 'no absolute path of the machine in the file')
    const log = JSON.parse(run.stdout) as Log
    const validate = sarifValidator()
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
    const [sarifRun] = log.runs
    assert.equal(sarifRun.automationDetails?.id, 'attribution-lint/')
    assert.equal(sarifRun.originalUriBaseIds, undefined)
    const results = sarifRun.results ?? []
    assert.deepEqual(results.map((result) => [result.locations?.[0].physicalLocation?.artifactLocation?.uri, result.suppressions?.[0]?.kind ?? 'shown']), [
      ['desk/story.md', 'shown'],
      ['desk/story.md', 'inSource'],
      ['desk/other.md', 'shown']
    ])
    // The same sentence in two drafts, and two findings in one draft: three different fingerprints.
    const fingerprints = results.map((result) => result.partialFingerprints?.['attributionLint/v1'])
    assert.equal(new Set(fingerprints).size, 3)
    for (const fingerprint of fingerprints) assert.match(fingerprint ?? '', /^[0-9a-f]{32}$/)
    // From the top of the repository the paths and fingerprints are the same.
    assert.deepEqual(sarif(repository, ['desk/story.md', 'desk/other.md']).runs[0].results?.map((result) => result.partialFingerprints), results.map((result) => result.partialFingerprints))
    // Lines added above: the findings move, their fingerprints stay.
    writeFileSync(join(desk, 'story.md'), `# Budget\n\nThe council met on Tuesday.\n\n${readFileSync(join(desk, 'story.md'), 'utf8')}`)
    const moved = sarif(desk, ['story.md']).runs[0].results ?? []
    assert.notEqual(moved[0].locations?.[0].physicalLocation?.region?.startLine, results[0].locations?.[0].physicalLocation?.region?.startLine)
    assert.deepEqual(moved.map((result) => result.partialFingerprints), results.slice(0, 2).map((result) => result.partialFingerprints))
    // The other formats never show a suppressed finding.
    assert.equal(parseJsonResults(cli(['--format', 'json', 'story.md'], {cwd: desk}).stdout)[0].messages.length, 1)
    // An accepted finding is a result with an external suppression and the entry's reason.
    const accepted = sarif(desk, ['accepted.md'])
    assert.ok(validate(accepted), JSON.stringify(validate.errors, null, 2))
    assert.deepEqual(accepted.runs[0].results?.map((result) => [result.ruleId, result.suppressions]), [['unattributed-claim', [{kind: 'external', justification: 'The notice is pinned at the gate.'}]]])
  } finally {
    removeProject(repository)
  }
})

test('github prints one escaped workflow command per problem', () => {
  const run = cli(['--format', 'github', 'stories'], {cwd: project})
  assert.equal(run.code, 1)
  const commands = run.stdout.trimEnd().split('\n')
  assert.equal(commands.length, 4)
  for (const command of commands) assert.match(command, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=(?:[A-Z][^,:]* \([a-z-]+\)|[a-z-]+)::\S/)
  assert.ok(commands.includes(`::error file=stories/error.md,line=1,col=42,endLine=1,endColumn=46,title=Dangling evidence note (dangling-evidence)::The footnote “1” has no definition.`), run.stdout)
  assert.ok(commands.some((command) => command.startsWith('::notice file=stories/info.md,line=1,col=19,endLine=1,endColumn=26,title=Loaded attribution verb (loaded-attribution-verb)::')))
  // `,` and `:` would end a property, `%` starts an escape.
  assert.ok(commands.some((command) => command.startsWith('::warning file=stories/odd%2C name%3A 50%25 off.md,line=1,')), run.stdout)
})

test('compact prints one line per problem and a count', () => {
  const run = cli(['--format', 'compact', 'stories'], {cwd: project})
  assert.equal(run.code, 1)
  const out = run.stdout.trimEnd().split('\n')
  assert.ok(out.includes('stories/warning.md: line 1, col 13, Warning - No source is given for the claim of intent “plans to”. (unattributed-claim)'), run.stdout)
  assert.match(out.find((line) => line.startsWith('stories/error.md'))!, /^stories\/error\.md: line 1, col 42, Error - .* \(dangling-evidence\)$/)
  assert.equal(out.at(-1), '4 problems')
})

test('--output-file writes the report there and nothing to standard output', () => {
  const run = cli(['--format', 'json', '--output-file', 'reports/lint.json', 'stories/warning.md'], {cwd: project})
  assert.equal(run.code, 0)
  assert.equal(run.stdout, '')
  const results = parseJsonResults(readFileSync(join(project, 'reports/lint.json'), 'utf8'))
  assert.equal(results[0].messages[0].ruleId, 'unattributed-claim')
})

test('a clean run prints nothing in stylish, compact and github, and an empty list in json', () => {
  for (const format of ['stylish', 'compact', 'github']) {
    const run = cli(['--format', format, 'stories/clean.md'], {cwd: project})
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', ''], format)
  }
  const json = cli(['--format', 'json', 'stories/clean.md'], {cwd: project})
  assert.deepEqual(parseJsonResults(json.stdout)[0].messages, [])
})
