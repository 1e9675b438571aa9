// The yardstick for the benchmark's draft at the size cap: what any retext-based checker of a
// Markdown file pays before it checks anything. Reads the file named on the command line with
// remark (remark-parse) and turns it into retext's tree (remark-retext with retext-english), as
// alex and other retext linters do, then exits. `npm run bench` runs it in its own process and
// reads its CPU time and peak memory.
//
//   node scripts/bare-parse.mjs draft.md

import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const text = readFileSync(process.argv[2], 'utf8')
const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish))
const tree = await processor.run(processor.parse(text))
process.stdout.write(`${tree.children.length} top-level nodes\n`)
