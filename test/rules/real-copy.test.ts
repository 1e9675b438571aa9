// Mechanisms found by reading the rules' errors on real news copy (issue 13): claims, documents,
// figures, the shape of the text, and sources. Every sentence here is invented. Each case runs in
// the three formats the rules read (Markdown, plain text, .draft): the mechanisms are the analysis's,
// not one reader's.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, type DraftFormat} from '../../server/src/engine/index.ts'
import {sourcingSummary} from '../../server/src/engine/summary.ts'
import {everyFormat, firesInEveryFormat, quietInEveryFormat} from './cases.ts'

const formats = everyFormat
const fires = firesInEveryFormat
const quiet = quietInEveryFormat

// Mechanism 1: speech acts of a verb and its particle or object. Speech must follow the phrase;
// the same verb with another object attributes nothing.
quiet('unattributed-claim', '"pointed out that" attributes', 'Councillor Ines Borja pointed out that the ferry is expected to lose money.')
quiet('unattributed-claim', '"made clear that" attributes', 'The harbour master made clear that the berth is likely to stay shut.')
quiet('unattributed-claim', '"expressed concern that" attributes', 'Dr. Mara Quist expressed concern that the clinic is expected to close.')
quiet('unattributed-claim', '"went on to say" attributes', 'Borja went on to say the levy is expected to pass.')
quiet('unattributed-claim', '"demanded that" attributes', 'Borja demanded that the trust sell the orchard, which is expected to fetch a high price.')
quiet('unnamed-speaker', '"called on X to" names its speaker', 'Borja called on the board to "stop pretending the seawall will hold."')
fires('vague-attribution', '"called on X" with a quote that holds the infinitive is one cue', 'Critics called on the board "to stop pretending the seawall will hold."', ['1:1-1:18 vague-attribution'])
// Restating and manner-of-speaking verbs attribute in every tense and either order; their other
// senses ("repeated the test", "boasts a pool", "shouted insults") attribute nothing.
quiet('unattributed-claim', '"reiterated that" attributes', 'Borja reiterated that the levy is the worst tax the island has seen.')
quiet('unattributed-claim', '"has sworn that" attributes', 'Borja has sworn that the levy is the worst tax the island has seen.')
quiet('unattributed-claim', '"concurs that" attributes', 'Dr. Mara Quist concurs that the levy is the worst tax the island has seen.')
quiet('unattributed-claim', '", she joked" after the clause attributes it', 'The levy is the worst tax the island has seen, Borja joked.')
quiet('unattributed-claim', '", he felt" after the clause attributes it', 'The levy is the worst tax the island has seen, Borja felt.')
quiet('unnamed-speaker', '"bragged" names its speaker', 'Borja bragged that the ferry "will carry twice the cars by June."')
fires('unattributed-claim', '"boasts" a thing is no speech', 'The harbour boasts the best pool on the island.', ['1:20-1:28 unattributed-claim'])
fires('unattributed-claim', '"repeated the test" is no speech', 'The lab repeated the test on the worst samples the island has seen.', ['1:30-1:39 unattributed-claim'])
fires('anonymous-source', '"joked that" with an anonymous subject', 'One ferry hand joked that the levy is the worst tax the island has seen.', ['1:1-1:15 anonymous-source'])

// "as Borja put it" attributes what it follows, in any tense and with a quote or without; "put it
// bluntly:" what follows. "put it down", "put it on the shelf" move a thing and attribute nothing.
quiet('unattributed-claim', '"as X put it" after the clause', 'The levy is the worst tax the island has seen, as Borja put it.')
quiet('unattributed-claim', '"as X puts it" inside the clause', 'The levy, as Dr. Mara Quist puts it, is the worst tax the island has seen.')
quiet('unnamed-speaker', '"as X put it" after a quote', 'The levy is "the worst tax the island has seen in a century," as Borja put it.')
quiet('unattributed-claim', '"put it bluntly:" before the clause', 'Borja put it bluntly: the levy is the worst tax the island has seen.')
fires('anonymous-source', '"as one aide put it" has an anonymous source', 'The levy is the worst tax the island has seen, as one aide put it.', ['1:51-1:59 anonymous-source'])
quiet('anonymous-source', '"put it down" is no speech', 'An aide put it down.')
fires('unattributed-claim', '"put it away because" is no speech', 'Borja put it away because the levy is the worst tax the island has seen.', ['1:19-1:26 unattributed-claim'])

