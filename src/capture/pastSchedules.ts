/**
 * "The first water issue had been scheduled for 5 June", "the vote was scheduled for 3 December",
 * "el anticipo, que estaba previsto para el 30 de octubre", "el desembolso, que estaba programado para la
 * primera semana de abril": a date a plan was set for, told as a state of the past (a scheduling verb in the
 * passive after "was", "were", "had been"; in Spanish after "estaba", "había sido"), was ahead of that
 * plan's making but may lie before or after the publication (the plan kept, moved or dropped): its year is
 * the nearest to the reference time, with no side of the publication ruled out.
 */
const EN_PAST_SCHEDULE =
  /(?:^|[^\p{L}])(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|also|still|provisionally|tentatively)\s+)?(?:scheduled|set|slated|planned|fixed|booked|programmed|timetabled)\s+(?:(?:to\s+(?:be\s+)?\p{L}+\s+(?:[\p{L}'’-]+\s+){0,4}?)?(?:for|on|in)\s+)(?:the\s+)?$/iu;
const ES_PAST_SCHEDULE =
  /(?:^|[^\p{L}])(?:estaba|estaban|había\s+sido|habían\s+sido|había\s+estado|habían\s+estado)\s+(?:(?:originalmente|inicialmente|también)\s+)?(?:previst|programad|fijad|agendad|planead|pautad|calendarizad)[oa]s?\s+(?:\S+\s+){0,2}?para\s+(?:el\s+|la\s+|los\s+|las\s+)?$/iu;

/** Whether the words of a clause before its date phrase set that date as a plan told as a state of the past. */
export const scheduleToldAsPast = (before: string, lang: 'en' | 'es'): boolean =>
  (lang === 'en' ? EN_PAST_SCHEDULE : ES_PAST_SCHEDULE).test(before);
