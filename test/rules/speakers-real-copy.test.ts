// unnamed-speaker on real copy (issue 13): the mechanisms that left named and pronoun speakers
// unfound in real news, each with must-fire and must-not-fire cases. Every sentence is invented.
// Each case runs in the three formats the rules read (Markdown, plain text, .draft), and the
// speaker cases check who the analysis says speaks, not only that the rule is quiet.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {cuesOf, quotesOf} from '../analysis/helpers.ts'
import {everyFormat, firesInEveryFormat, quietInEveryFormat} from './cases.ts'

const rule = 'unnamed-speaker'
const fires = (name: string, text: string, expected: string[]) => firesInEveryFormat(rule, name, text, expected)

/** The cues the analysis finds (`said: Ruiz (named)`), in every format. */
function cues(name: string, text: string, expected: string[]): void {
  for (const format of everyFormat) test(`cues (${format}): ${name}`, () => assert.deepEqual(cuesOf(text, format), expected))
}

/** The rule finds nothing here, in any format, and each quote has the speaker given (`text <- speaker by how`). */
function quiet(name: string, text: string, speakers: string[]): void {
  quietInEveryFormat(rule, name, text)
  for (const format of everyFormat) test(`speakers (${format}): ${name}`, () => assert.deepEqual(quotesOf(text, format), speakers))
}

// Speech acts beyond "said": any verb in the past, inverted after a quote, with its subject after
// it; a name in apposition to a description is the speaker.
quiet('a verb in the past after a quote, then a name', '“The levy will pass in the spring,” mused Dana Ruiz. “We have the votes.”', [
  '“The levy will pass in the spring,” <- Dana Ruiz (named) by cue',
  '“We have the votes.” <- Dana Ruiz (named) by inherited'
])
quiet('a verb in the past after a quote, then a description and a name', '“Nobody expected the levy to pass,” remembered her brother, Tomas Vail.', [
  '“Nobody expected the levy to pass,” <- Tomas Vail (named) by cue'
])
quiet('a titled name after a description', '“Nobody expected the levy to pass,” said the mayor’s introducer, actress Lena Marsh.', [
  '“Nobody expected the levy to pass,” <- Lena Marsh (named) by cue'
])
fires('a verb in the past after a quote, then an anonymous subject', '“Nobody expected the levy to pass,” recalled a council aide.', ['1:1-1:21 unnamed-speaker'])
fires('a verb with an object and an infinitive is no inverted speech', '“Nobody expected the levy to pass,” prompted the council to act.', ['1:1-1:21 unnamed-speaker'])

// Surnames that are function words: a capitalised auxiliary or preposition inside a sentence, or
// one that opens it before a verb in the past, is a name.
quiet('"Will wrote"', '“The dispute in the council shows how fragile the deal is,” Will wrote.', [
  '“The dispute in the council shows how fragile the deal is,” <- Will (named) by cue'
])
quiet('"From said" after a partial quote', 'Residents saw the council as “a club for the same five families,” From said.', [
  '“a club for the same five families,” <- From (named) by cue'
])
fires('"will" in lower case is an auxiliary: the subject before it speaks', 'Critics will say “the levy failed again this year.”', ['1:18-1:34 unnamed-speaker'])
fires('"from" in lower case is a preposition', 'The letter came “from the same five families” of the council.', ['1:17-1:31 unnamed-speaker'])

