// For the same file and configuration, the server and the CLI report exactly the same findings
// (issue 5; style guide, habit 10): every draft of the shared corpus, opened in the server and
// linted by `node server/out/cli.js --format json`.

import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {cliScript, TestClient} from './client.ts'

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))
const drafts = existsSync(corpus) ? readdirSync(corpus).filter((name) => /\.(md|markdown|txt|draft)$/i.test(name) && name !== 'README.md').sort() : []

interface CliMessage {
  ruleId: string
  severity: number
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

const languageIds: Record<string, string> = {md: 'markdown', markdown: 'markdown', txt: 'plaintext', draft: 'draft'}

function fromServer(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.code !== 'configuration')
    .map((diagnostic) => {
      const {start, end} = diagnostic.range
      return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${diagnostic.code} ${diagnostic.severity === 1 ? 2 : 1} ${diagnostic.message}`
    })
}

function fromCli(messages: CliMessage[]): string[] {
  return messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.severity} ${message.message}`)
}

test('the server and the CLI report the same findings on every corpus draft', {skip: drafts.length === 0 ? '../shared/corpus is absent' : false}, async (t) => {
  const files = drafts.map((name) => join(corpus, name))
  let output = ''
  try {
    output = execFileSync(process.execPath, [cliScript, '--format', 'json', ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  } catch (error) {
    // Exit code 1 means "errors found": the report is still on stdout.
    output = (error as {stdout?: string}).stdout ?? ''
  }
  const results = JSON.parse(output) as Array<{filePath: string; messages: CliMessage[]}>
  const byFile = new Map(results.map((result) => [result.filePath, result.messages]))

  const {client} = await TestClient.start({rootUri: pathToFileURL(corpus).href})
  t.after(() => client.stop())
  for (const file of files) {
    const messages = byFile.get(file)
    assert.ok(messages, `the CLI reported nothing for ${file}`)
    const extension = file.split('.').at(-1)!.toLowerCase()
    const diagnostics = await client.open(pathToFileURL(file).href, readFileSync(file, 'utf8'), languageIds[extension])
    assert.deepEqual(fromServer(diagnostics), fromCli(messages), file)
    assert.ok(diagnostics.length > 0, `${file} has findings`)
  }
})