// A transcript label with a title in capitals ("SEN. BORJA:", "MS. QUIST:") speaks for its line,
// as a bare "BORJA:" does; the title's full stop is no sentence of the reporter's.
quiet('unattributed-claim', 'a transcript label with a title', 'SEN. BORJA: We will keep the berths open, and that is the best deal the island has seen.')
quiet('unattributed-claim', 'a transcript label with "MS."', 'REPORTER: Is it a good deal?\n\nMS. QUIST: It is the best deal the island has seen.')
fires('unattributed-claim', 'a title alone is no transcript label', 'SEN. Borja spoke first. It is the best deal the island has seen.', ['1:31-1:39 unattributed-claim'])

// A verb's -s form right after a past tense is its object, a noun: the sentence is no speech.
fires('unattributed-claim', '"drew protests" is no speech', "The council's reckless plan drew protests.", ['1:15-1:23 unattributed-claim'])
fires('unattributed-claim', '"sparked demands" is no speech', 'The reckless plan sparked demands.', ['1:5-1:13 unattributed-claim'])
fires('unattributed-claim', '"sparked protests for a recount" is no speech', 'The reckless plan sparked protests for a recount.', ['1:5-1:13 unattributed-claim'])
quiet('unattributed-claim', '"the board obtained claims the ..." is a verb with its clause', 'The memo the board obtained claims the levy is the worst tax the island has seen.')
quiet('unattributed-claim', '"says" after a name still speaks', 'Borja says the levy is the worst tax the island has seen.')

// Adjectives of feeling hold their "that" clause as verbs of belief do.
quiet('unattributed-claim', '"are grateful that" holds the clause', 'Some ferry hands are grateful that the levy is the worst tax they have dodged.')
quiet('unattributed-claim', '"was unaware that" holds the clause', 'Borja was unaware that the levy is the worst tax the island has seen.')
quiet('unattributed-claim', '"discovered that" holds the clause', 'Borja discovered that the levy is the worst tax the island has seen.')

fires('unattributed-claim', '"pointed out the window" is no speech', 'Borja pointed out the window, which is expected to be replaced.', ['1:37-1:51 unattributed-claim'])
fires('unattributed-claim', '"made clear progress" is no speech', 'Borja made clear progress on the levy, which is expected to pass.', ['1:46-1:60 unattributed-claim'])
fires('unattributed-claim', '"expressed concern about" a topic attributes no clause', 'Borja expressed concern about the levy, and the levy is expected to fail.', ['1:54-1:68 unattributed-claim'])
fires('unattributed-claim', '"called on" a person at home is a visit', 'Borja called on the mayor at home, and the levy is expected to pass.', ['1:49-1:63 unattributed-claim'])
fires('unattributed-claim', '"demanded an apology" attributes no clause', 'Borja demanded an apology, and the levy is expected to pass.', ['1:41-1:55 unattributed-claim'])

// Mechanism 1: a pronoun with a contracted "is" or "has" is the subject of the cue after it; a
// possessive is not.
quiet('unattributed-claim', '"he\'s claiming" attributes', "Borja spoke first. He's claiming the levy is expected to pass.")
quiet('unattributed-claim', '"she\'s said" attributes', "Borja spoke first. She's said the levy is expected to pass.")
fires('loaded-attribution-verb', '"she\'s insisting" is a cue, and loaded', 'Mayor Ines Borja said the levy was fair. "It will pass this time," she\'s insisting.', ['1:74-1:83 loaded-attribution-verb'])
fires('unattributed-claim', 'a possessive before a noun is no contraction', "The levy is expected to pass despite the mayor's claims about turnout.", ['1:10-1:24 unattributed-claim'])

// Mechanism 1: headlines in Title Case keep their verb of speech; a listener may stand between a
// phrase and what was said.
fires('vague-attribution', 'a Title Case headline names its vague source', 'Critics Say Plan Is Expected to Fail.', ['1:1-1:12 vague-attribution'])
quiet('unattributed-claim', 'a Title Case headline attributes its claim', 'Critics Say Plan Is Expected to Fail.')
fires('missing-evidence', 'a noun in a Title Case headline stays a noun', 'State Report Finds Plan Is Expected to Fail.', ['1:7-1:13 missing-evidence'])
quiet('unattributed-claim', '"made it clear to the judge that" attributes', 'Borja made it clear to the judge that the levy is expected to pass.')

