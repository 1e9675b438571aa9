// The server's own requests, beyond LSP: shared by the server, the client and the tests so the
// method names and shapes are written once.

import {RequestType, type Diagnostic, type Range, type TextDocumentIdentifier, type WorkDoneProgressParams} from 'vscode-languageserver-protocol'
import type {SourcingSummary} from '../engine/summary.ts'

export type {SourcingSummary}

export interface SourcingSummaryParams {
  textDocument: TextDocumentIdentifier
}

/**
 * The draft's sourcing summary, the same object the CLI prints for `--report sources` (whose JSON
 * calls the counts by kind `attributionsByKind` and adds the list of attributions); null when the
 * document is not open.
 */
export const sourcingSummaryRequest = new RequestType<SourcingSummaryParams, SourcingSummary | null, void>('attributionLint/sourcingSummary')

/** With a `workDoneToken`, the server reports how many drafts it has checked. */
export interface CheckWorkspaceParams extends WorkDoneProgressParams {
  /** Publish the diagnostics of each draft that is not open, as well as returning them (default true). */
  publish?: boolean
}

export interface DraftDiagnostics {
  uri: string
  diagnostics: Diagnostic[]
}

export interface CheckWorkspaceResult {
  /** Every draft in the workspace folders that is not open and not ignored, in path order. */
  drafts: DraftDiagnostics[]
  /** Drafts and folders left out by `.gitignore` or `.attributionlintignore`. */
  ignored: number
}

/**
 * Lints the drafts that are not open, honouring `.gitignore` and `.attributionlintignore`, for the
 * client's "check all drafts" command. Open drafts already have their diagnostics.
 */
export const checkWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('attributionLint/checkWorkspace')

/** What the project files were changed to, or why they were not. */
export type ProjectFileResult = {file: string} | {error: string}

export interface AcceptFindingParams {
  textDocument: TextDocumentIdentifier
  /** The diagnostic's rule (`code`) and range, as the client holds them. */
  ruleId: string
  range: Range
  reason?: string
}

/**
 * Accepts a finding without touching the copy: adds {rule, sentence, reason?} to
 * `.attributionlint-accepted.json` next to the draft's configuration.
 */
export const acceptFindingRequest = new RequestType<AcceptFindingParams, ProjectFileResult, void>('attributionLint/acceptFinding')

export interface UnacceptFindingParams {
  textDocument: TextDocumentIdentifier
  rule: string
  /** The sentence as the entry names it. */
  sentence: string
}

/** Takes an entry out of `.attributionlint-accepted.json`: its finding is reported again. */
export const unacceptFindingRequest = new RequestType<UnacceptFindingParams, ProjectFileResult, void>('attributionLint/unacceptFinding')

export interface TreatAsNamedParams {
  textDocument: TextDocumentIdentifier
  name: string
}

/** Adds `name` to the configuration's `words.namedSources`. */
export const treatAsNamedRequest = new RequestType<TreatAsNamedParams, ProjectFileResult, void>('attributionLint/treatAsNamed')
