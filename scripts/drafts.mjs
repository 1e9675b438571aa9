// News drafts for the benchmarks, generated from a seed: the same seed gives the same draft on
// every machine, and different seeds give drafts that share no paragraph (so no memo is reused).

/** A small seeded generator (xorshift32): the same seed gives the same drafts on every machine. */
export function generator(seed) {
  let state = seed >>> 0 || 1
  const next = () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 2 ** 32
  }
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)],
    int: (low, high) => low + Math.floor(next() * (high - low + 1))
  }
}

const people = ['Maria Okafor', 'Daniel Reyes', 'Priya Natarajan', 'Tomás Lindqvist', 'Hannah Brodsky', 'Kwame Mensah', 'Elena Petrova', 'Samuel Ortiz']
const roles = ['mayor', 'finance director', 'union secretary', 'harbour master', 'council leader', 'chief executive', 'planning officer']
const bodies = ['the city council', 'the port authority', 'the transport union', 'the regional health board', 'the water company', 'the county treasury']
const Bodies = bodies.map((body) => body[0].toUpperCase() + body.slice(1))
const things = ['library budget', 'bridge repairs', 'night bus service', 'harbour dredging', 'school meals contract', 'flood defences', 'housing scheme']
const verbs = ['cut', 'delay', 'expand', 'review', 'cancel', 'fund', 'renegotiate']
const months = ['January', 'March', 'May', 'July', 'September', 'November']
const crowds = ['Critics', 'Some residents', 'Observers', 'Many experts']
const loaded = ['claimed', 'admitted', 'insisted', 'conceded']
const markers = ['plans to', 'is expected to', 'is likely to', 'is set to', 'intends to']
const reasons = ['because they were not authorised to discuss the talks', 'because the negotiations are private']

