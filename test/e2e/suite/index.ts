// The tests module VS Code loads with --extensionTestsPath: `run()` runs the tests one after the
// other and rejects when any fails. A small runner of our own (no Mocha): each test gets a timeout,
// and every result is printed, which reaches the terminal through the host.

import {tests} from './extension.e2e.ts'

const testTimeout = 90_000

export async function run(): Promise<void> {
  const failures: string[] = []
  const only = process.env.E2E_ONLY
  const started = Date.now()
  const selected = tests.filter(({name}) => !only || name.includes(only))
  for (const {name, body} of selected) {
    const start = Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      await Promise.race([
        body(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${testTimeout / 1000} s`)), testTimeout)
        })
      ])
      console.log(`e2e ok - ${name} (${Date.now() - start} ms)`)
    } catch (error) {
      failures.push(name)
      console.log(`e2e not ok - ${name} (${Date.now() - start} ms)\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    } finally {
      clearTimeout(timer)
    }
  }
  console.log(`e2e: ${selected.length - failures.length} of ${selected.length} passed in ${Date.now() - started} ms${only ? ` (E2E_ONLY=${only})` : ''}`)
  if (failures.length > 0) throw new Error(`${failures.length} e2e test(s) failed: ${failures.join('; ')}`)
}
