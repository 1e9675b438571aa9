// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
//   ::warning file=stories/port.md,line=3,col=13,endLine=3,endColumn=21,title=Unattributed claim (unattributed-claim)::Claim has...
// `error` for errors, `warning` for warnings, `notice` for information.

import {ruleById} from '../../engine/index.ts'
import type {Formatter} from './types.ts'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

export const formatGithub: Formatter = (files) => {
  const lines: string[] = []
  for (const file of files) {
    for (const finding of file.findings) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${finding.start.line}`,
        `col=${finding.start.column}`,
        `endLine=${finding.end.line}`,
        `endColumn=${finding.end.column}`,
        `title=${escapeProperty(titleOf(finding.ruleId))}`
      ]
      lines.push(`::${commands[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/**
 * The annotation's heading on the pull request: the rule's name for the reader, with its id for a
 * suppression comment or the configuration ("Unattributed claim (unattributed-claim)").
 */
function titleOf(ruleId: string): string {
  const name = ruleById.get(ruleId)?.meta.name
  return name ? `${name} (${ruleId})` : ruleId
}

/** A command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A property value also must not hold the `:` and `,` that separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