// Mechanism 6: negation.
quiet('anonymous-source', 'a source that did not respond to a request for comment', 'A spokeswoman for the port authority did not respond to a request for comment.')
quiet('anonymous-source', 'a source that has not commented', 'A spokesman for the ferry line has not commented publicly.')
quiet('anonymous-source', 'a source that did not immediately return messages', 'Two aides to the governor did not return messages seeking comment.')
quiet('vague-attribution', 'critics who did not answer', 'Critics of the levy did not respond to requests for comment.')
fires('anonymous-source', 'an anonymous source that does say something', 'A spokeswoman for the port authority said the berth would reopen in May.', ['1:1-1:37 anonymous-source'])
fires('unattributed-claim', '"is not designed to" is still a claim marker', 'The new seawall is not designed to hold back a storm surge.', ['1:17-1:35 unattributed-claim'])
fires('unattributed-claim', '"isn\'t expected to" is still a claim marker', "The ferry isn't expected to sail before noon.", ['1:11-1:28 unattributed-claim'])
fires('unattributed-claim', '"never intended to" is still a claim marker', 'The trust never intended to sell the orchard.', ['1:17-1:28 unattributed-claim'])
fires('unattributed-claim', 'a claim beside a source that did not comment', 'The port authority plans to raise fees, and it did not respond to a request for comment.', ['1:20-1:28 unattributed-claim'])
quiet('unattributed-claim', 'what a source would not say is reported, not claimed', 'Mayor Ines Borja would not say whether the levy would pass.')
quiet('unattributed-claim', 'a source that could not be reached is no forecast', 'A lawyer for the developer could not be reached on Friday.')
quiet('unattributed-claim', 'a source that would not comment is no forecast', 'The developer would not comment on the zoning vote.')
quiet('unattributed-claim', 'negated speech with its subject in a relative clause', 'The levy is the measure that she has said she would veto.')

// What follows a verb of belief is the believer's: the forecast in "hoped ... would" is the hope.
quiet('unattributed-claim', 'a forecast inside a hope', 'Party leaders hoped the meeting would end the feud.')
quiet('unattributed-claim', 'a judgement inside a worry', 'Growers worried that the frost was the worst in years.')
fires('unattributed-claim', 'the belief itself is still a claim', 'The harbour master believes the pier would collapse.', ['1:20-1:28 unattributed-claim'])
fires('unattributed-claim', 'a claim before the verb of belief is the writer\'s', 'The reckless plan, its backers hope, will pass.', ['1:5-1:13 unattributed-claim'])

// Mechanism 7: documents and figures.
quiet('missing-evidence', 'a document that is only the object', 'Thieves sold the ledgers and the records to a dealer in Ostend.')
quiet('missing-evidence', 'a document that is only the topic', 'The union filed a petition with the labour board on Monday.')
quiet('missing-evidence', 'a document word that modifies a noun', 'The ruling party kept its seat.')
quiet('missing-evidence', '"in order to" is no document', 'The council moved the vote in order to save time.')
fires('missing-evidence', 'a document that shows something', 'Harbour records show the tanker docked twice.', ['1:9-1:16 missing-evidence'])
fires('missing-evidence', 'a document whose maker comes between it and its verb', 'A 2022 audit by the county treasurer found gaps in the books.', ['1:8-1:13 missing-evidence'])
fires('missing-evidence', 'a complaint is a document', 'The complaint says the landlord ignored the mould.', ['1:5-1:14 missing-evidence'])
fires('missing-evidence', 'an indictment as the source of a cue', 'The pair moved the cash offshore, according to the indictment.', ['1:52-1:62 missing-evidence'])
fires('missing-evidence', 'a ruling leaned on with "in"', 'In a ruling on Friday, the court struck down the levy.', ['1:6-1:12 missing-evidence'])
fires('missing-evidence', 'a database leaned on with "from"', 'Figures from the state database put the backlog at its peak.', ['1:24-1:32 missing-evidence'])
quiet('missing-evidence', 'counts of sources in every conjunct', 'Three aides and two former advisers said the talks had stalled.')
quiet('missing-evidence', 'counts of sources in a list after "according to"', 'The talks stalled, according to two aides, three lawyers and one former adviser.')
fires('missing-evidence', 'a count of things beside a source is a figure', 'The fire destroyed 40 sheds and two barns, officials said.', ['1:20-1:22 missing-evidence'])
quiet('loaded-attribution-verb', '"insisted on" a thing is no speech', 'The candidate insisted on a recount in the third ward.')
quiet('loaded-attribution-verb', '"blasted a shot" is no speech', 'The striker blasted a shot over the bar in the second half.')
quiet('loaded-attribution-verb', '"claimed the title" is no speech', 'The rower claimed the title in 2019.')
quiet('anonymous-source', '"blasted a shot" names no source', 'The striker blasted a shot over the bar in the second half.')
fires('loaded-attribution-verb', '"insisted" with what was said', 'The candidate insisted the count was wrong.', ['1:15-1:23 loaded-attribution-verb'])
fires('loaded-attribution-verb', '"insists" after a determiner and a noun, with what was said', 'The union insists the branch stays open.', ['1:11-1:18 loaded-attribution-verb'])
fires('loaded-attribution-verb', '"blasted" a rival for something', 'Ruiz blasted a rival for skipping the debate.', ['1:6-1:13 loaded-attribution-verb'])
quiet('unattributed-claim', '"record" as a noun', 'Her record on housing drew praise from tenants.')
quiet('unattributed-claim', 'a record that shows something is a document, not a judgement', 'His voting record shows a shift on tariffs.')
fires('unattributed-claim', '"record" before what it qualifies is a judgement', 'Turnout reached a record high on Sunday.', ['1:19-1:25 unattributed-claim'])
quiet('vague-attribution', 'a noun after a verb in the past is no cue', 'Her record on housing drew praise from tenants.')
quiet('unattributed-claim', '"leading to" after a noun modifies it', 'Police offered a reward for information leading to his arrest.')
fires('unattributed-claim', '"leading to" after a comma is a cause', 'The storm cut power, leading to the closure of the mill.', ['1:22-1:32 unattributed-claim'])