// Pronouns: a lone surname is a person a pronoun refers to when the draft names someone by it
// elsewhere; "he" and "she" refer to a person, not a body or a thing a cue was read off; a name
// after a preposition is a passing object.
quiet('a lone surname the draft names someone by', 'Ana Garcia runs the depot.\n\nGarcia, a grocery worker, watched the vote. “This is like a cheerleading contest,” she said.', [
  '“This is like a cheerleading contest,” <- she (named) = Garcia by cue'
])
quiet('"she" passes over a body', 'Dana Ortiz wrote to the council. The council said the levy would pass. “We have the votes now, all of them,” she said.', [
  '“We have the votes now, all of them,” <- she (named) = Dana Ortiz by cue'
])
quiet('"she" passes over a thing a cue was read off', 'Mayor Ana Ruiz spoke with a passion that suggested anger. “We had four nurses for forty beds,” she said.', [
  '“We had four nurses for forty beds,” <- she (named) = Mayor Ana Ruiz by cue'
])
// A one-word name as the subject of a verb is a person in any past tense: "-ed", irregular
// ("spoke", "met", "won") or after "has"/"had"; a surname ending in -s is one person.
quiet('a one-word name before an irregular past', 'Okafor met the donors twice last spring.\n\n“We have to win the vote in the fall,” he said.', [
  '“We have to win the vote in the fall,” <- he (named) = Okafor by cue'
])
quiet('a one-word -s surname before a past with "has"', 'Roberts has spoken at every rally since May.\n\n“We have to win the vote in the fall,” she said.', [
  '“We have to win the vote in the fall,” <- she (named) = Roberts by cue'
])
fires('a body before an irregular past is no person', 'Congress met on Friday.\n\n“We have to win the vote in the fall,” she said.', ['3:1-3:12 unnamed-speaker'])
fires('a lone capitalised word nobody is named by is no person', 'The vote in Tarsund was close.\n\n“We lost by nine votes on a wet day,” she said.', ['3:1-3:12 unnamed-speaker'])
fires('a name after a preposition is a passing object', 'Dana Ortiz ran for the board.\n\nA campaign aide said the race against Ortiz was close. “We lost one vote too many in the end,” she said.', ['3:56-3:68 unnamed-speaker'])
fires('"she" passes over a thing to an anonymous source', 'A nurse manager spoke with a passion that suggested anger. “We had four nurses for forty beds,” she said.', ['1:60-1:72 unnamed-speaker'])

// Cue grammar: "says of" is a verb; a participle after a quote is no inverted verb; a name before
// a description whose closing comma is missing, or before an aside between dashes, is the subject.
quiet('"says of" is a verb, not "the reports of"', 'Dana Ruiz spoke first. “It is fine,” Ruiz says of the levy. “And much more than that is fine by me, when the river floods.”', [
  '“And much more than that is fine by me, when the river floods.” <- Ruiz (named) by adjacent-sentence'
])
fires('"the reports of" is a noun', 'The reports of the board were late. “We will not reopen the bridge this year.”', ['1:37-1:49 unnamed-speaker'])
quiet('"From" before a verb is a surname', 'From agreed that the levy would fail. “The circumstances change when the river floods twice,” From said.', [
  '“The circumstances change when the river floods twice,” <- From (named) by cue'
])
fires('"From" before a noun is a preposition', 'From the harbour, a council aide said “the levy will pass this spring for sure.”', ['1:39-1:53 unnamed-speaker'])
quiet('a participle after a quote leaves the speaker before it', 'Ruiz said the members will still meet, but said, “Our rota goes back to paper cards next month,” promising the Harbour Club will return to its roots.', [
  '“Our rota goes back to paper cards next month,” <- Ruiz (named) by cue'
])
fires('a participle after a quote: the vague speaker before it', 'Some members said, “Our rota goes back to paper cards next month,” promising the Harbour Club will return.', ['1:20-1:34 unnamed-speaker'])
quiet('a name, then a description with no closing comma', 'Dana Ruiz, the chair of the Harbour Trust said in a statement. “Every spare ballot box is sealed and shipped.”', [
  '“Every spare ballot box is sealed and shipped.” <- Dana Ruiz (named) by adjacent-sentence'
])
quiet('a name, then a relative clause with no closing comma', '“The count is done and it is final,” Lena Marsh, who is chair of the Harbour Trust said.', [
  '“The count is done and it is final,” <- Lena Marsh (named) by cue'
])
fires('a description after a time phrase stays the subject', 'Late on Friday, a spokesman for the Harbour Trust said: “Every spare ballot box is sealed and shipped.”', ['1:57-1:76 unnamed-speaker'])
quiet('a subject before an aside between dashes', 'On Friday, Ruiz — named by the Ledger as the likely pick — told the council that “the tide tables deserve a second reading.”', [
  '“the tide tables deserve a second reading.” <- Ruiz (named) by cue'
])
quiet('a name that opens an aside between dashes', 'A former mayor -- Dana Ruiz, who lost the 2008 race -- said the board “offered no changes to its slow and costly plan.”', [
  '“offered no changes to its slow and costly plan.” <- Dana Ruiz (named) by cue'
])
fires('a description between dashes leaves the anonymous subject', 'A former mayor -- the one who lost in 2008 -- said the board “offered no changes to its slow and costly plan.”', ['1:62-1:81 unnamed-speaker'])

