// Text from a draft or a file name, shown to a person instead of obeyed by their terminal. A footnote
// label such as `[^a\x1b[2K\x1b[1A]` would erase the lines above it in a report, hiding findings
// from the reviewer; a file name can carry the same sequences, or a newline that makes a fake line
// in `compact`. Every C0 and C1 control character except tab is written as a visible escape
// (`\x1b`, `\n`): in every human-readable report and every line on standard error. JSON, SARIF and
// `github` escape them already, each in its own way.

const controls = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g

export function visible(text: string): string {
  return text.replace(controls, (character) => (character === '\n' ? '\\n' : character === '\r' ? '\\r' : `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`))
}
