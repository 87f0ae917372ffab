import { dueBeforeDate } from './dueDates.ts';
import { scheduleToldAsPast } from './pastSchedules.ts';
import { withoutQuotedStatements } from './quotedBefore.ts';
import { deadlineGiven, promisedInPast, setForDate } from './spanishFutures.ts';
import type { Lang } from './lexicon.ts';

/**
 * Whether a clause tells its event as past, as future, in the present, as the future seen from a
 * past telling ("would report": not before the reference time), or does not say (a modal:
 * "could", "may"): a past event is never after the publication date; a future one — or one told
 * in the present with a date, as schedules are ("Parliament returns on 16 October") — never before it.
 */
export type Tense = 'past' | 'future' | 'present' | 'open' | 'future-in-past';

const EN_FUTURE =
  /(?:^|[^\p{L}])(?:will|won['’]t|shall|['’]ll|(?:is|are|am|(?<=\p{L}['’])(?:m|re))\s+(?:(?:due|expected|scheduled|set|slated|planned|going)\s+)?to|(?:is|are)\s+(?:due|expected|scheduled|set|slated|(?:listed|fixed)\s+for)|(?:has|have)\s+been\s+(?:listed|fixed)\s+for|(?<!(?:a|an|the|its|his|her|their|our|your|my)\s+)plans?\s+to|intends?\s+to|aims?\s+to)(?![\p{L}])/iu;
/**
 * "was due to begin in September", "were expected to vote on Friday", "was to sail on 3 May", "wanted the meeting
 * held in March": a plan told in the past, a past auxiliary before the plan's infinitive or "wanted" before what is
 * wanted, is ahead of that telling, not of the publication.
 */
const EN_PLANNED_THEN =
  /(?:^|[^\p{L}])(?:(?:was|were)\s+(?:(?:due|expected|scheduled|set|slated|planned|going)\s+)?to|wanted)(?![\p{L}])/iu;
/** "would report", "we'd like", "informaría": the future seen from a past telling. */
const EN_WOULD =
  /(?:^|[^\p{L}])(?:would|\p{L}+['’]d(?=\s+(?:like|love|prefer|want|hope|rather)(?![\p{L}])))(?![\p{L}])/iu;
/** A conditional verb, not a noun such as "la secretaría" or "la minería" (no article before it). */
const ES_WOULD =
  /(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:[Ll]as?|[Uu]na|[Ss]us?|[Ee]sta|[Ee]sa|[Nn]uestra|[Cc]ada)\s)\p{Ll}{3,24}(?:aría|ería|iría|arían|erían|irían)(?![\p{L}])/u;
/** A modal verb; "may" only in small letters, as "in May" is the month. */
const EN_OPEN = /(?:^|[^\p{L}])(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Ss]hould|[Mm]ust)(?![\p{L}])/u;
const EN_MODAL = /(?:^|[^\p{L}])(?:[Cc]ould|may|[Mm]ight|[Ss]hould|[Mm]ust)(?![\p{L}])/u;
/**
 * A verb told as past; a word in -ed after an article, a possessive or "as" is an adjective ("a corrected
 * grade", "as designated civil judge"), which tells no time.
 */
const EN_PAST =
  /(?:^|[^\p{L}])(?:(?:has|have|had)\s+(?:(?:not|never|already|also|just|since|now)\s+)?(?!until|till)\p{L}{3,}|(?<!(?:^|[^\p{L}])(?:a|an|the|its|his|her|their|our|your|my|as|every|each|no|any)\s+)\p{L}{2,}ed|was|were|had|did|said|told|sent|went|took|met|made|came|began|found|left|became|held|paid|won|lost|wrote|gave|saw|knew|got|ran|led|spoke|rose|fell|brought|bought|sold|kept|thought|chose|built|struck|shut|hit|cut|quit|began|drove|flew|fought|grew|heard|meant|read|sat|stood|threw|understood|withdrew|arrived|died|forecast|broadcast|cost|put|spread|split|bid|sank|broke|stole|fled|froze|rang|shook|woke|tore|hid|spent|lent|dealt|fed|lit|sought|caught|taught|bound|dug|hung|swung|stuck|spun|forgave|forgot|overtook|undertook|oversaw|sued|swore|slid)(?![\p{L}])/iu;
/**
 * "to warn passengers", "to be completed", and up to `words` words of the infinitive's own that neither
 * open a clause of their own ("the grant it received") nor are a past participle ("the grant awarded");
 * "that" after a preposition is a pronoun ("to offset about half of that").
 */
const infinitive = (words: number): string =>
  `to\\s+(?:be\\s+)?\\p{L}+(?:\\s+(?!(?:who|which|(?<!(?:of|for|with|from|than)\\s+)that|it|he|she|they|we|when|after|since)(?![\\p{L}])|\\p{L}+ed(?![\\p{L}]))[\\p{L}\\d$£€.'’]+){0,${words}}\\s+`;
/** An infinitive with up to eight words of its own. */
const INFINITIVE = infinitive(8);
/**
 * "were told to warn passengers by Friday", "said it expected to reach a decision by March": the date
 * after a verb of instruction, promise or expectation and its infinitive belongs to the infinitive's
 * event, which is ahead of the telling.
 */
const EN_TO_FUTURE = new RegExp(
  `(?:^|[^\\p{L}])(?:told|asked|ordered|urged|instructed|required|summoned|invited|expected|agreed|promised|pledged|vowed|planned|intended|hoped|aimed|decided|undertook|given\\s+until)\\s+(?:[\\p{L}'’]+\\s+){0,3}?${INFINITIVE}$`,
  'iu',
);
/** "a decision was expected in the second quarter", "the parts were due by March": ahead of that telling. */
const EN_EXPECTED_THEN =
  /(?:^|[^\p{L}])(?:was|were)\s+(?:(?:not|also|still|originally|initially|first)\s+)?(?:due|expected|scheduled|slated|planned)\s+(?:(?:in|on|at|by|for|before|around|during|until|till)\s+)?(?:the\s+)?$/iu;
/**
 * "the network expects its system to be restored in November", "officials hope to reopen it by June": the same,
 * told now, so ahead of the publication ("the plan to close", "their hopes to": nouns, no telling).
 */
const EN_TO_FUTURE_NOW =
  /(?:^|[^\p{L}])(?<!(?:a|an|the|its|his|her|their|our|your|my)\s+)(?:expects?|asks?|orders?|urges?|wants?|hopes?|promises?|pledges?|vows?|plans?|intends?|aims?|needs?)\s+(?:[\p{L}'’]+\s+){0,3}?to\s+\p{L}+(?:\s+[\p{L}'’]+){0,6}\s+$/iu;
/**
 * The same verb told now with a longer infinitive, as far as its own words reach ({@link INFINITIVE}, up to
 * sixteen words, numbers and places among them): "expects to accept its first vessel at the full 10.5 m
 * draught in the third quarter", "expects to put acid back on the heaps at its Okombahe uranium mine in
 * Namibia's Erongo Region by the end of June".
 */
const EN_TO_FUTURE_NOW_LONG = new RegExp(
  `(?:^|[^\\p{L}])(?<!(?:a|an|the|its|his|her|their|our|your|my)\\s+)(?:expects?|asks?|orders?|urges?|wants?|hopes?|promises?|pledges?|vows?|plans?|intends?|aims?|needs?)\\s+(?:[\\p{L}'’]+\\s+){0,3}?${infinitive(16)}$`,
  'iu',
);
/**
 * A character of the same clause: not ";", and "." only as an abbreviation's, before a word or a number
 * ("its No. 3 tailings dam"), as `sentences.ts` mends its breaks.
 */
const WITHIN_SENTENCE = '(?:[^.;]|\\.(?=\\s*[\\p{L}\\d]))';
/**
 * "the foundation has asked the university to repay the grant by March", "has commissioned a review,
 * to report by the end of June", "has promised to replace every meter by the end of the year": an
 * instruction, a promise or a commission told in the present perfect stands
 * now, so its infinitive's date is ahead of the publication.
 */
const EN_TO_FUTURE_PERFECT = new RegExp(
  `(?:^|[^\\p{L}])(?:has|have)\\s+(?:(?:also|already|now|since|just)\\s+)?(?:asked|told|ordered|urged|instructed|required|directed|summoned|invited|called\\s+on|promised|pledged|vowed|agreed|undertaken|commissioned|appointed|set\\s+up|given\\s+\\S+(?:\\s+\\S+)?)\\s+(?:${WITHIN_SENTENCE}{0,120}?\\s)?${INFINITIVE}$`,
  'iu',
);
/**
 * "has been suspended until at least August 31", "ha sido suspendida hasta el 31 de agosto": a
 * state told in the present perfect still holds, so the date that ends it is not before the publication.
 */
const PERFECT_STATE = /(?:^|[^\p{L}])(?:has|have|ha|han)\s+(?:been|sido|quedado)\s+(?:\S+\s+){0,3}$/iu;
/**
 * "La Procuraduría tiene hasta el 29 de diciembre para presentar la acusación", "the council has until
 * Friday to reply", "los productores tienen tiempo hasta el 27 de marzo", "has time until": time held in
 * the present runs from now, so its end is not before the publication.
 */
const HELD_UNTIL =
  /(?:^|[^\p{L}])(?:has|have|tiene|tienen)\s+(?:(?:now|still|only|also|ahora|todavía|aún|solo|sólo|también)\s+)?(?:(?:time|tiempo|plazo)\s+)?$/iu;
/**
 * "has given the operators until Friday to withdraw", "gave the landlord until Monday to repair": a
 * time granted runs on from the granting, so its end is ahead of it (of the publication, when the
 * grant is told in the present perfect).
 */
const GRANTED =
  /(?:^|[^\p{L}])(?:(has|have)\s+(?:now\s+|also\s+)?)?(?:given|gave|granted|allowed)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
const UNTIL = /^(?:until|till|through|hasta)(?![\p{L}])/iu;
const UNTIL_TO = /^(?:until|till|to)(?![\p{L}])/iu;
/** "previstas para el segundo semestre", "fijada para el 3 de mayo": the same in Spanish. */
export const ES_SCHEDULED =
  /(?:previst|programad|fijad|agendad|convocad|planead|proyectad|calendarizad|pautad|citad)[oa]s?\s+(?:\S+\s+){0,2}?para\s+(?:el\s+|la\s+|los\s+)?$/iu;
/** "is set for May 20", "has scheduled a hearing for the fall": the date is the event's, and it is ahead. */
const EN_SCHEDULED =
  /(?:set|scheduled|slated|planned|due|fixed|booked|called|convened)\s+(?:[\p{L}'’]+\s+){0,4}for\s+$/iu;
/**
 * "The board set the vote for Sept. 18", "the court scheduled a hearing for 3 May": a verb of
 * scheduling with its object and no auxiliary before it is a past telling, so its date is ahead of
 * that telling, not of the publication.
 */
const EN_SCHEDULED_THEN =
  /(?:^|[^\p{L}'’])(?<!(?:^|[^\p{L}])(?:is|are|has|have|will|shall|to|be|been|being|would|should|must|can|could|may|might)\s+)(?:set|scheduled|slated|planned|fixed|booked|called|convened)\s+(?:[\p{L}'’-]+\s+){1,4}for\s+$/iu;

/** "adjourned the case till June 29", "postponed the vote until May": the date put off to is ahead of that telling. */
const EN_PUT_OFF =
  /(?:postponed|delayed|deferred|adjourned|pushed\s+back|put\s+off|rescheduled|moved\s+back)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

const ES_FUTURE =
  /(?:^|[^\p{L}])(?:\p{Ll}{3,}(?:ará|erá|irá|arán|erán|irán|aré|eré|iré|aremos|eremos|iremos)|será|serán|habrá|habrán|hará|harán|podrá|podrán|tendrá|tendrán|dirá|dirán|saldrá|vendrá|pondrá|querrá|sabrá|va\s+a|van\s+a|prevé|prevén|está\s+previst[oa]|están\s+previst[oa]s|próxim[oa])(?![\p{L}])/u;
/** A Spanish verb in the past, the irregular preterites with their prefixes too ("detuvo", "propuso", "redujeron"). */
const ES_PAST =
  /(?:^|[^\p{L}])(?:\p{L}{2,}(?:ó|aron|ieron|ió|aba|aban|ían)|\p{Ll}{3,}(?:ados?|adas?|idos?|idas?)|fue|fueron|había|habían|hubo|\p{L}{0,6}(?:dijo|hizo|tuvo|puso|dujo|trajo|vino|jeron)|pudo|supo|quiso|murió)(?![\p{L}])/iu;

/**
 * "Parliament returns from recess on 16 October", "la sesión es el 3 de mayo": a clause in the present
 * tells a schedule only with a verb of being or of a calendar's events (opening, meeting, running,
 * ending); "server logs show a download on 4 January" or "in December, according to the union"
 * does not say when its event stands against the publication.
 */
const EN_SCHEDULE_PRESENT =
  /(?:^|[^\p{L}])(?:is|are|(?:re)?opens|closes|meets|sits|returns|resumes|reconvenes|begins|starts|ends|runs|expires|lapses|falls|comes|goes|takes\s+place|kicks\s+off|continues|remains|stays|holds)(?![\p{L}])/iu;
const ES_SCHEDULE_PRESENT =
  /(?:^|[^\p{L}])(?:es|son|está|están|(?:re)?abre|(?:re)?abren|cierra|cierran|sesiona|sesionan|se\s+reúnen?|regresa|regresan|vuelve|vuelven|reanuda|reanudan|comienza|comienzan|empieza|empiezan|inicia|inician|arranca|arrancan|termina|terminan|concluye|vence|vencen|expira|cae|se\s+celebra|tiene\s+lugar|sigue|siguen|continúa|continúan)(?![\p{L}])/iu;

/** "que vence el", "que empieza el": a Spanish relative clause, its verb (and up to two words) before the date phrase. */
const ES_RELATIVE_BEFORE =
  /(?:^|[^\p{L}])que\s+(?:(?:se|no|ya|también)\s+)?\p{Ll}{2,}(?:a|e|an|en|ó|ió|aron|ieron|ará|erá|irá|arán|erán|irán|aba|aban|ía|ían)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** "que ya", "who on Monday": the date phrase opens a relative clause. */
const RELATIVE_OPENING = /(?:^|[^\p{L}])(?:que|quien|quienes|who|which)\s+(?:(?:ya|también|already|also)\s+)?$/iu;

/**
 * "the season that starts on 1 September", "a coach who begins work in August": a relative clause
 * whose verb comes before the date phrase tells that date in its own tense (its words up to the date).
 */
const EN_RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:that|which|who)\s+((?:(?!(?:that|which|who)\s)[\p{L}'’-]+\s+){1,4})$/iu;

/**
 * "a deal under which the city will pay", ", which employs 400 people,": a relative clause after the
 * date phrase is its own, up to the next comma; its tense is not the date's.
 */
const EN_RELATIVE_AFTER = /\s(?:(?:under|by|through|in|on|for|with|from|to)\s+)?(?:which|who|whom|whose)\s[^,;]*/giu;

/**
 * "Petrescu, who has pleaded guilty and is expected to be sentenced, gave evidence on Wednesday": a relative
 * clause set off by commas before the date phrase is an aside; its tense is not the date's.
 */
const EN_ASIDE_BEFORE = /,\s*(?:who|which)\s[^,;]*,/giu;

/** The clause without the relative clauses after its date phrase, nor the asides before it. */
function withoutRelatives(clause: string, before: string): string {
  const head = clause.slice(0, before.length).replace(EN_ASIDE_BEFORE, ',');
  return head + clause.slice(before.length).replace(EN_RELATIVE_AFTER, ' ');
}

/** "that"/"que" opening a reported statement, not "that day", "that month", "ese mismo mes". */
const REPORTED =
  /\s(?:that|que)\s(?!(?:day|week|weekend|month|year|morning|afternoon|evening|night|date|time|spring|summer|autumn|fall|winter|quarter)(?![\p{L}]))/iu;

/**
 * The clause without the statement it reports after the date phrase ("said on Monday that it will
 * appeal"): that statement's tense is its own, not the telling's.
 */
function withoutReported(clause: string, before: string): string {
  const at = clause.slice(before.length).search(REPORTED);
  return at < 0 ? clause : clause.slice(0, before.length + at);
}

/**
 * "On Wednesday, the lawyer said the group "will cooperate fully"": words quoted after a date told
 * outside quotation marks are the statement reported, whose tense is not the telling's.
 */
function withoutQuotations(clause: string, before: string): string {
  const marks = (before.match(/["“”«»]/gu) ?? []).length;
  if (marks % 2 === 1) return clause;
  const head = clause.slice(0, before.length);
  return head + clause.slice(before.length).replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/gu, ' ');
}

/**
 * "An audit ordered by the ministry in November is expected to report …", "the levy approved on 14
 * December will …", "a review begun in May is due to …": a date in a participle phrase after its noun, before the clause's own verb,
 * dates the participle's event, which is past.
 */
const EN_PARTICIPLE_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{L}{3,}ed|begun|made|taken|given|held|sent|built|paid|brought|won|done|written|drawn|bought|sold|set\s+up|struck)\s+(?:by\s+(?:the\s+)?(?:[\p{L}.'’&()-]+\s+){1,4}?)?(?:(?:in|on|at|during)\s+(?:the\s+)?)?$/iu;
const EN_MAIN_VERB_AFTER = /^[^,;]*?\s(?:is|are|was|were|will|would|has|have|had)(?![\p{L}])/iu;
/**
 * "once a new transformer, purchased in August, is installed": the same participle phrase set off by
 * commas, the clause's own verb after the closing comma.
 */
const EN_PARTICIPLE_ASIDE =
  /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+(?:\p{L}{3,}ed|begun|made|taken|given|held|sent|built|paid|brought|won|done|written|drawn|bought|sold)\s+(?:(?:in|on|at|during)\s+(?:the\s+)?)?$/iu;
const EN_VERB_AFTER_ASIDE = /^[^,;]*,\s*(?:is|are|was|were|will|would|has|have|had)(?![\p{L}])/iu;

/** "had told her in January", "had not paid since": a clause in the pluperfect, told before the reference time. */
const PLUPERFECT =
  /(?:^|[^\p{L}])had\s+(?:(?:not|never|already|also|just|first|long|since)\s+)?(?!to(?![\p{L}]))\p{L}{3,}/iu;

/** Whether the words of a clause before its date phrase are in the pluperfect. */
export function toldInPluperfect(before: string): boolean {
  return PLUPERFECT.test(before);
}

/**
 * The tense of `clause` as told around the date phrase. `before` is the clause's text up to the
 * phrase (to see "set … for").
 */
export function tenseOf(told: string, said: string, lang: Lang): Tense {
  const before = withoutQuotedStatements(said);
  const whole = before + told.slice(said.length);
  // "Herrera, que ya el miércoles había calificado …, recurrirá": a relative clause the date opens has its own tense.
  const relative = RELATIVE_OPENING.test(before) ? whole.slice(before.length).split(/[,;]/u)[0] : undefined;
  const reported = withoutQuotations(withoutReported(whole, before), before);
  const own =
    lang === 'en' && !UNTIL.test(whole.slice(before.length)) ? EN_RELATIVE_BEFORE.exec(before)?.[1] : undefined;
  const clause = relative ?? own ?? (lang === 'en' ? withoutRelatives(reported, before) : reported);
  if (UNTIL.test(whole.slice(before.length)) && (PERFECT_STATE.test(before) || HELD_UNTIL.test(before)))
    return 'present';
  if (scheduleToldAsPast(before, lang)) return 'open';
  const granted = UNTIL_TO.test(whole.slice(before.length)) ? GRANTED.exec(before) : null;
  if (granted) return granted[1] !== undefined ? 'future' : 'future-in-past';
  if (lang === 'en') {
    const after = whole.slice(before.length);
    if (dueBeforeDate(before)) return EN_PAST.test(clause) ? 'future-in-past' : 'future';
    if (EN_PARTICIPLE_BEFORE.test(before) && EN_MAIN_VERB_AFTER.test(whole.slice(before.length))) return 'past';
    if (EN_PARTICIPLE_ASIDE.test(before) && EN_VERB_AFTER_ASIDE.test(whole.slice(before.length))) return 'past';
    if (
      (EN_SCHEDULED_THEN.test(before) || (EN_PUT_OFF.test(before) && UNTIL_TO.test(after))) &&
      !EN_FUTURE.test(before)
    )
      return 'future-in-past';
    if (
      EN_SCHEDULED.test(before) ||
      EN_FUTURE.test(clause) ||
      EN_TO_FUTURE_NOW.test(before) ||
      EN_TO_FUTURE_NOW_LONG.test(before) ||
      EN_TO_FUTURE_PERFECT.test(before)
    )
      return 'future';
    if (EN_TO_FUTURE.test(before) || EN_EXPECTED_THEN.test(before) || EN_PLANNED_THEN.test(before))
      return 'future-in-past';
    // "told the jurors they would visit the ship on Monday": the date is the would-event's when "would" comes
    // before it; in "took office on Wednesday and said she would publish", the date is the telling's.
    if (EN_WOULD.test(before) && EN_WOULD.test(clause) && !EN_MODAL.test(clause)) return 'future-in-past';
    if (EN_OPEN.test(clause)) return 'open';
    return EN_PAST.test(clause) ? 'past' : EN_SCHEDULE_PRESENT.test(clause) ? 'present' : 'open';
  }
  if (ES_SCHEDULED.test(before)) return 'future';
  // "convocó a una asamblea para el sábado 21 de junio", "fijó un plazo para el 30": ahead of their telling.
  if (setForDate(before) || deadlineGiven(before)) return ES_PAST.test(before) ? 'future-in-past' : 'future';
  if (promisedInPast(before)) return 'future-in-past';
  // "un crédito que vence el 15 de diciembre": a relative clause whose verb comes before the date tells it in its own tense.
  const esOwn = ES_RELATIVE_BEFORE.exec(before)?.[0];
  if (esOwn !== undefined) {
    if (ES_FUTURE.test(esOwn)) return 'future';
    if (ES_WOULD.test(esOwn)) return 'future-in-past';
    if (ES_PAST.test(esOwn)) return 'past';
    if (ES_SCHEDULE_PRESENT.test(esOwn)) return 'present';
  }
  if (ES_FUTURE.test(clause)) return 'future';
  if (ES_WOULD.test(clause)) return 'future-in-past';
  return ES_PAST.test(clause) ? 'past' : ES_SCHEDULE_PRESENT.test(clause) ? 'present' : 'open';
}