// Documents speak for who issued them: what people send or publish is a document when a cue
// attributes to it, and "issued a statement saying" is the issuer's.
quiet('a fundraising email is a document, not an anonymous speaker', 'A fundraising email sent out by Ruiz on Tuesday warned of the fight ahead: “There are nine votes left to win and we can win them all.”', [
  '“There are nine votes left to win and we can win them all.” <- A fundraising email sent out by Ruiz (document) by cue'
])
quiet('a campaign ad is a document', 'A campaign ad released Thursday accuses Ruiz of trading favours “in a pattern of waste stretching back decades.”', [
  '“in a pattern of waste stretching back decades.” <- A campaign ad released Thursday (document) by cue'
])
quiet('"issued a statement saying": the issuer speaks', 'The Harbour Club issued a statement saying it shut the boathouse “because the pilings had rotted through.”', [
  '“because the pilings had rotted through.” <- The Harbour Club (named) by cue'
])
fires('a statement is no name for an anonymous issuer', 'A senior aide issued a statement saying the club acted “because the pilings had rotted through.”', ['1:56-1:76 unnamed-speaker'])
fires('"into the polls saying" is no document speaking', 'Voters were filing into the polls saying “we want the pier open again by June.”', ['1:42-1:54 unnamed-speaker'])

// Newsroom conventions: a digest item credited in brackets, a paragraph that introduces the quote
// below it with a verb of speech and a colon, a party label before a transcript colon.
quiet('a digest item closed by a bracketed credit', 'HARBOUR TALKS STALL AGAIN “The talks on the pier broke down late on Friday, and nobody expects them to resume.” [Harbour Post.]', [
  '“The talks on the pier broke down late on Friday, and nobody expects them to resume.” <- Harbour Post (named) by credit'
])
fires('a lower-case note in brackets is no credit', 'THE PIER, IN PICTURES “It is about giving the town a way to see itself again.” [photos below]', ['1:23-1:35 unnamed-speaker'])
quiet('a paragraph that introduces the quote below it', 'Dr. Ana Ruiz stated:\n\n“The pier is not safe, and the council has known it for a year.\n\n“The board was supposed to guard the town.”', [
  '“The pier is not safe, and the council has known it for a year. <- Dr. Ana Ruiz (named) by introduced',
  '“The board was supposed to guard the town.” <- Dr. Ana Ruiz (named) by continued'
])
fires('a colon with no verb of speech introduces no speaker', 'Transcript as follows:\n\n“The pier is not safe, and the council has known it for a year.”', ['3:1-3:13 unnamed-speaker'])
quiet('a party label between the name and the colon', 'Rep. Tessa Vail (D-Ohio): “Nobody but you has quoted that tonnage to this panel.”', [
  '“Nobody but you has quoted that tonnage to this panel.” <- Rep. Tessa Vail (named) by cue'
])
fires('a note in brackets before the colon names no one', 'A council aide (off the record): “Nobody but you has quoted that tonnage to this panel.”', ['1:34-1:49 unnamed-speaker'])
quiet('"has since said"', 'Dana Ruiz has since said the pier “will stay closed for the rest of the summer.”', [
  '“will stay closed for the rest of the summer.” <- Dana Ruiz (named) by cue'
])
fires('"Since the storm" opens a clause', 'Since the storm, a council aide said the pier “will stay closed for the rest of the summer.”', ['1:47-1:64 unnamed-speaker'])
quiet('"what happened" is inside the clause of the verb before it', 'Ruiz joked about what happened: “Yes, I should have closed the pier before the storm.”', [
  '“Yes, I should have closed the pier before the storm.” <- Ruiz (named) by cue'
])

