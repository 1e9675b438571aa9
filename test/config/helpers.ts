// A throwaway folder tree for configuration tests, removed when the test ends.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import type {TestContext} from 'node:test'

/** Makes a temporary folder holding `files` (relative path to text, or to a value written as JSON) and returns its path. */
export function tree(t: TestContext, files: Record<string, unknown> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'attribution-lint-config-'))
  t.after(() => rmSync(root, {recursive: true, force: true}))
  for (const [path, content] of Object.entries(files)) write(root, path, content)
  return root
}

export function write(root: string, path: string, content: unknown): string {
  const file = join(root, path)
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return file
}