// Mechanism 8: the shape of the text. A short line with no final punctuation ends its sentence in
// every format: datelines, bylines, headings pasted with single newlines.
fires('anonymous-source', 'a dateline on the line above is not part of the source', 'Harbour\n\nPORT ELLEN, June 3, 2025\nOfficials said the ferry would resume on Monday.', ['4:1-4:10 anonymous-source'])
fires('anonymous-source', 'a byline on the line above is not part of the source', 'Harbour\n\nBy Dana Ruiz\nOfficials said the pier would close.', ['4:1-4:10 anonymous-source'])
quiet('unattributed-claim', 'a hard-wrapped line goes on into the next', 'Harbour\n\nThe council met on Tuesday, and Mayor Ines Borja said the\npier would close in the spring for repairs to its deck.')
quiet('unattributed-claim', "a publisher's disclaimer is not the story's sourcing", 'Markets\n\nThe fund plans to sell, Ines Borja said.\n\nThis column is not a recommendation to buy or sell any security. Shares could fall, and the author holds no positions.')
quiet('missing-evidence', "a publisher's disclaimer with figures", 'Markets\n\nThe fund is down, Ines Borja said.\n\nPast performance is not indicative of future results; the fund lost 12 percent in 2024.')
fires('unattributed-claim', 'a claim beside the disclaimer is still read', 'Markets\n\nThe fund plans to sell its stake.\n\nThis column is not a recommendation to buy or sell any security.', ['3:10-3:18 unattributed-claim'])

// Mechanism 9: sources as clean noun phrases, and the Sourcing Summary counting what the rule reports.
/** The text of each cue's source, in draft order. */
function sourcesOf(text: string, format: DraftFormat): string[] {
  const {analysis} = lint(text, {format})
  return analysis.cues.map((cue) => cue.source.text)
}

function sources(name: string, text: string, expected: string[]): void {
  for (const format of formats) test(`sources (${format}): ${name}`, () => assert.deepEqual(sourcesOf(text, format), expected))
}

sources('the maker of a translation is the source', 'The border stays open, according to a translation provided by the Tarsund Embassy.', ['the Tarsund Embassy'])
sources('a document stays the source', 'The border stays open, according to a report released by the customs agency.', ['a report'])
sources('"with X noting" names X', 'Turnout fell, with the Harbour Trust noting that the ferry was late.', ['the Harbour Trust'])
sources('a prepositional phrase between commas describes the name before it', 'Mr. Lund, of the Harbour Trust, said the pier would close.', ['Mr. Lund'])
sources('"for example" between commas is no source', 'Officials in Tarsund, for example, say the pier is safe.', ['Officials in Tarsund'])
sources('an opening time phrase is not the subject of a participle', 'On Sunday, Mayor Ines Borja closed the pier, saying the deck was unsafe.', ['Mayor Ines Borja'])
sources('a share of a crowd keeps its percent sign', 'About 40% of Democrats and 12% of independents say the levy would pass.', ['12% of independents'])

for (const format of formats) {
  test(`the Sourcing Summary gives the reasons the rule reads (${format})`, () => {
    const text = 'Officials met on Monday.\n\nThe talks stalled, according to two officials who spoke on condition of anonymity because they were not authorized to discuss them.\n\nOfficials said the talks would resume.\n\nA spokeswoman for the port said the ferry would sail.'
    const {analysis, findings} = lint(text, {format})
    const summary = sourcingSummary(analysis, findings)
    const anonymous = summary.sources.filter((source) => source.kind === 'anonymous')
    assert.deepEqual(anonymous.map((source) => [source.name, source.reasonGiven]), [['two officials', true], ['Officials', true], ['A spokeswoman for the port', false]])
    const flagged = findings.filter((finding) => finding.ruleId === 'anonymous-source').map((finding) => text.slice(finding.start.offset, finding.end.offset))
    assert.deepEqual(summary.anonymousWithoutReason, flagged)
  })
}
sources('a plural after a number word is a noun ("in five states")', 'With primaries in five states on Tuesday, Mayor Ines Borja said the count would be slow.', ['Mayor Ines Borja'])