// A definite description of one person ("the businesswoman", "the actor") refers back to the
// person the story last named; an anonymous role ("the official") stays anonymous, and so does a
// description whose nearest person is unnamed.
quiet('a definite description after a name', 'Dana Ruiz spoke at the depot on Friday. “There should be more ferries, not fewer,” the businesswoman replied.', [
  '“There should be more ferries, not fewer,” <- the businesswoman (named) = Dana Ruiz by cue'
])
quiet('a pronoun after a resolved description', 'Dana Ruiz spoke at the depot.\n\n“There should be more ferries, not fewer,” the businesswoman replied.\n\n“I would certainly build that, absolutely,” she added.', [
  '“There should be more ferries, not fewer,” <- the businesswoman (named) = Dana Ruiz by cue',
  '“I would certainly build that, absolutely,” <- she (named) = Dana Ruiz by cue'
])
fires('an anonymous role stays anonymous after a name', 'Dana Ruiz spoke at the depot. “The ferries will stop in the spring,” the official said.', ['1:31-1:48 unnamed-speaker'])
fires('a description after an unnamed person stays unnamed', 'A senior aide spoke at the depot. “The ferries will stop in the spring,” the actor said.', ['1:35-1:52 unnamed-speaker'])

// A quote further on in the sentence keeps the subject and verb after it; a short sentence that is
// only a speaker and a verb answers for the quoted question before it.
quiet('a quote mid-sentence, then a name in apposition and a verb', 'Floods are “the harbour’s quiet emergency” and “keep the ferries idle for weeks,” Dana Osei, the county doctor, proclaimed on Tuesday.', [
  '“the harbour’s quiet emergency” <- Dana Osei (named) by cue',
  '“keep the ferries idle for weeks,” <- Dana Osei (named) by cue'
])
quiet('a quote mid-sentence, then a verb in the past and a titled name', 'Then came the change of all: “It is about time we had a harbour that works,” exhorted the mayor’s introducer, actress Lena Marsh.', [
  '“It is about time we had a harbour that works,” <- Lena Marsh (named) by cue'
])
fires('a clause after a quote that opens with another subject', 'The hall rang with “a giveaway to the developers,” and Mayor Ruiz left early.', ['1:20-1:34 unnamed-speaker'])
quiet('a short sentence with only a speaker and a verb after a question', 'Ruiz spoke about a story in which council aides said the mayor could keep the chief. “That is like a bribe, is it not?” Ruiz asked. “I think it is a bribe.”', [
  '“That is like a bribe, is it not?” <- Ruiz (named) by adjacent-sentence',
  '“I think it is a bribe.” <- Ruiz (named) by inherited'
])
fires('a sentence after the quote that reports something else does not take it', 'A council aide said the county had run out of money. “We will not reopen the bridge this year.” Lee said the plan was bad.', ['1:54-1:66 unnamed-speaker'])

// A subject apart from its verb: after a string too short to be a quote, and before "later said".
quiet('a name after a short quoted string and before a description', '“We lost,” Dana Ruiz, a spokeswoman for Ortiz, said in an interview Sunday. “The ledger shows the motion heads to a ballot.”', [
  '“The ledger shows the motion heads to a ballot.” <- Dana Ruiz (named) by adjacent-sentence'
])
fires('a description after a short quoted string stays anonymous', '“We lost,” a spokeswoman for Ortiz said in an interview Sunday. “The ledger shows the motion heads to a ballot.”', ['1:65-1:82 unnamed-speaker'])
quiet('"later said" is a verb after its adverb', 'Ruiz later said her comments were twisted and that she was “for keeping the pier open for the whole town.”', [
  '“for keeping the pier open for the whole town.” <- Ruiz (named) by cue'
])
fires('"later reports" is a noun after its adjective', 'Ruiz spoke first. The later reports were “closed to the public for the whole summer.”', ['1:42-1:56 unnamed-speaker'])

