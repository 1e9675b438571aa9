// unnamed-speaker on real copy (issue 13): quotes whose speaker is unnamed although a name stands
// next to them. Each mechanism has must-fire and must-not-fire cases, run in the three formats the
// rule reads (Markdown, plain text, .draft). Every sentence is invented.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findingsOf} from '../helpers.ts'
import {cuesOf, quotesOf} from '../analysis/helpers.ts'
import {everyFormat, firesInEveryFormat, quietInEveryFormat} from './cases.ts'

const rule = 'unnamed-speaker'
const fires = (name: string, text: string, expected: string[]) => firesInEveryFormat(rule, name, text, expected)
const quiet = (name: string, text: string) => quietInEveryFormat(rule, name, text)

/** The quotes' speakers (`“...” <- the source (anonymous) by cue`), in every format. */
function speakers(name: string, text: string, expected: string[]): void {
  for (const format of everyFormat) test(`speakers (${format}): ${name}`, () => assert.deepEqual(quotesOf(text, format), expected))
}

/** The cues the analysis finds (`claims: Ortega's rival (named)`), in every format. */
function cues(name: string, text: string, expected: string[]): void {
  for (const format of everyFormat) test(`cues (${format}): ${name}`, () => assert.deepEqual(cuesOf(text, format), expected))
}

// Nested attribution: an unnamed source passes on what a named person said. The quote is only as
// good as the source who reports it, so the quote's speaker is that source.
fires('an aside after the quote: "the source recalled"', 'Ortega said the council “would never approve the budget,” the source recalled.', ['1:25-1:45 unnamed-speaker'])
fires('"according to" unnamed people after a listener', '“You have been very unfair to me,” Ortega told Senator Vail, according to aides with knowledge of the meeting.', ['1:1-1:15 unnamed-speaker'])
fires('an unnamed source whose content holds the cue', 'Police sources have said Ortega said “there will be more fires tonight” to officers.', ['1:38-1:52 unnamed-speaker'])
fires('"say that" before the cue', 'Prosecutors say that Ortega told an investigator, “I would do the same thing again.”', ['1:51-1:62 unnamed-speaker'])
fires('"adding that" after an unnamed source', 'The source recalled the meeting, adding that Ortega said of her rival: “She is going to lose this race.”', ['1:72-1:85 unnamed-speaker'])
speakers('the unnamed source is the speaker of the nested quote', 'Ortega said the council “would never approve the budget,” the source recalled.', ['“would never approve the budget,” <- the source (anonymous) by cue'])
quiet('a named source that reports a named speaker', 'Ortega said the council “would never approve the budget,” Mayor Dana Price recalled.')
quiet('an unnamed source in another clause', 'Officials said the bridge was closed, and Ortega said “we will not reopen it this year.”')
quiet('an unnamed source that reports what follows its own cue', 'Even as Ortega claimed that “the bridge is perfectly safe,” one engineer said the cracks were growing.')
quiet('a document that reports a named speaker', '“You have been very unfair to me,” Ortega told Senator Vail, according to a transcript of the meeting.')
quiet('an unresolved pronoun is no unnamed source', 'They said Ortega told the crowd, “We will not reopen the bridge this year.”')

// A reporting verb's form that is a noun ties no quote to anyone: after an adjective that a
// determiner, a preposition, a possessive or an adverb opens, or after "one" or a possessive.
fires('"generous comments" is a noun, and "will bring" a hope', 'The vote drew a stream of remarkably generous comments, from praise of the plan to hopes she will bring the ferry "back to its old schedule."', ['1:115-1:127 unnamed-speaker'])
fires('"Ortega\'s attacks" is a noun', 'Ortega\'s attacks on Vail drew notice for the hint that someone "should dig into the records" of the judge.', ['1:64-1:80 unnamed-speaker'])
cues('"the personal remarks" and "one claim" are nouns', 'The hearing was remembered for the personal remarks and for one claim that the port was sinking.', [])
cues('a noun with an adjective\'s ending can be a subject', 'Ortega\'s rival claims the plan will never work.', ['claims: Ortega\'s rival (named)'])
quiet('a noun with an adjective\'s ending speaks', 'Ortega\'s rival claims the plan "will never work in this town."')
quiet('a verb after a name is a verb', 'Ortega attacks the plan as "a giveaway to the developers."')

