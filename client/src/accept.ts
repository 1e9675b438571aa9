// The commands behind "Accept this finding" and "Treat “X” as a named source": the quick fixes that
// change the project's files (.attributionlint-accepted.json, the configuration) rather than the
// copy. The server finds the files and writes them; the client asks for the reason.

import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'
import {acceptFindingRequest, treatAsNamedRequest, type ProjectFileResult} from '../../server/src/lsp/protocol.ts'
import {ruleName} from './ruleNames.ts'

interface AcceptArguments {
  uri: string
  ruleId: string
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  /** Given (even empty) by a caller that asks no question: tests, other extensions. */
  reason?: string
}

function isAcceptArguments(value: unknown): value is AcceptArguments {
  const candidate = value as Partial<AcceptArguments> | undefined
  return typeof candidate?.uri === 'string' && typeof candidate.ruleId === 'string' && typeof candidate.range === 'object'
}

function report(result: ProjectFileResult, done: string): boolean {
  if ('error' in result) {
    void vscode.window.showErrorMessage(`Attribution Lint: ${result.error}`)
    return false
  }
  vscode.window.setStatusBarMessage(`$(check) ${done} (${vscode.workspace.asRelativePath(result.file)})`, 4000)
  return true
}

export async function acceptFinding(client: LanguageClient, argument: unknown): Promise<boolean> {
  if (!isAcceptArguments(argument)) return false
  let reason = argument.reason
  if (reason === undefined) {
    reason = await vscode.window.showInputBox({
      title: `Accept: ${ruleName(argument.ruleId)}`,
      prompt: 'Why may this stand? The reason is kept in .attributionlint-accepted.json for the desk and for CI.',
      placeHolder: 'For example: the union asked us not to name its members'
    })
    // Escape: nothing is accepted.
    if (reason === undefined) return false
  }
  const result = await client.sendRequest(acceptFindingRequest, {textDocument: {uri: argument.uri}, ruleId: argument.ruleId, range: argument.range, reason})
  return report(result, 'Finding accepted')
}

export async function treatAsNamed(client: LanguageClient, argument: unknown): Promise<boolean> {
  const {uri, name} = (argument ?? {}) as {uri?: unknown; name?: unknown}
  if (typeof uri !== 'string' || typeof name !== 'string' || name.trim() === '') return false
  const result = await client.sendRequest(treatAsNamedRequest, {textDocument: {uri}, name})
  return report(result, `“${name}” is a named source`)
}