// "by saying": the subject of the clause speaks, and its quote in the next sentence is theirs.
quiet('"by saying" gives the clause subject a cue', 'Ruiz distanced herself from the plan by saying she would back the board if asked. “I am going to support them, with my whole heart.”', [
  '“I am going to support them, with my whole heart.” <- Ruiz (named) by adjacent-sentence'
])
fires('"by saying" after an anonymous subject', 'A council aide distanced himself by saying he would back the board. “I am going to support them, with my whole heart.”', ['1:69-1:80 unnamed-speaker'])
fires('"by moving" is no speech', 'Crews cleared the pier by moving boats away. “The boats go to the far side of the harbour.”', ['1:46-1:59 unnamed-speaker'])

// Sources as clean noun phrases: a time after its preposition that opens the sentence ("In
// December,") is no name before a description; a dateline ("DOVER, May 8 (Wire) —") is no subject;
// capitalised words after a preposition before a colon ("in Italian:") are a language or a place.
fires('"In December, the harbor master" is the description, not a name', 'In December, the harbor master called for Ruiz to resign, calling him "an embarrassment to the port and to every crew on it."', ['1:71-1:91 unnamed-speaker'])
quiet('"In December, Mayor Dana Ruiz"', 'In December, Mayor Dana Ruiz called for Lee to resign, calling him "an embarrassment to the port and to every crew on it."', [
  '"an embarrassment to the port and to every crew on it." <- Mayor Dana Ruiz (named) by cue'
])
quiet('a dateline before the subject of ", saying"', 'DOVER, May 8 (Wire) — In response to the ferry plan, Mayor Dana Ruiz rallied supporters, saying: “Keep your boots by the door for the march.”', [
  '“Keep your boots by the door for the march.” <- Mayor Dana Ruiz (named) by cue'
])
fires('a dateline before an anonymous subject of ", saying"', 'DOVER, May 8 (Wire) — In response to the ferry plan, a council aide rallied supporters, saying: “Keep your boots by the door for the march.”', ['1:97-1:113 unnamed-speaker'])
fires('"in Italian:" is a language, not a speaker', 'A council aide ended her speech by quoting a poet in Italian: "Every obstacle yields to stern resolve, always."', ['1:63-1:85 unnamed-speaker'])
quiet('"ended her speech in Italian:" after a name', 'Mayor Dana Ruiz ended her speech in Italian: "Every obstacle yields to stern resolve, always."', [
  '"Every obstacle yields to stern resolve, always." <- Mayor Dana Ruiz (named) by cue'
])
quiet('"More from Price:" still names the speaker', 'The hearing went on. More from Price: "Every obstacle yields to stern resolve, always."', [
  '"Every obstacle yields to stern resolve, always." <- Price (named) by cue'
])
// A reporting verb's form right after a quote with a verb after it is a noun ("“reckless” comments do not").
quiet('"“reckless” comments do not" is a noun and its verb', 'The mayor stated that the harbor master’s “reckless” comments do not “match the woman I sat beside on the board.”', [
  '“match the woman I sat beside on the board.” <- The mayor (named) by cue'
])

// "the secretary" is an office one person holds, as "the mayor" is: a speaker for any verb that
// carries a quote. "a secretary" is anyone.
quiet('"the former secretary of state fondly talked about"', 'Reusing her stock lines, the former secretary of state fondly talked about finishing the “repairs we began under Mayor Ruiz” this year.', [
  '“repairs we began under Mayor Ruiz” <- the former secretary of state (named) by cue'
])
quiet('"at which the secretary of state said"', 'The clip came from a rally in Dover, at which the secretary of state said the crews were "owed a harbour that floods less" that night.', [
  '"owed a harbour that floods less" <- the secretary of state (named) by cue'
])
fires('"a secretary said" is anyone', 'The clip came from a rally in Dover, at which a secretary said the crews were "owed a harbour that floods less" that night.', ['1:79-1:94 unnamed-speaker'])

