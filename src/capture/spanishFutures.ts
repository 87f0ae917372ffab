/**
 * Spanish dates that a schedule sets: "convocó a una asamblea para el sábado 21 de junio",
 * "anunciaron una marcha para el próximo viernes", "la entrega estaba pactada para abril", "citó a
 * Moncada a un debate el próximo jueves". After a verb of setting a date or the noun of a
 * gathering, "para" names the day the event is set for, not a deadline ("estará listo para junio"
 * keeps "para" as "by"), and the event lies ahead of the telling.
 */

/** Verbs of setting a date, in any form ("convocó", "ha convocado", "pactada", "fijaba", "reservado"). */
const SETTING =
  'convoc\\p{L}*|cit(?:ó|a|an|aron|ado|ada|ados|adas)|pact\\p{L}*|fij\\p{L}*|reserv\\p{L}*|agend\\p{L}*|programad\\p{L}*|programó|previst\\p{L}*|calendariz\\p{L}*|señalad[oa]s?';

/** Nouns of a gathering or a trip that one sets for a day. */
const GATHERING =
  'asambleas?|sesión|sesiones|reuni(?:ón|ones)|audiencias?|debates?|marchas?|movilizaci(?:ón|ones)|concentraci(?:ón|ones)|protestas?|manifestaci(?:ón|ones)|huelgas?|paros?|mediaci(?:ón|ones)|votaci(?:ón|ones)|vuelos?|citas?|juicios?|cumbres?|mesas?\\s+técnicas?|mesas?\\s+de\\s+diálogo|foros?|simulacros?|plantones?|caravanas?|mítines?|mitin|comparecencias?';

/** Words that make "para" a deadline after all: "plazo para", "listo para", "llegar a … para". */
const DEADLINE_WORDS =
  /(?:^|[^\p{L}])(?:plazos?|list[oa]s?|terminad[oa]s?|concluid[oa]s?|completad[oa]s?|tiempo|llegar|alcanzar)(?![\p{L}])/iu;

/** "fijó un plazo para el 30 de noviembre", "le dio plazo hasta el viernes": a deadline given lies ahead of its giving. */
const DEADLINE_GIVEN =
  /(?:^|[^\p{L}])plazos?\s+(?:[^\s.;:!?]+\s+){0,4}?(?:(?:para|hasta)\s+(?:el\s+|la\s+|los\s+)?)?$/iu;

const SET_FOR = new RegExp(
  `(?:^|[^\\p{L}])(?:${SETTING}|${GATHERING})(?![\\p{L}])(?:\\s+[^\\s.;:!?]+){0,8}?\\s+para\\s+(?:el\\s+|la\\s+|los\\s+)?$`,
  'iu',
);
const CALLED_TO = new RegExp(
  `(?:^|[^\\p{L}])(?:convoc\\p{L}*|cit(?:ó|a|an|aron|ado|ada|ados|adas))(?:\\s+[^\\s.;:!?]+){0,8}?\\s+a\\s+(?:una?\\s+|la\\s+|el\\s+)?(?:${GATHERING})(?![\\p{L}])(?:\\s+[^\\s.;:!?]+){0,5}?\\s+$`,
  'iu',
);

/**
 * Whether the text before a date phrase sets the date of a scheduled event: "para" after a verb of
 * setting or the noun of a gathering, or a gathering called to ("convocó a una mesa técnica el
 * miércoles 18"). `before` ends right before the phrase.
 */
export function setForDate(before: string): boolean {
  const tail = before.slice(-160);
  const forMatch = SET_FOR.exec(tail);
  if (forMatch && !DEADLINE_WORDS.test(forMatch[0])) return true;
  return CALLED_TO.test(tail);
}

/**
 * "la empresa prometía regularizar la situación antes de fin de año", "se comprometió a presentar un
 * plan antes de fin de año", "pensaba terminar en agosto": the date after a past verb of promise, order
 * or intent and its infinitive belongs to the infinitive's event, ahead of the telling.
 */
const PROMISED_TO = new RegExp(
  `(?:^|[^\\p{L}])(?:prometi(?:ó|eron)|prometía(?:n)?|(?:se\\s+)?comprometi(?:ó|eron)\\s+a|se\\s+comprometía(?:n)?\\s+a|orden(?:ó|aron)|exigi(?:ó|eron)|acord(?:ó|aron)|decidi(?:ó|eron)|planeaba(?:n)?|pensaba(?:n)?|esperaba(?:n)?|se\\s+propus(?:o|ieron)|pidi(?:ó|eron))(?:\\s+(?!que(?![\\p{L}]))[^\\s.;:!?]+){0,3}?\\s+\\p{Ll}{2,}(?:ar|er|ir)(?:l[oa]s?|les?|se)?(?:\\s+[^\\s.;:!?]+){0,8}?\\s+["“«]?$`,
  'u',
);

/** Whether the text before a date phrase is a past promise's infinitive ("prometía regularizar la situación"). */
export function promisedInPast(before: string): boolean {
  return PROMISED_TO.test(before.slice(-160));
}

/** Whether the text before a date phrase gives a deadline ("fijó un plazo para", "le dio plazo hasta"). */
export function deadlineGiven(before: string): boolean {
  return DEADLINE_GIVEN.test(before.slice(-160));
}