// A future or possible act says nothing yet: the quote is not the subject's words. "would" in
// narration ("would later call") tells what was said.
fires('"will bring" carries no quote', 'The crowd cheered, and Ortega will surely bring the ferry "back to its old schedule."', ['1:59-1:71 unnamed-speaker'])
quiet('"would later call" carries the quote', 'Ortega would later call the plan "a giveaway to the developers."')

// "Another", "each", "either" alone are the subject of their verb, after "Yet" or "And" too.
fires('"Yet another said"', 'Yet another said, "Prices will fall before the harvest is in."', ['1:19-1:36 unnamed-speaker'])
quiet('"another farmer" named in apposition', 'Yet another farmer, Dana Price, said, "Prices will fall before the harvest is in."')

// A passive verb of speech or naming with no "by": the subject was asked or named, and the
// one who asked or named is left out. The answer's cue in the next sentence is the answer's.
fires('"was asked", and the answer is the subject\'s', 'Mayor Dana Vail spoke on Monday. Vail was asked, "Did you know the pumps were off that night?" She answered, "Nobody told me a single thing."', ['1:50-1:63 unnamed-speaker'])
fires('"are considered"', 'Gulls are considered the "pickpockets of every seaside town."', ['1:26-1:47 unnamed-speaker'])
quiet('"was asked by" names who asked', 'Vail was asked by Senator Lee, "Did you know the pumps were off that night?"')
// The agent of a passive may follow the quote ("was called “...” by Vail"), and the subject of
// "was quoted as saying" is who said it, in any tense.
quiet('"by" after the quote names who called it', 'The levy was called "a gift to the pump makers" by Mayor Vail.')
quiet('"described as ... by" after the quote', 'The levy has been described as “a gift to the pump makers” by Vail.')
fires('"by" after the quote, with an anonymous agent', 'The levy was called "a gift to the pump makers" by one aide.', ['1:21-1:31 unnamed-speaker'])
fires('no "by" after the quote', 'The levy was called "a gift to the pump makers" on Monday.', ['1:21-1:31 unnamed-speaker'])
quiet('"was quoted as saying": the subject said it', 'Vail was quoted as saying the levy "will pay for the pumps in two years."')
quiet('"has been quoted saying": the subject said it', 'Mayor Dana Vail has been quoted saying the levy "will pay for the pumps in two years."')
fires('"was quoted as saying" with an anonymous subject', 'A council aide was quoted as saying the levy "will pay for the pumps in two years."', ['1:46-1:59 unnamed-speaker'])
quiet('a passive that is no speech keeps its subject', 'Mayor Vail is obliged to declare: "Every pet in this house has been vaccinated."')
quiet('a progressive is no passive', 'Mayor Vail is pledging to "carry every ward in the county" on Tuesday.')
quiet('a cue after the quote that introduces nothing else ties it', '"We will not reopen the bridge this year." Mayor Vail said so on Tuesday.')

// A newsletter's credit in square brackets after a full stop: the line is a sentence, not a heading.
fires('a line with a credit in brackets is prose', 'WHAT IS NEW\n\nGULLS ARE CLEVER Gulls are considered the "pickpockets of every seaside town." [Tribune]', ['3:43-3:64 unnamed-speaker'])
test('unnamed-speaker does not fire (text): a heading with a bracketed tag and no full stop', () => assert.deepEqual(findingsOf('Gulls Say "We Want Chips Right Now" [Video]\n\nMayor Vail said the pier would open.', rule, {format: 'text'}), []))

// A participle after a clause of time ("as", "while") whose subject is a person: that person speaks.
// The subject and verb after a question still tie the question.
fires('"as a stagehand crosses the stage, saying"', '"Is the hall always this cold? Every single night?" Ortega asks as a stagehand crosses the stage, saying he is "only here to tune the old piano."', ['1:112-1:125 unnamed-speaker'])
quiet('"as the crowd cheered, saying": the crowd is no person', 'Ortega spoke for an hour as the crowd cheered, saying she would "never give up on this town."')