// What a verb of speech reports is attributed even when the verb's speaker is not found.
quiet('unattributed-claim', 'a second verb of speech shares its subject', 'Ines Borja thanked the crew and said the ferry would sail on Monday.')
quiet('unattributed-claim', 'a relative "who said"', 'The pier was closed by Tomas Vail, who said the deck was likely to fail.')
quiet('unattributed-claim', 'doubled apostrophes as quotation marks', "''We would win the vote by a mile,'' said Ines Borja, the harbour master.")
fires('unattributed-claim', 'a claim before "said" with no quotation is still the writer\'s', 'The ferry would sail on Monday, its owner having earlier said little.', ['1:11-1:16 unattributed-claim'])
sources('a noun in -ly is part of the subject', 'A person close to the family said the funeral would be private.', ['A person close to the family'])

// anonymous-source: what counts as an anonymous source, and when a reason clears it.
fires('anonymous-source', 'a person described by a relation is anonymous, whole', 'A person close to the family said the funeral would be private.', ['1:1-1:29 anonymous-source'])
quiet('anonymous-source', 'a role with a name is named', 'Port authority spokeswoman Ines Borja said the berth would reopen in May.')
quiet('anonymous-source', 'a description followed by the name', 'A resident of the harbour, Tomas Vail, said the water was brown.')
quiet('anonymous-source', 'a reason in the next sentence that refers back', 'Two people familiar with the talks said the deal was close. They spoke on condition of anonymity to discuss private negotiations.')
fires('anonymous-source', "a reason that belongs to a newly introduced source clears no one else", 'Two people familiar with the talks said the deal was close. A lawyer for the firm spoke on condition of anonymity to discuss private negotiations.', ['1:1-1:35 anonymous-source'])
quiet('anonymous-source', 'a reason inside the source\'s own clause', 'The official, who asked not to be named because she was not authorized to speak, said the talks had stalled.')
quiet('unattributed-claim', 'a forecast inside "whether" is asked, not claimed', 'The harbour master has wavered on whether the pier would reopen this year.')
fires('unattributed-claim', 'a forecast outside the "whether" clause is still claimed', 'The pier would reopen, whatever the board decides about whether to sell.', ['1:10-1:15 unattributed-claim'])

// A "that" clause of a word of speech, thought or feeling is its holder's, not the writer's claim;
// a relative "that" and the writer's own "possible that" are the writer's.
quiet('unattributed-claim', 'a forecast in the "that" clause of a feeling', 'Some growers are concerned that the frost could spread to the valley.')
quiet('unattributed-claim', 'a forecast in the "that" clause of a noun of speech', "The harbour master's warning that the pier would close drew jeers.")
quiet('unattributed-claim', 'a listener and a time between the verb and its "that" clause', 'Mayor Ines Borja assured residents on Monday that the ferry would sail.')
quiet('unattributed-claim', 'a cause in the "that" clause of a suggestion', 'The ferry crew rejected the suggestion that the crossing was late because of the fog.')
quiet('unattributed-claim', '"their fear is that"', 'Their fear is that the levy could fail in the spring.')
fires('unattributed-claim', 'the writer\'s own "possible that"', 'It is possible that the pier could close.', ['1:30-1:35 unattributed-claim'])
fires('unattributed-claim', 'a relative "that" describes, and the description is the writer\'s', 'The council hired a firm that would cut ferry fares.', ['1:31-1:36 unattributed-claim'])
fires('unattributed-claim', 'a claim after the "that" clause has ended', 'Growers are concerned that the frost could spread; the levy is likely to fail.', ['1:61-1:73 unattributed-claim'])