// Each quote of a sentence with no verb of speech has the nearest verb before it, in its clause:
// "Holding signs calling the mayor “...,” the protesters chanted “...”". A participle that opens
// the sentence is no name, and after the first quote only a verb in the past counts ("Nordic
// visitors" has a noun in -s).
fires('"Holding signs calling “...,” the protesters chanted “...”"', 'Holding signs calling the mayor “the harbor’s biggest loser,” the protesters chanted “Ruiz: bad for the port, bad for you.”', ['1:33-1:54 unnamed-speaker', '1:86-1:100 unnamed-speaker'])
quiet('a name before the verb of the second quote', 'Holding signs calling the mayor “the harbor’s biggest loser,” Dana Ruiz and Ann Lee chanted “Ruiz: bad for the port, bad for you.”', [
  '“the harbor’s biggest loser,” <- Dana Ruiz and Ann Lee (named, plural) by cue',
  '“Ruiz: bad for the port, bad for you.” <- Dana Ruiz and Ann Lee (named, plural) by cue'
])
quiet('a noun in -s after a capitalised adjective carries no quote', 'Ruiz thundered in July that farm workers "cannot come into this town" but Nordic visitors "can come in so very easily."', [
  '"cannot come into this town" <- Ruiz (named) by cue',
  '"can come in so very easily." <- Ruiz (named) by cue'
])
// "in Borjas’ words": a plural possessive whose apostrophe stands apart from its word.
quiet('"in Borjas’ words"', 'The summit was held in Dover because, in Borjas’ words, “these towns mend their own nets and sell the surplus.”', [
  '“these towns mend their own nets and sell the surplus.” <- Borjas (named) by cue'
])
fires('"in the critics’ words" is a vague crowd', 'The summit was held in Dover because, in the critics’ words, “these towns mend their own nets and sell the surplus.”', ['1:62-1:79 unnamed-speaker'])
// "whispered to her: “...”": whom the words were said to, then a colon or a comma and the quote.
quiet('"whispered to her:" after a named speaker', 'As the crowd cheered, Ruiz’s husband whispered to her: "They are still with you, all of them."', [
  '"They are still with you, all of them." <- Ruiz’s husband (named) by cue'
])
fires('"whispered to her:" after an anonymous speaker', 'As the crowd cheered, a council aide whispered to her: "They are still with you, all of them."', ['1:56-1:71 unnamed-speaker'])

