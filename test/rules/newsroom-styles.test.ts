// Mechanisms found by reading the rules' errors on copy in other newsroom styles (issue 13): wire
// copy, magazine features, local TV scripts, press-release rewrites and live blogs, as in the
// invented second corpus (test/corpus-styles/). Every sentence is invented; each case runs in
// Markdown, plain text and .draft.

import {firesInEveryFormat as fires, quietInEveryFormat as quiet} from './cases.ts'

// A frequency says when something happens, as a time does: no figure to check. A rate of things
// counted, and a count of occasions with no period, are still figures.
quiet('missing-evidence', '"twice a month" is a frequency', 'The harbour board meets twice a month in the old customs house.')
quiet('missing-evidence', '"three times a week" is a frequency', 'Volunteers bring hot meals to the shelter three times a week.')
quiet('missing-evidence', '"once a year" and "every other year" are frequencies', 'The regatta is held once a year, and the fair every other year.')
quiet('missing-evidence', '"every two weeks" is a frequency', 'The ferry schedule changes every two weeks in summer.')
quiet('missing-evidence', '"two nights a week" is a frequency', 'The clinic stays open late two nights a week.')
fires('missing-evidence', 'a rate of things counted is a figure', 'The shelter serves 90 meals a day.', ['1:20-1:22 missing-evidence'])
fires('missing-evidence', 'a count of occasions with no period is a figure', 'The levy vote failed three times.', ['1:22-1:27 missing-evidence'])
fires('missing-evidence', '"twice as fast" is a figure', 'Rents rose twice as fast as wages.', ['1:12-1:17 missing-evidence'])
