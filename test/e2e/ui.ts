// The UI check: installs the packaged .vsix into code-server as a user would, opens a draft in the
// browser, waits for the squiggles and the status bar item, opens the Sourcing view from the status
// bar, opens a count and goes to what it lists, types and watches the count change, follows another
// draft, closes the drafts and reopens one from the view, and saves screenshots for the README in
// the theme asked for (dark, or light with a `-light` suffix).

import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {FrameLocator, Page} from 'playwright-core'
import {root, runCodeServerCli, startBrowser, startCodeServer, type Browser, type CodeServer} from './codeServer.ts'

const wait = {timeout: 60_000}

export interface UiCheckOptions {
  /** The packaged extension; without it, the extension's folder is copied in as an installed extension. */
  vsix: string | undefined
  workspace: string
  screenshots: string
  log: (line: string) => void
  theme?: 'dark' | 'light'
}

export async function uiCheck(options: UiCheckOptions): Promise<void> {
  const {log} = options
  const light = options.theme === 'light'
  const shot = (name: string) => join(options.screenshots, `${name}${light ? '-light' : ''}.png`)
  const scratch = mkdtempSync(join(tmpdir(), 'attribution-lint-ui-'))
  const paths = {userDataDir: join(scratch, 'user-data'), extensionsDir: join(scratch, 'extensions'), home: join(scratch, 'home')}
  let server: CodeServer | undefined
  let browser: Browser | undefined
  try {
    if (options.vsix) await runCodeServerCli(['--install-extension', options.vsix, '--force'], paths)
    else installFromFolder(paths.extensionsDir)
    mkdirSync(join(paths.userDataDir, 'User'), {recursive: true})
    writeFileSync(
      join(paths.userDataDir, 'User', 'settings.json'),
      JSON.stringify({'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'chat.disableAIFeatures': true, 'workbench.colorTheme': light ? 'Default Light Modern' : 'Default Dark Modern', 'window.commandCenter': false, 'workbench.layoutControl.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden'}, null, 2)
    )
    server = await startCodeServer(paths)
    browser = await startBrowser({viewport: {width: 1400, height: 860}})
    const {page} = browser
    page.on('pageerror', (error) => log(`  [page error] ${error.message}`))
    await page.goto(`${server.url}/?folder=${encodeURIComponent(options.workspace)}`)
    await page.locator('.monaco-workbench').waitFor(wait)
    log('ui: workbench loaded')

    await openFile(page, 'council.md')
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor(wait)
    log('ui: squiggles shown')
    // The item counts the draft's findings once they have arrived (before, it says the server is starting).
    const status = page.locator('.statusbar-item', {hasText: /Sourcing: \d+ to check/})
    await status.first().waitFor(wait)
    const statusText = (await status.first().innerText()).replace(/\s+/g, ' ').trim()
    const statusCount = Number(/(\d+) to check/.exec(statusText)![1])
    log(`ui: status bar item: "${statusText}"`)

    await page.keyboard.press('Control+Shift+M')
    await page.locator('.markers-panel .monaco-list-row').first().waitFor(wait)
    // With the Problems panel focused the item stays: a draft is still the active editor.
    if (!(await page.locator('.markers-panel :focus').count())) throw new Error('the Problems panel does not have focus')
    await status.first().waitFor(wait)
    // Point at a squiggle (the decoration itself takes no pointer events) to show its message.
    const squiggle = await page.locator('.monaco-editor .squiggly-warning').first().boundingBox()
    if (squiggle) await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2)
    await page.locator('.monaco-hover:visible', {hasText: 'attribution-lint'}).first().waitFor(wait)
    mkdirSync(options.screenshots, {recursive: true})
    await page.screenshot({path: shot('editor')})
    log(`ui: saved ${shot('editor')}`)
    await page.keyboard.press('Escape')
    await page.mouse.move(0, 0)
    await page.keyboard.press('Control+J')
    await page.locator('.part.panel').waitFor({state: 'hidden', ...wait})

    // The status bar item opens the Sourcing view in the side bar.
    await status.first().click()
    const view = summaryFrame(page)
    await view.locator('h1', {hasText: 'council.md'}).waitFor(wait)
    await view.locator('table tbody tr').first().waitFor(wait)
    const viewCount = Number(await view.locator('[data-count="findings"]').getAttribute('data-value'))
    if (viewCount !== statusCount) throw new Error(`the view counts ${viewCount} findings, the status bar ${statusCount}`)
    log(`ui: Sourcing view opened from the status bar; both count ${viewCount} findings`)

    // A count opens to what it counts; choosing an item puts the cursor on it.
    const unsourced = view.locator('details#findings\\:unattributed-claim')
    await unsourced.locator('summary').click()
    const item = unsourced.locator('button.item').first()
    await item.waitFor(wait)
    const line = Number(await item.getAttribute('data-line')) + 1
    await item.click()
    await page.locator('.statusbar-item', {hasText: new RegExp(`Ln ${line},`)}).first().waitFor(wait)
    log(`ui: the unsourced claim listed goes to line ${line}`)
    await page.screenshot({path: shot('summary')})
    log(`ui: saved ${shot('summary')}`)

    // Typing an unsourced claim: the count goes up while the list stays open.
    const before = Number(await unsourced.getAttribute('data-value'))
    // Choosing the item hands the keyboard to the editor; the status bar can show the new line a
    // moment before the focus leaves the view, so wait for the editor itself, or the typing below
    // lands in the view and the count never moves.
    await page.locator('.monaco-editor.focused').first().waitFor(wait)
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\n\nThe mayor is expected to resign.\n')
    await view.locator(`details#findings\\:unattributed-claim[data-value="${before + 1}"][open]`).waitFor(wait)
    log(`ui: typing a claim took the count from ${before} to ${before + 1}`)
    await page.keyboard.press('Control+S')

    // The view follows the active draft: a .draft file, with its highlighting.
    await openFile(page, 'strike.draft')
    await view.locator('h1', {hasText: 'strike.draft'}).waitFor(wait)
    await view.locator('table tbody tr').first().waitFor(wait)
    await page.screenshot({path: shot('draft')})
    log(`ui: the view follows strike.draft; saved ${shot('draft')}`)

    // Closing every editor: the view says the draft is closed and offers to reopen it.
    await runCommand(page, 'View: Close All Editors')
    const reopen = view.locator('button[data-action="reopen"]')
    await reopen.waitFor(wait)
    const reopenLabel = await reopen.innerText()
    await reopen.click()
    await page.locator('.tab.active', {hasText: reopenLabel.replace(/^Reopen /, '')}).first().waitFor(wait)
    await view.locator('table tbody tr').first().waitFor(wait)
    log(`ui: "${reopenLabel}" opened the draft again`)
  } catch (error) {
    // What the browser showed when a step gave up: the step's message alone rarely says why.
    if (browser) {
      mkdirSync(options.screenshots, {recursive: true})
      await browser.page.screenshot({path: shot('failure')}).catch(() => undefined)
      log(`ui: saved ${shot('failure')}`)
    }
    throw error
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(scratch, {recursive: true, force: true})
  }
}

/** What the .vsix holds (.vscodeignore), copied into the extensions folder as VS Code lays out an installed extension. */
function installFromFolder(extensionsDir: string): void {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {publisher: string; name: string; version: string}
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`)
  for (const path of ['package.json', 'README.md', 'LICENSE', 'client/out/extension.js', 'server/out/server.js', 'language-configuration.json', 'syntaxes', 'schema', 'images', 'docs']) {
    cpSync(join(root, path), join(target, path), {recursive: true})
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor(wait)
  await input.fill(name)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: name}).first().waitFor(wait)
  await page.keyboard.press('Enter')
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor(wait)
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor(wait)
  await input.fill(`>${title}`)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: title}).first().waitFor(wait)
  await page.keyboard.press('Enter')
}

/** The webview's document: VS Code nests it in two frames. Only the Sourcing view is open. */
function summaryFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame')
}