// A participle with a quote before the sentence's verb describes its noun, passively: "The
// candidate labeled “...” leads" names no one who labeled. "What Ortega called “...”" is Ortega's.
fires('"The candidate labeled “...” leads"', 'The candidate labeled "the steadiest hand in the whole race" leads the field again.', ['1:23-1:42 unnamed-speaker'])
quiet('"What Ortega called “...” remains"', 'What Ortega called "a giveaway to the developers" remains the law of the land.')
// After a verb of naming the sentence's verb may be in any tense; after a verb of speech only an
// -s or -ed form, as the quote may open the clause the speaker said.
fires('"dubbed “...” has led", a perfect', 'The candidate dubbed "the steadiest hand in the whole race" has led the field for weeks.', ['1:22-1:41 unnamed-speaker'])
fires('"labeled “...” will lead", a future', 'The candidate labeled “the steadiest hand in the whole race” will lead the field again.', ['1:23-1:42 unnamed-speaker'])
fires('"called “...” led", an irregular past', 'The candidate called "the steadiest hand in the whole race" led the field again.', ['1:22-1:41 unnamed-speaker'])
quiet('"Ortega warned “...” could", a clause of speech', 'Ortega warned "the new levy on the farms" could hurt families this winter.')
quiet('"Ortega called “...” and left"', 'Ortega called the plan "a giveaway to the developers" and left the hall.')

// Indefinite people as speakers: "somebody", and a description with a relative clause that ends
// in "her" ("who worked with her said": "her" is an object there, not a determiner).
fires('"somebody who attended"', '"We will not win this county," said somebody who attended the meeting.', ['1:1-1:13 unnamed-speaker'])
fires('"a former official who worked with her said"', '"We will not win this county," a former official who worked with her said.', ['1:1-1:13 unnamed-speaker'])
quiet('a name with a relative clause that ends in "her"', '"We will not win this county," Dana Price who worked with her said.')
cues('a reporting noun after "her" is still a noun', 'Officials read her report on Monday.', [])

// Nested attribution, continued: an aside between the subject and its verb.
fires('"Ortega, according to aides, told"', 'Ortega, according to aides, told the board that the plan "will never work in this town."', ['1:58-1:74 unnamed-speaker'])
quiet('"Ortega, according to Mayor Vail, told"', 'Ortega, according to Mayor Vail, told the board that the plan "will never work in this town."')
quiet('"Ortega, who met aides, told": a clause, not an aside', 'Ortega, who met aides, told the board that the plan "will never work in this town."')
// The same frame before the quote's own cue, set off by a comma, in any tense of the inner cue.
fires('"According to two aides," before a past cue', 'According to two aides, Ortega told the board “the plan will never work in this town.”', ['1:47-1:61 unnamed-speaker'])
fires('"According to one aide," before a perfect cue', 'According to one aide, Sen. Ortega has said "the plan will never work" more than once.', ['1:45-1:59 unnamed-speaker'])
quiet('"According to Mayor Vail," is a named frame', 'According to Mayor Vail, Ortega told the board “the plan will never work in this town.”')
quiet('"According to the minutes," is a document', 'According to the minutes, Ortega told the board “the plan will never work in this town.”')
quiet('a frame with its own clause reports no quote', 'According to one aide, the vote was close, and Ortega told the board “the plan will never work in this town.”')
fires('"according to attendees" after a listener', '"We will win this race," Ortega told supporters, according to attendees.', ['1:1-1:13 unnamed-speaker'])
quiet('"according to video of the event" is no person', '"We will win this race," Ortega told supporters, according to video of the event.')

// A signature on the line after a paragraph that is one quote and nothing else signs that quote,
// after an em dash, a horizontal bar or two hyphens, as under a block quote; a described signer
// is anonymous, and a sentence after a dash or a quote that shares its paragraph takes no signature.
quiet('an em-dash signature in the next paragraph', '“The pumps will run all winter, whatever the council says.”\n\n— Mara Lindqvist, pump engineer')
quiet('a horizontal-bar signature in the next paragraph', '"The pumps will run all winter, whatever the council says."\n\n― Mara Lindqvist (@mlindqvist) March 3, 2024')
fires('a described signer in the next paragraph', '"The pumps will run all winter, whatever the council says."\n\n— a pump engineer', ['1:1-1:16 unnamed-speaker'])
fires('a sentence after a dash signs nothing', '"The pumps will run all winter, whatever the council says."\n\n— and then the council met again, and voted the levy down.', ['1:1-1:16 unnamed-speaker'])
fires('a quote that shares its paragraph takes no signature', 'The council met. "The pumps will run all winter, whatever it says."\n\n— Mara Lindqvist', ['1:18-1:33 unnamed-speaker'])