// Verbs of a manner of speaking, when speech follows: "related that", "continues that", "yelled".
// "further" before a past tense is an adverb, so "The Christian leader further related that" has
// its subject; a quote in the next sentence is theirs.
quiet('"further related that", then the quote', 'Mayor Dana Ruiz further related that it had occurred to her on Monday. “I sensed the harbor tell me to look at the old charts.”', [
  '“I sensed the harbor tell me to look at the old charts.” <- Mayor Dana Ruiz (named) by adjacent-sentence'
])
fires('"The harbor leader further related that" is an unnamed speaker', 'The harbor leader further related that it had occurred to him on Monday. “I sensed the harbor tell me to look at the old charts.”', ['1:74-1:87 unnamed-speaker'])
fires('"The narrator continues that"', 'The narrator continues that, in “the harbor town of the future, working families get tax relief.”', ['1:33-1:49 unnamed-speaker'])
cues('"further related reports" is a noun', 'The board heard further related reports on Monday.', [])
cues('"continues to lead" is no speech', 'The candidate continues to lead the field.', [])
// "the 38-year-old" is a person: a description that refers back to the person last named.
quiet('"the 38-year-old asked" after a name', 'Dana Ruiz posted a video on Monday. “What if the harbour ran a night ferry?” the 38-year-old asked under the clip.', [
  '“What if the harbour ran a night ferry?” <- the 38-year-old (named) = Dana Ruiz by cue'
])
fires('"the 38-year-old asked" with nobody named', '“What if the harbour ran a night ferry?” the 38-year-old asked under the clip.', ['1:1-1:13 unnamed-speaker'])
// "The senator's answer was that “...”": whose words they were is the owner of the answer.
quiet('"Ruiz’s answer was that “...”"', 'Ruiz’s answer was that “the oldest thing this town owns is its seawall,” so the board should act.', [
  '“the oldest thing this town owns is its seawall,” <- Ruiz (named) by cue'
])
fires('"a council aide’s answer was that"', 'A council aide’s answer was that “the oldest thing this town owns is its seawall,” so the board should act.', ['1:34-1:51 unnamed-speaker'])
cues('"his answer was wrong" says no one\'s words', 'His answer was wrong on every count.', [])
// Other newsrooms write the same with a comma, or one word and a colon; a colon with no quote after it ties nothing.
quiet('"Ruiz’s answer was, “...”"', 'Ruiz’s answer was, “The oldest thing this town owns is its seawall.”', [
  '“The oldest thing this town owns is its seawall.” <- Ruiz (named) by cue'
])
quiet('"Ruiz’s reply was blunt: “...”"', 'Ruiz’s reply was blunt: "The oldest thing this town owns is its seawall."', [
  '"The oldest thing this town owns is its seawall." <- Ruiz (named) by cue'
])
cues('"his answer was wrong:" with no quote says no one\'s words', 'His answer was wrong: the harbor had already closed.', [])
// A verb right after a quote and its subject reports the quote, whatever follows ("assured Lee,
// after ..."); a reporting verb's form after a quote with "to" after it is no inverted verb.
quiet('"“...,” Ruiz assured Lee, after Lee assured Ruiz that"', '"Your reputation is amazing," Ruiz assured Lee, after Lee assured Ruiz that his listeners backed her. "I will not let you down."', [
  '"Your reputation is amazing," <- Ruiz (named) by cue',
  '"I will not let you down." <- Ruiz (named) by inherited'
])
fires('"labeled “...” continues to lead" names no one', 'The candidate labeled “a skipper who has steered through worse squalls” continues to lead the field.', ['1:23-1:37 unnamed-speaker'])

// "said" and "told" are never nouns, even after a verb's form ("familiar with Ruiz’s thinking said").
fires('"Another source familiar with Ruiz’s thinking said"', 'Another source familiar with Ruiz’s thinking said, “I think she will certainly try to be more friendly.”', ['1:52-1:64 unnamed-speaker'])
quiet('"a friend familiar with Ruiz’s thinking, Dana Lee, said"', 'Dana Lee, a friend familiar with Ruiz’s thinking said, “I think she will certainly try to be more friendly.”', [
  '“I think she will certainly try to be more friendly.” <- Dana Lee (named) by cue'
])
// A modal before a verb of speech is speech yet to happen, unless the words follow: "could only quip: “...”".
quiet('"could only quip:" and the words', 'Mayor Ruiz could only quip: "I guess the pier was booked for the night."', [
  '"I guess the pier was booked for the night." <- Mayor Ruiz (named) by cue'
])
fires('"could only quip:" after an anonymous speaker', 'A council aide could only quip: "I guess the pier was booked for the night."', ['1:33-1:45 unnamed-speaker'])
cues('"will announce" with no words after it is still no cue', 'The board will announce the winner on Friday.', [])
// A longer subject between a quote and its verb: "a council staffer in the room wondered".
fires('"“...?” a council staffer in the room wondered"', '"Will she be the next harbor master?" a council staffer in the room wondered.', ['1:1-1:13 unnamed-speaker'])
quiet('"“...?” Mayor Dana Ruiz of the port board wondered"', '"Will she be the next harbor master?" Mayor Dana Ruiz of the port board wondered.', [
  '"Will she be the next harbor master?" <- Mayor Dana Ruiz of the port board (named) by adjacent-sentence'
])