// A clause that asks or supposes asserts none of its forecasts or intents.
quiet('unattributed-claim', 'an intent inside "asked if"', 'The mayor asked residents if they planned to attend the vote.')
quiet('unattributed-claim', 'a forecast inside "how" after a verb', 'Ines Borja has yet to explain how the city would pay for the pier.')
quiet('unattributed-claim', 'a forecast in a question that "which" opens', 'It is unclear which wards she could win in the spring.')
quiet('unattributed-claim', 'an intent inside "if"', 'If you want to see the vote, the council streams it online.')
fires('unattributed-claim', 'a forecast after the "if" clause is asserted', 'If elected, Borja would cut ferry fares.', ['1:19-1:24 unattributed-claim'])
fires('unattributed-claim', '"what" that describes is the writer\'s', 'Borja is drafting what would be her first budget.', ['1:24-1:29 unattributed-claim'])
fires('unattributed-claim', '"how" opening the sentence is the subject, not a question', 'How the board votes could decide the levy.', ['1:21-1:26 unattributed-claim'])
fires('unattributed-claim', 'an accusation in a "how" clause is still claimed', 'The film follows how the fraud worked.', ['1:26-1:31 unattributed-claim'])

// A verb of speech or belief reports the clause after it even when its subject is not found: a
// subject before "and", a participle after a comma, a relative "that". A noun or a passive does not.
quiet('unattributed-claim', 'a second verb of speech after "and"', 'The ferry line added a sailing on Tuesday and announced it would look for a new berth.')
quiet('unattributed-claim', 'a participle of speech after a comma', 'The union sued the port, claiming the closure would cost jobs.')
quiet('unattributed-claim', 'a verb of speech after a relative "that"', 'Shops that warn the closure could harm trade have put up posters.')
fires('unattributed-claim', 'a noun of speech reports nothing', 'The warning came late, and the pier would close.', ['1:37-1:42 unattributed-claim'])
fires('unattributed-claim', 'a passive verb of speech reports nothing', 'The closure was announced, and the pier would close within a week.', ['1:41-1:46 unattributed-claim'])

// "plan" as a noun names a plan; as a verb it asserts someone's intent.
quiet('unattributed-claim', 'a plan named as a thing', 'Her plan to widen the coast road drew jeers.')
quiet('unattributed-claim', 'plans as the object of a verb', 'The harbour board scrapped plans to dredge the channel.')
quiet('unattributed-claim', '"no plans to"', 'The ferry line has no plans to sell the berth.')
fires('unattributed-claim', '"plan to" after "who" is the verb', 'The skippers, who plan to sail on Sunday, met on Friday.', ['1:19-1:26 unattributed-claim'])

// What a bill or deal that a clause describes "would" do is its terms; any other "would" forecasts.
quiet('unattributed-claim', 'the terms of a bill', 'The council backed a bill in May that would ban night flights.')
fires('unattributed-claim', 'a proposal as the subject may be forecast', 'A merger would raise fares for islanders.', ['1:10-1:15 unattributed-claim'])
fires('unattributed-claim', 'a clause about something else forecasts', 'The storm hit the pier, which would take months to rebuild.', ['1:31-1:36 unattributed-claim'])

// The writer's own intent, or anyone's ("you"), is no claim about someone else.
quiet('unattributed-claim', 'the writer\'s own intent', 'I didn\'t want to miss the vote.')
quiet('unattributed-claim', 'a generic "you would"', 'Still, you would never know it from the harbour.')
fires('unattributed-claim', 'someone else\'s intent', 'They want to close the pier in May.', ['1:6-1:13 unattributed-claim'])
fires('unattributed-claim', 'the writer\'s cause still needs a source', 'We know the pier closed because the deck rotted.', ['1:25-1:32 unattributed-claim'])

// Mechanism 7, the document lexicon as general news vocabulary: a filing, an order, a petition or a
// transcript leaned on needs a note; one that is only handled does not.
fires('missing-evidence', 'a court filing as the source of a cue', 'According to a court filing, the landlord ignored the mould.', ['1:16-1:28 missing-evidence'])
fires('missing-evidence', 'an order leaned on with "under"', 'Under the order, the pier stays shut until May.', ['1:11-1:16 missing-evidence'])
fires('missing-evidence', 'a petition that says something', 'The petition says the ferry is unsafe.', ['1:5-1:13 missing-evidence'])
fires('missing-evidence', 'a transcript that shows something', 'A transcript of the hearing shows the pilot was warned.', ['1:3-1:13 missing-evidence'])
quiet('missing-evidence', 'a transcript that is only the object', 'Tenants read the transcript aloud.')

// Mechanism 7: cue words that are nouns here attribute nothing; the same words as verbs do.
fires('unattributed-claim', '"state" in "state election" is a noun', 'The state election drew a crowd, and the levy is likely to pass.', ['1:47-1:59 unattributed-claim'])
fires('unattributed-claim', '"the report" as a subject that says nothing', 'The report drew jeers, and the levy is likely to pass.', ['1:37-1:49 unattributed-claim'])
quiet('unattributed-claim', '"says" after "the state" is the verb', 'The state says the levy is likely to pass.')