// A named body mentioned with no cue is whom a later "they" or "it" may refer to; never "he" or "she".
quiet('"they" after a named body and another', 'The Harbour Trust and the ferry union met on Monday. "We will keep the berths open all winter," they said.')
quiet('"it" after a named body, a paragraph on', 'The Harbour Trust met on Monday.\n\n"We will keep the berths open all winter," it said in a statement.')
fires('"he" never refers to a named body', 'The Harbour Trust met on Monday.\n\n"We will keep the berths open all winter," he said.', ['3:1-3:14 unnamed-speaker'])

// Where a signed post was posted ("on X", "via Facebook") follows the name and is no part of it.
quiet('a signature with "on X" after the name', '"The pumps will run all winter, whatever the council says." — Mara Lindqvist on X')
quiet('a signature with "via Facebook" in the next paragraph', '“The pumps will run all winter, whatever the council says.”\n\n― Mara Lindqvist via Facebook')
speakers('the platform is no part of the signer', '“The pumps will run all winter, whatever the council says.”\n\n— Mara Lindqvist on X', ['“The pumps will run all winter, whatever the council says.” <- Mara Lindqvist (named) by em-dash'])
fires('"on" and lower-case words after the name are no signature', '"The pumps will run all winter, whatever the council says." — Mara Lindqvist on the radio today', ['1:1-1:16 unnamed-speaker'])

// A quote that is the subject of "is", "was" or "became" with a noun after it: the sentence says
// what the words are (a saying, a slogan), and no cue in the sentence before or after takes them.
// A predicate that gives them an owner ("her answer", "the reply from Ruiz's office") does not stop the usual ties.
fires('"“...,” is one common saying here" after a cue', 'Ruiz told the council the levy would pass. "In ten years we will all be farming kelp," is one common saying here.', ['1:44-1:57 unnamed-speaker'])
fires('"“...” became the rallying cry of the night"', 'Ruiz told the crowd the pier would reopen. "Not one more ferry cut, not one more" became the rallying cry of the night.', ['1:44-1:57 unnamed-speaker'])
speakers('a saying has no speaker', 'Ruiz told the council the levy would pass. "In ten years we will all be farming kelp," is one common saying here.', ['"In ten years we will all be farming kelp," <- nobody by none'])
quiet('"“...,” was her answer": a possessive gives the owner', 'Ruiz told the council the levy would pass. "We will rebuild the pier before the summer," was her answer to every question.')
quiet('"“...” was the reply from" a named office', 'Ruiz told the council the levy would pass. "We will rebuild the pier before the summer" was the reply from the Ruiz campaign.')
quiet('a cue in the quote\'s own sentence still ties it', 'Ruiz spoke on Monday. "We will rebuild the pier before the summer" is a promise, Mayor Ruiz said.')
quiet('a quote inside the sentence is no subject', 'Ruiz told the council the levy would pass. She said "we will rebuild the pier" is a promise.')

// A passive with no agent that carries the quote leaves out who spoke, and a speaker in the
// sentence before or after is no more its speaker; any participle counts when the quote is its
// complement ("had been reframed to “...”"). An agent after "by" still names the speaker.
fires('"was called “...”" after a sentence with a cue', 'Ruiz said the vote would wait. The levy was called "a gift to the pump makers" on Monday.', ['1:52-1:62 unnamed-speaker'])
fires('"had been reframed to “...”" after a sentence with a cue', 'Ruiz said the vote would wait. By Sunday the speech had been reframed to "focus on the flooding and the ferry."', ['1:74-1:87 unnamed-speaker'])
fires('"had been recast as “...”": a prefixed irregular participle', 'Ruiz said the vote would wait. By Sunday the speech had been recast as "a plan for the flooding and the ferry."', ['1:72-1:83 unnamed-speaker'])
speakers('a passive that carries the quote has no speaker', 'Ruiz said the vote would wait. By Sunday the speech had been reframed to "focus on the flooding and the ferry."', ['"focus on the flooding and the ferry." <- nobody by none'])
quiet('"was called “...” by Lee" names the speaker', 'Ruiz said the vote would wait. The levy was called "a gift to the pump makers" by Mayor Lee.')
quiet('an active verb after the passive keeps its subject', 'Ruiz said the vote would wait. Mayor Lee was obliged to declare: "Every pet in this house has been vaccinated."')