// A participle after a quoted string whose comma stands inside its marks ("“harbor values,”
// saying ...") follows its clause as after a comma, and a participle's clause is no subject
// ("saying the town embodied the “...”" is the opening subject's, not the city's).
quiet('", saying" after a short quoted string', 'Mayor Ruiz has delivered a defense of “harbor values,” saying the town embodied the “grit, salt and patience of the coast.”', [
  '“grit, salt and patience of the coast.” <- Mayor Ruiz (named) by cue'
])
fires('", saying" after a short quoted string, an anonymous subject', 'A council aide has delivered a defense of “harbor values,” saying the town embodied the “grit, salt and patience of the coast.”', ['1:89-1:104 unnamed-speaker'])
fires('a participle after a quote is no subject', '“We will win this race,” promising the union would return.', ['1:1-1:13 unnamed-speaker'])
// A verb with other senses ("calling", "shouting", "citing") after a comma speaks when a quote is
// in its clause: the subject of the verb it follows, else the sentence's opening subject.
fires('", calling ... “...”" after an anonymous subject', 'A council aide then interjected, calling the mayor’s proposed mooring rebate “a handout to yacht owners.”', ['1:78-1:91 unnamed-speaker'])
quiet('", calling ... “...”" after a name', 'Dana Ruiz then interjected, calling the mayor’s proposed mooring rebate “a handout to yacht owners.”', [
  '“a handout to yacht owners.” <- Dana Ruiz (named) by cue'
])
quiet('"when Dana Ruiz interrupted her speech, shouting “...”"', 'The first incident came during a speech in Dover, when Dana Ruiz interrupted her speech, shouting “her pier, our bill, every time!”', [
  '“her pier, our bill, every time!” <- Dana Ruiz (named) by cue'
])
fires('"when harbor protesters interrupted her speech, shouting “...”"', 'The first incident came during a speech in Dover, when harbor protesters interrupted her speech, shouting “her pier, our bill, every time!”', ['1:107-1:121 unnamed-speaker'])
cues('", citing weather" with no quote is no cue', 'The company canceled the show, citing weather.', [])

// Clean subjects: "Hours later," opens the sentence as a time; "in Dover, Delaware," is one place
// between the subject's commas ("The mayor of Dover, Dana Ruiz, said" keeps the name); "wrote to
// his 20,000 followers, “...”" names whom the words went to, a number's comma inside.
quiet('"Hours later," is no subject of ", telling"', 'Hours later, Ruiz returned the compliment to Lee, telling the Ledger, “Dana and I crewed the same dinghy as kids.”', [
  '“Dana and I crewed the same dinghy as kids.” <- Ruiz (named) by cue'
])
fires('"Hours later," before an anonymous subject', 'Hours later, a council aide returned the compliment, telling the Ledger, “Dana and I crewed the same dinghy as kids.”', ['1:74-1:85 unnamed-speaker'])
quiet('"in Dover, Delaware," between the subject\'s commas', 'Ruiz, during a town hall meeting in Dover, Delaware, said she was "going to sink half the ferry crews in this county."', [
  '"going to sink half the ferry crews in this county." <- Ruiz (named) by cue'
])
fires('"in Dover, Delaware," after an anonymous subject', 'A council aide, during a town hall meeting in Dover, Delaware, said she was "going to sink half the ferry crews in this county."', ['1:77-1:91 unnamed-speaker'])
quiet('"The mayor of Dover, Dana Ruiz, said" keeps the name', 'The mayor of Dover, Dana Ruiz, said the pier "will open by the summer, whatever happens."', [
  '"will open by the summer, whatever happens." <- Dana Ruiz (named) by cue'
])
quiet('"wrote to his 20,000 followers, “...”"', 'Ruiz wrote to his 20,000 newsletter followers, “Her seat on the harbour board goes next spring,” and shared a link.', [
  '“Her seat on the harbour board goes next spring,” <- Ruiz (named) by cue'
])
fires('"wrote to his 20,000 followers," after an anonymous writer', 'A council aide wrote to his 20,000 newsletter followers, “Her seat on the harbour board goes next spring,” and shared a link.', ['1:58-1:70 unnamed-speaker'])
