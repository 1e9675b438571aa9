// Reading a draft safely (the CLI's read step), unit by unit: the UTF-8 check, encodings refused
// with a hint, and files that are gone.

import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {test} from 'node:test'
import {decodeDraft, firstInvalidUtf8, readDraft} from '../../server/src/cli/read.ts'

test('well-formed UTF-8 passes, whatever the script', () => {
  for (const text of ['', 'plain', 'café', '日本語', '𝄞 and 😀', '\uFEFFbom', 'الرئيس قال']) assert.equal(firstInvalidUtf8(Buffer.from(text, 'utf8')), -1, text)
})

test('malformed UTF-8 is found at its first byte', () => {
  const cases: Array<[number[], number]> = [
    [[0x61, 0xe9, 0x62], 1], // Latin-1 é
    [[0xc0, 0xaf], 0], // overlong "/"
    [[0xe0, 0x80, 0xaf], 0], // overlong, three bytes
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0x61, 0x62, 0xe2, 0x82], 2], // cut short at the end
    [[0x80], 0], // a lone continuation byte
    [[0xe2, 0x28, 0xa1], 0] // a continuation byte missing
  ]
  for (const [bytes, offset] of cases) assert.equal(firstInvalidUtf8(Buffer.from(bytes)), offset, bytes.map((byte) => byte.toString(16)).join(' '))
})

test('decoding keeps the byte-order mark and CRLF, so offsets and fixed files stay the draft\'s own', () => {
  const decoded = decodeDraft(Buffer.from('\uFEFFa\r\nb', 'utf8'))
  assert.deepEqual(decoded, {ok: true, text: '\uFEFFa\r\nb'})
})

test('binary and UTF-16 are refused with a hint', () => {
  assert.deepEqual(decodeDraft(Buffer.from([0x41, 0x00, 0x42])), {ok: false, problem: 'is a binary file (it holds NUL bytes), not a text draft.'})
  assert.deepEqual(decodeDraft(Buffer.from([0xfe, 0xff, 0x00, 0x41])), {ok: false, problem: 'is UTF-16 text; save it as UTF-8 to lint it.'})
})

test('a file that vanished after it was listed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'attribution-lint-read-'))
  try {
    assert.deepEqual(readDraft(join(folder, 'gone.md'), 1024), {ok: false, problem: 'vanished before it could be read (deleted or moved during the run).'})
    writeFileSync(join(folder, 'story.md'), 'The mayor said so.\n')
    const read = readDraft(join(folder, 'story.md'), 1024)
    assert.ok(read.ok)
    assert.equal(read.draft.text, 'The mayor said so.\n')
    assert.equal(read.draft.size, 19)
    assert.deepEqual(readDraft(join(folder, 'story.md'), 10), {ok: false, problem: 'is 19 bytes, over the 10 bytes limit for a draft; raise it with --max-file-size if this really is one.'})
    assert.deepEqual(readDraft(folder, 1024), {ok: false, problem: 'is a folder, not a draft.'})
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
})