// A verb of belief after its clause, its subject set off by a comma, gives the believers what comes
// before it; set in the middle of a clause, it leaves the clause's subject to the writer.
quiet('unattributed-claim', 'a verb of belief after its clause', 'Such a move could cost the ferry its licence, harbour staff fear.')
fires('unattributed-claim', 'the believer\'s own "believes" is still a claim', 'The levy could fail, the mayor believes.', ['1:32-1:40 unattributed-claim'])

// An intent in a clause that picks out a group asserts nothing about anyone; after a comma it does.
quiet('unattributed-claim', 'an intent that picks out a group', 'Skippers who plan to sail on Sunday must register by noon.')
fires('unattributed-claim', 'an intent about someone named', 'The skippers met Ines Borja, who plans to sail on Sunday.', ['1:34-1:42 unattributed-claim'])

// Refusing to speak is a source declining, as "would not comment" is; refusing anything else is an intent.
quiet('unattributed-claim', '"refused to comment"', 'The harbour master refused to comment on the pier.')
quiet('unattributed-claim', '"refuses to say whether"', 'The ferry line refuses to say whether the berth will reopen.')
fires('unattributed-claim', '"refused to sign" is an intent', 'Ines Borja refused to sign the berth lease.', ['1:12-1:22 unattributed-claim'])

// A "that" clause may open with a phrase or a comma before its subject; "why" asks as "how" does.
quiet('unattributed-claim', 'a "that" clause that opens with a phrase', 'Their fear is that by the time the levy passes, it could be too late.')
quiet('unattributed-claim', 'a forecast inside "why"', 'They offered no word on why the plan would work.')
fires('unattributed-claim', '"why" opening the sentence is its subject', 'Why the board would sell is unclear.', ['1:15-1:20 unattributed-claim'])

// Mechanism 3: a headline opened by a name and a colon gives the name what follows.
quiet('unattributed-claim', 'a headline "Name: claim"', 'Ruiz: Ferry Levy Could Fail In Spring.')
fires('unattributed-claim', 'a newsroom label is no name', 'Update: The ferry could fail in spring.', ['1:19-1:24 unattributed-claim'])
fires('unattributed-claim', 'a name and a colon in a paragraph of two sentences is no headline', 'Ruiz: The levy could fail. The pier would close.', ['1:16-1:21 unattributed-claim', '1:37-1:42 unattributed-claim'])

// Where what someone holds ends: at the comma of an opening "if" clause; a verb of speech used as an
// adjective holds no clause; refusing to act is not refusing to speak; "on which" describes.
fires('unattributed-claim', 'a "that" clause inside an opening "if" clause ends at its comma', 'If the records show that the mayor erred, an aide could face an inquiry.', ['1:51-1:56 unattributed-claim'])
// A cue inside an opening "if", "when" or "although" clause reports that clause, not what the
// writer says after its comma, whatever its verb and tense; "As Ruiz said, ..." reports the rest.
fires('unattributed-claim', 'a document\'s cue inside an opening "if" clause', 'If records show that the mayor erred, an aide could face an inquiry.', ['1:47-1:52 unattributed-claim'])
fires('unattributed-claim', 'a present "say" inside an opening "if" clause', 'If officials say the levy will fail, the council could cut jobs.', ['1:50-1:55 unattributed-claim'])
fires('unattributed-claim', 'a past "said" inside an opening "although" clause', 'Although an aide said the pier was sound, the pier could collapse within a year.', ['1:52-1:57 unattributed-claim'])
quiet('unattributed-claim', '"As Ruiz said, ..." reports the main clause', 'As Ruiz said on Monday, the levy could fail.')
quiet('unattributed-claim', 'a cue after the opening clause\'s comma', 'When asked, Ruiz said the levy could fail.')
quiet('unattributed-claim', 'a cue set off by commas after the opening clause', 'Unless the county acts, the engineers say, the pier could collapse.')
fires('unattributed-claim', 'a verb of speech as an adjective reports no clause', 'The ads ran in reported mail attacks by rival groups, including one that led to a recount.', ['1:74-1:80 unattributed-claim'])
fires('unattributed-claim', '"refused to call a vote" is an intent', 'The union refused to call a vote on the deal.', ['1:11-1:21 unattributed-claim'])
fires('unattributed-claim', '"on which" opens a relative clause', 'Voters held cards on which they would mark their choice.', ['1:33-1:38 unattributed-claim'])