export function draft(targetWords, seed) {
  const random = generator(seed)
  const {pick, int} = random
  const paragraphs = [`# ${pick(Bodies)} weighs the ${pick(things)}`]
  const definitions = []
  let words = paragraphs[0].split(/\s+/).length
  let footnote = 0
  let section = 0

  const sentence = () => {
    const person = pick(people)
    const body = pick(bodies)
    const thing = pick(things)
    switch (int(0, 11)) {
      case 0:
        return `${person}, the ${pick(roles)}, said ${body} would ${pick(verbs)} the ${thing} by ${pick(months)}.`
      case 1: {
        footnote++
        // One note in forty is left without a definition, as drafts in progress are.
        if (footnote % 40 !== 0) {
          const definition = `[^${footnote}]: ${pick(Bodies)} annual accounts, ${int(2015, 2024)}, page ${int(2, 180)}.`
          definitions.push(definition)
          words += definition.split(/\s+/).length
        }
        return `${pick(Bodies)} spent $${int(2, 90)}.${int(1, 9)} million on the ${thing} last year.[^${footnote}]`
      }
      case 2:
        return `“We will ${pick(verbs)} the ${thing} before ${pick(months)}, and we will say so in public,” said ${person}.`
      case 3:
        return `${pick(Bodies)} ${pick(markers)} ${pick(verbs)} the ${thing} next year.`
      case 4:
        return `${pick(crowds)} say the ${thing} will cost far more than planned.`
      case 5:
        return `A senior official, who asked not to be named ${pick(reasons)}, said the ${thing} was in doubt.`
      case 6:
        return `${person} ${pick(loaded)} that the figures for the ${thing} were out of date.`
      case 7:
        return `About ${int(12, 950)} households rely on the ${thing}, according to ${body}. {>>source: ${pick(Bodies)} statement, ${int(1, 28)} ${pick(months)}<<}`
      case 8:
        return `The ${thing} has been discussed at ${int(3, 14)} meetings since ${pick(months)}, the minutes show.`
      case 9:
        return `“It is not finished,” a spokesperson said.`
      case 10:
        return `The ${pick(roles)} told reporters the ${thing} would be decided in ${pick(months)}.`
      default:
        return `Residents gathered outside the town hall on ${pick(['Monday', 'Tuesday', 'Thursday'])} evening as the vote on the ${thing} began.`
    }
  }

  while (words < targetWords) {
    if (int(0, 9) === 0) {
      section++
      paragraphs.push(`## Part ${section}: the ${pick(things)}`)
    }
    const paragraph = Array.from({length: int(2, 5)}, sentence).join(' ')
    paragraphs.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return [...paragraphs, ...definitions].join('\n\n') + '\n'
}

/**
 * A draft as dense with findings as political copy: a quotation in every paragraph, bulleted lists
 * of claims and quotes, anonymous and vague sources, loaded verbs and figures with and without
 * notes (about 450 findings at 10,000 words, against about 275 in `draft`). Issue 14 asks the
 * speed targets to hold on copy like this, not only on `draft`'s.
 */
export function denseDraft(targetWords, seed) {
  const random = generator(seed)
  const {pick, int} = random
  const paragraphs = [`# ${pick(Bodies)} and the ${pick(things)}: what was said`]
  const definitions = []
  let words = paragraphs[0].split(/\s+/).length
  let footnote = 0

  const quote = () => {
    const person = pick(people)
    const thing = pick(things)
    switch (int(0, 6)) {
      case 0:
        return `“We will ${pick(verbs)} the ${thing} before ${pick(months)}, whatever the board decides,” ${person} said.`
      case 1:
        return `“The ${thing} is a disgrace and everyone knows it,” one council member said.`
      case 2:
        return `“Nobody asked us about the ${thing},” said a resident.`
      case 3:
        return `${person}, the ${pick(roles)}, ${pick(loaded)} that “the ${thing} was always going to run late.”`
      case 4:
        return `“It will cost the county ${int(2, 40)} million dollars,” ${pick(crowds).toLowerCase()} warned.`
      case 5:
        return `“We were not told about the ${thing} at all, not once,” a senior official said, speaking on condition of anonymity.`
      default:
        return `${pick(Bodies)} said in a statement that “the ${thing} remains on schedule.”`
    }
  }
  const claim = () => {
    const thing = pick(things)
    switch (int(0, 5)) {
      case 0:
        return `${pick(Bodies)} ${pick(markers)} ${pick(verbs)} the ${thing} next year.`
      case 1:
        return `${pick(crowds)} say the ${thing} will cost far more than planned.`
      case 2: {
        footnote++
        if (footnote % 25 !== 0) {
          const definition = `[^${footnote}]: ${pick(Bodies)} budget papers, ${int(2015, 2024)}, page ${int(2, 180)}.`
          definitions.push(definition)
          words += definition.split(/\s+/).length
        }
        return `Spending on the ${thing} rose ${int(3, 60)} percent in ${int(2016, 2024)}.[^${footnote}]`
      }
      case 3:
        return `About ${int(12, 950)} families depend on the ${thing}.`
      case 4:
        return `Sources close to the talks said the ${thing} would be ${pick(verbs)}ed.`
      default:
        return `${pick(people)} ${pick(loaded)} the ${thing} was never funded.`
    }
  }

  while (words < targetWords) {
    let paragraph
    if (int(0, 5) === 0) {
      paragraph = [`${pick(Bodies)} listed its reasons:`, '', ...Array.from({length: int(3, 5)}, () => `- ${int(0, 1) ? quote() : claim()}`)].join('\n')
    } else {
      const sentences = [quote(), ...Array.from({length: int(1, 3)}, claim)]
      for (let index = sentences.length - 1; index > 0; index--) {
        const other = int(0, index)
        ;[sentences[index], sentences[other]] = [sentences[other], sentences[index]]
      }
      paragraph = sentences.join(' ')
    }
    if (int(0, 11) === 0) paragraphs.push(`## ${pick(Bodies)} on the ${pick(things)}`)
    paragraphs.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return [...paragraphs, ...definitions].join('\n\n') + '\n'
}
