// The TextMate grammars: the syntax tests under test/grammar/ run through vscode-tmgrammar-test
// (which reads the grammars from package.json, as VS Code does), one named subtest per fixture, and
// the manifest points at grammars and rules that exist.

import assert from 'node:assert/strict'
import {execFile} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = join(root, 'test', 'grammar')
const stub = 'test/grammar/markdown-stub.tmLanguage.json'

interface GrammarContribution {
  language?: string
  scopeName: string
  path: string
  injectTo?: string[]
}

interface Grammar {
  scopeName: string
  repository?: Record<string, unknown>
  patterns?: unknown[]
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {grammars: GrammarContribution[]; languages: Array<{id: string; configuration?: string}>}
}

function runSyntaxTests(): Promise<{code: number; output: string}> {
  const require = createRequire(import.meta.url)
  const cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js')
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, '--compact', '--grammar', stub, 'test/grammar/*.draft', 'test/grammar/*.md'], {cwd: root}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr})
    })
  })
}

const cases = readdirSync(fixtures).filter((name) => /\.(draft|md)$/.test(name)).sort()
const run = runSyntaxTests()

test('there are syntax tests for .draft files and for Markdown', () => {
  assert.ok(cases.some((name) => name.endsWith('.draft')))
  assert.ok(cases.some((name) => name.endsWith('.md')))
})

for (const name of cases) {
  test(`syntax test ${name}`, async () => {
    const {output} = await run
    const file = `test/grammar/${name}`
    const errors = output.split('\n').filter((line) => line.includes(file) && !line.startsWith('✓'))
    assert.deepEqual(errors, [], `vscode-tmgrammar-test reported:\n${errors.join('\n')}`)
    assert.ok(output.includes(`✓ ${file} run successfuly`), `no result for ${file}:\n${output}`)
  })
}

test('vscode-tmgrammar-test exits 0', async () => {
  const {code, output} = await run
  assert.equal(code, 0, output)
})

test('every contributed grammar exists and names the scope the manifest gives it', () => {
  for (const contribution of manifest.contributes.grammars) {
    const grammar = JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as Grammar
    assert.equal(grammar.scopeName, contribution.scopeName, contribution.path)
  }
})

test('the news-draft language has its grammar and its language configuration', () => {
  const language = manifest.contributes.languages.find((candidate) => candidate.id === 'news-draft')
  assert.ok(language?.configuration, 'news-draft has a language configuration')
  assert.ok(existsSync(join(root, language.configuration)), language.configuration)
  const configuration = JSON.parse(readFileSync(join(root, language.configuration), 'utf8')) as {comments?: {blockComment?: string[]}}
  assert.deepEqual(configuration.comments?.blockComment, ['<!--', '-->'])
  assert.ok(manifest.contributes.grammars.some((grammar) => grammar.language === 'news-draft'))
})

test('the Markdown injection only includes rules the draft grammar has', () => {
  const grammars = new Map<string, Grammar>()
  for (const contribution of manifest.contributes.grammars) {
    grammars.set(contribution.scopeName, JSON.parse(readFileSync(join(root, contribution.path), 'utf8')) as Grammar)
  }
  const includes = JSON.stringify([...grammars.values()]).match(/"include":"[^"]+"/g) ?? []
  for (const include of includes) {
    const target = include.slice('"include":"'.length, -1)
    if (target.startsWith('$')) continue
    const [scope, rule] = target.startsWith('#') ? [undefined, target.slice(1)] : target.split('#')
    if (scope === undefined) continue
    const grammar = grammars.get(scope)
    assert.ok(grammar, `${target}: no grammar ${scope}`)
    if (rule) assert.ok(grammar.repository && rule in grammar.repository, `${target}: no rule ${rule}`)
  }
  for (const grammar of grammars.values()) {
    const local = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? []
    for (const include of local) {
      const rule = include.slice('"include":"#'.length, -1)
      assert.ok(grammar.repository && rule in grammar.repository, `${grammar.scopeName}: #${rule} is not in its repository`)
    }
  }
})