// A "that" clause of a noun that opens the sentence ends before the sentence's own verb.
fires('unattributed-claim', 'the sentence\'s own verb after a "that" clause in its subject', 'Her claim that the pier is safe would surprise divers.', ['1:33-1:38 unattributed-claim'])
quiet('unattributed-claim', 'a second verb of the "that" clause after "and"', "The mayor's claim that the pier is unsafe and would close drew jeers.")
quiet('unattributed-claim', 'a "that" clause after a verb runs to its end', 'Ines Borja and her aides recognized long ago that if the levy failed, she would lose.')

// "As reported by X" names its source as "according to X" does; a participle after "by" reports.
quiet('unattributed-claim', '"as reported by" attributes', 'As reported by the Ledger, the pier became the first in the county to close.')
sources('the maker of an "as reported by" report is the source', 'As reported by the Ledger, the pier became the first in the county to close.', ['the Ledger'])
sources('"as first reported in" a paper names the paper', 'As first reported in the Harbour Gazette, the pier would close in May.', ['the Harbour Gazette'])
fires('unattributed-claim', '"as ordered by" is no report', 'The pier was closed as ordered by the court, and it would stay shut.', ['1:53-1:58 unattributed-claim'])
quiet('unattributed-claim', 'a verb of speech after "by" reports its clause', 'The bank closed its session on Friday by announcing it would widen its lending.')

// "illegal immigration" names a category of people, not an accusation; "illegal dumping" accuses.
quiet('unattributed-claim', '"illegal" before a word for migrants', 'The debate in the council turned to illegal immigration and the border.')
quiet('unattributed-claim', '"illegally" after living in a country', 'Some voters want families in the country illegally to get work permits.')
fires('unattributed-claim', '"illegal" before anything else accuses', "The firm's illegal dumping fouled the river.", ['1:12-1:19 unattributed-claim'])
fires('unattributed-claim', '"illegally" about an act accuses', 'The bureau illegally shared the ferry records.', ['1:12-1:21 unattributed-claim'])

// "the first" of a sequence, a title or an idiom is no judgement; "the first woman to win" is.
quiet('unattributed-claim', '"the first" before a number', 'The plan covers the first 100 days of her term.')
quiet('unattributed-claim', '"the first round"', 'Borja led after the first round of the count.')
quiet('unattributed-claim', '"in the first place"', 'Nobody asked why the pier was built in the first place.')
fires('unattributed-claim', '"the first" person to do something', 'Borja was the first woman to win the harbour seat.', ['1:11-1:20 unattributed-claim'])
fires('unattributed-claim', '"for the first time since"', 'The ferry won for the first time since 1990.', ['1:19-1:28 unattributed-claim'])

// A verb of speech that judges gives the speaker's reason in its "because"; a motive the writer
// gives for an act is still a claim.
quiet('unattributed-claim', 'the reason after a verb that judges', 'Ines Borja mocked the board for meeting in secret because it hid the budget.')
quiet('unattributed-claim', 'the reason after "condemned"', 'The union condemned the plan because it cut bus routes.')
fires('unattributed-claim', 'a motive for an act', 'Borja voted against the levy because of its cost.', ['1:30-1:37 unattributed-claim'])
fires('unattributed-claim', 'a judging word as a noun gives no reason', 'Mail attacks on the pier came because the budget passed.', ['1:31-1:38 unattributed-claim'])

// A "that" clause whose subject is a quantifier, a bare noun before its verb, or a gerund; an
// object relative ("the warning that voters ignored") is no such clause.
quiet('unattributed-claim', 'a quantifier opens the "that" clause', 'Borja ended by implying that some ferries would be sold.')
quiet('unattributed-claim', 'a bare noun before its verb opens the "that" clause', 'Her allies are concerned that turnout could sink the levy.')
quiet('unattributed-claim', 'a gerund opens the "that" clause', 'Growers are convinced that raising the levy would hurt them.')
fires('unattributed-claim', 'an object relative after a noun of speech', 'The warning that voters ignored would haunt the board.', ['1:33-1:38 unattributed-claim'])

// "In X's view" attributes what the sentence says to X; "in view of" and "in other words" do not.
quiet('unattributed-claim', '"in X\'s view"', "In Borja's view, the pier would close by May.")
quiet('unattributed-claim', '"in their view"', 'Growers met on Monday. In their view, the levy could fail.')
quiet('unattributed-claim', '"in the view of X"', 'In the view of the harbour board, the pier would close by May.')
sources('the owner of a view is the source', "The pier, in the mayor's view, would close by May.", ['the mayor'])
fires('unattributed-claim', '"in view of" the cost is no one\'s view', 'In view of the cost, the pier would close by May.', ['1:31-1:36 unattributed-claim'])
fires('unattributed-claim', '"in other words" is no one\'s words', 'In other words, the pier would close by May.', ['1:26-1:31 unattributed-claim'])
