import type { QuoteMarks } from './quoteMarks.ts';
import type { ActorKind } from './actorKinds.ts';
import { IRREGULAR_PAST } from './pastVerbs.ts';
import { isDayName } from './dayNames.ts';

/**
 * What the words around a name say of it: the common noun an appositive gives it ("Valewood
 * Health, the regional clinic network"), and a role word in front that makes it a person ("los
 * diputados locales Martha Vázquez", "retired teacher Harold Mbeki").
 */

/** Common nouns news uses for a company, and later for "the company" itself. */
export const BUSINESS_NOUNS =
  'firm|company|network|chain|group|bank|lender|insurer|fund|operator|retailer|carrier|airline|maker|producer|manufacturer|contractor|developer|supplier|vendor|consultancy|distributor|brewer|conglomerate|startup|empresa|compañía|firma|constructora|aseguradora|farmacéutica|cadena|consultora|proveedora|distribuidora|minera|aerolínea|fabricante|productora|inmobiliaria|operadora|desarrolladora|financiera|televisora|refresquera|cementera|armadora';
/** Common nouns for a public body. */
export const BODY_NOUNS =
  'agency|regulator|watchdog|authority|unit|commission|ministry|department|inspectorate|dependencia|organismo|agencia|unidad|órgano|regulador|instituto|instancia|secretaría|comisión';
/** Common nouns for a group of people that is neither a company nor a public body. */
export const GROUP_NOUNS =
  'gang|collective|charity|union|association|coalition|alliance|organisation|organization|campaign|banda|colectivo|asociación|sindicato|organización|cártel|cartel';

export const NOUN_KIND: readonly [RegExp, ActorKind][] = [
  [new RegExp(`^(?:${BUSINESS_NOUNS})$`, 'u'), 'company'],
  [new RegExp(`^(?:${BODY_NOUNS})$`, 'u'), 'government-body'],
  [new RegExp(`^(?:${GROUP_NOUNS})$`, 'u'), 'group'],
];

const APPOSITIVE = new RegExp(
  `^,\\s+(?:the|a|an|its|la|el|una|un|su)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(${BUSINESS_NOUNS}|${BODY_NOUNS}|${GROUP_NOUNS})(?![\\p{L}])`,
  'iu',
);

/** Nouns for an institution, in an appositive only when it ends there ("Kestrel Athletic, the League One club from Fenwick"). */
export const INSTITUTION_NOUNS =
  'club|team|party|school|university|college|hospital|trust|charity|league|federation|cooperative|co-op|newspaper|broadcaster|utility|ranch|farm|bakery|creamery|club|equipo|partido|escuela|universidad|hospital|fundación|federación|cooperativa|periódico|diario';
const INSTITUTION_APPOSITIVE = new RegExp(
  `^,\\s+(?:the|a|an|its|la|el|una|un|su)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(${INSTITUTION_NOUNS})(?=\\s*[,.;:)]|\\s+(?:from|in|of|based|that|which|whose|with|en|de|del|que)\\s)`,
  'iu',
);

/**
 * The noun of an appositive just after a name, and the kind of actor it makes the name:
 * "Brackwater Security, the incident-response firm" → firm, a company.
 */
export function appositiveOf(text: string, end: number): { noun: string; kind: ActorKind } | null {
  const after = text.slice(end, end + 80);
  const found = APPOSITIVE.exec(after) ?? INSTITUTION_APPOSITIVE.exec(after);
  if (!found) return null;
  const noun = (found[1] as string).toLowerCase();
  const kind = NOUN_KIND.find(([re]) => re.test(noun))?.[1] ?? 'organization';
  return { noun, kind };
}

const NOUN_AFTER = new RegExp(`^\\s+(${BUSINESS_NOUNS}|${GROUP_NOUNS})(?![\\p{L}])`, 'u');

/** The kind a common noun just after a name gives it ("the Wyndham Stop Watch group", "the Harlow Bay company"). */
export function nounAfter(text: string, end: number): ActorKind | null {
  const found = NOUN_AFTER.exec(text.slice(end, end + 30));
  return found ? (NOUN_KIND.find(([re]) => re.test(found[1] as string))?.[1] ?? null) : null;
}

/**
 * Role words that introduce people, in the singular and the plural, with up to one adjective
 * between them and the name: "the deputies", "los diputados locales", "retired teacher".
 */
const PERSON_CUE =
  /(?:^|[^\p{L}])(?:diputad[oa]s?|senador(?:a|es|as)?|regidor(?:a|es|as)?|legislador(?:a|es|as)?|alcaldes?|alcaldesas?|gobernador(?:a|es|as)?|secretari[oa]s?|ministr[oa]s?|funcionari[oa]s?|titular|vocer[oa]|dirigentes?|empresari[oa]s?|abogad[oa]s?|ingenier[oa]|licenciad[oa]|doctor(?:a)?|profesor(?:a)?|maestr[oa]|señor(?:a)?|activistas?|periodistas?|concejal(?:a|es|as)?|president[ea]?|miembros?|vocal|teacher|members?|chairman|chairwoman|chairperson|lawyer|attorney|analyst|spokesman|spokeswoman|spokesperson|deputies|senators|councillors|councilors|lawmakers|legislators|executives?|founder|businessman|businesswoman|activist|nurse|farmer|pilot|officer|engineer|architect|economist|researcher|scientist|doctor|professor|reporter|journalist|resident|worker|colleague|son|daughter|wife|husband|brother|sister|mother|father)(?:\s+(?!(?:de|del|of|the|la|el|y|and|en|in|at|for|para|a)\s)\p{Ll}[\p{L}-]*)?\s+$/u;

/** Whether the words just before `start` name a person's role. */
export function hasPersonCue(text: string, start: number): boolean {
  return PERSON_CUE.test(text.slice(Math.max(0, start - 40), start));
}

/** Laws, plans, reports and competitions named like actors ("Ley de Aguas", "Sustainability Plan", "Primera División"): no actor. */
const DOCUMENT =
  /(?:^|\s)(?:Division|División|Cup|Copa|Tournament|Torneo|Championship|Campeonato|Act|Bill|Law|Code|Plan|Strategy|Programme|Program|Report|Treaty|Accord|Agreement|Directive|Regulation|Charter|Ley|Código|Reglamento|Norma|Decreto|Plan|Programa|Informe|Tratado|Acuerdo|Cuenta\s+Pública|Presupuesto)(?=\s|$)/u;
/** Legal forms written after a company's name ("…, S.A. de C.V.", "…, Inc."): part of that name. */
const LEGAL_FORM =
  /^(?:S\.?\s?A\.?(?:\s+de\s+C\.?\s?V\.?)?|S\.?\s?L\.?|S\.?\s?de\s+R\.?\s?L\.?.*|Inc\.?|Ltd\.?|LLC|LLP|PLC|plc|Corp\.?|GmbH|AG|NV|BV)$/u;

/** Acronyms of taxes, fuels, times, records and kinds of body, and Roman numerals: never one actor's name. */
const COMMON_ACRONYM =
  /^(?:VAT|GST|PAYE|IVA|ISR|LPG|LNG|CNG|GLP|GNL|LED|GMT|UTC|BST|FIR|GDP|PIB|CCTV|DNA|ADN|PCR|ATM|SUV|PDF|NGO|ONG|(?=[IVXL]{2,}$)X{0,3}(?:IX|IV|V?I{0,3}))$/u;
/** Prizes, storms, games and fairs, which are awarded, strike or are held, and take no part as actors. */
const PRIZE_OR_HAPPENING =
  /(?:^|\s)(?:Prize|Award|Premio)(?=\s|$)|^(?:Hurricane|Storm|Typhoon|Cyclone|Huracán|Tormenta|Ciclón|Tifón|Juegos|Fiesta|Feria)\s/u;

/**
 * A name that is no actor however it is written: a document's, a company's legal form alone, a common acronym, a
 * day's name (a weekday or a holiday), a prize, a storm, games or a fair.
 */
export function isNoActor(name: string): boolean {
  const bare = name.trim();
  return (
    DOCUMENT.test(name) ||
    LEGAL_FORM.test(bare) ||
    COMMON_ACRONYM.test(bare) ||
    isDayName(bare) ||
    PRIZE_OR_HAPPENING.test(bare)
  );
}

/** Verbs of saying, English and Spanish. */
export const SAYING =
  'said|says|told|added|testified|wrote|argued|explained|recalled|insisted|warned|dijo|afirmó|declaró|señaló|explicó|aseguró|indicó|añadió|sostuvo|recordó|expresó|comentó|detalló|informó|agregó|precisó|reconoció|advirtió|insistió';
const SAYS_AFTER = new RegExp(`^\\s+(?:${SAYING})(?![\\p{L}])`, 'u');
const SAYS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SAYING})\\s+$`, 'u');

/** Whether a verb of saying stands just after or just before the name ("Kwame Asante told", "said Kwame Asante"). */
export function hasSayingVerb(text: string, start: number, end: number): boolean {
  return SAYS_AFTER.test(text.slice(end, end + 20)) || SAYS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Whether the name is a dateline's place opening a line: a city in capitals ("MÉRIDA, Yucatán, 7
 * de octubre"), or a place, its region and a date alone on a short line, or before a dash
 * ("Pachuca, Hidalgo, 22 de mayo de 2024", "Lisbon, Feb. 11 (Reuters) — …").
 */
export function inDateline(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (start !== 0 && text[start - 1] !== '\n') return false;
  if (/^\p{Lu}{3,}(?:\s+\p{Lu}{2,})*$/u.test(name) && /^\s*[,—–(]/u.test(text.slice(end, end + 3))) return true;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const dated = /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*){0,2},\s+[^\n]{0,30}?\d{1,4}/u.exec(rest);
  if (!dated) return false;
  return rest.length <= 60 || /^[^\n]{0,25}?\s[—–]\s/u.test(rest.slice(dated[0].length));
}

/** Whether `start` lies in a byline ("By Sam Lee | June 12, 2024", "Por Ana Garza"): its author is no actor of the events. */
export function inByline(text: string, start: number, lines: QuoteMarks): boolean {
  const line = text.slice(lines.lineStart(start), lines.lineEnd(start)).trim();
  return /^(?:By|Por)\s/u.test(line) && line.length <= 120 && !/[.!?]["”’]?$/u.test(line);
}

/** A verb in the past tense just after a name: English "-ed" and common irregular ones, Spanish preterites. */
const ACTS_AFTER: Record<'en' | 'es', RegExp> = {
  en: new RegExp(`^\\s+(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST})(?![\\p{L}])`, 'u'),
  es: /^\s+(?:se\s+)?\p{Ll}{2,}(?:ó|aron|ió|ieron|uvo|izo|ijo|ajo)(?![\p{L}])/u,
};

/** Whether the name is the subject of a verb in the past tense ("Oluwaseun Adeyemi joined", "Marta Quiroga presentó"). */
export function actsAfter(text: string, end: number, lang: 'en' | 'es'): boolean {
  return ACTS_AFTER[lang].test(text.slice(end, end + 30));
}

/** A verb after a name: one in the past tense, or an auxiliary or a verb of saying ("Nocturne would pay", "Cetsa dijo"). */
const ACTS_OR_SAYS: Record<'en' | 'es', RegExp> = {
  en: /^(?:['’]s\s+\p{L}+\s+)?\s+(?:has|have|had|is|was|were|will|would|can|could|may|might|must|should|does|did|says|said|told|argues|denies|plans|wants)(?![\p{L}])/u,
  es: /^\s+(?:ha|han|había|habían|es|fue|será|sería|dijo|dice|afirmó|informó|señaló|anunció|puede|podrá|debe|deberá|tiene|tuvo)(?![\p{L}])/u,
};

/** Whether a verb follows the name: its past tense, an auxiliary or a verb of saying. */
export function actsOrSays(text: string, end: number, lang: 'en' | 'es'): boolean {
  // An adverb may stand between ("The Ledger first reported", "Cetsa también informó").
  const after = text
    .slice(end, end + 40)
    .replace(/^\s+(?:first|also|later|then|again|still|never|already|\p{Ll}+ly|también|ya|luego|después)(?=\s)/u, '');
  return ACTS_AFTER[lang].test(after) || ACTS_OR_SAYS[lang].test(after);
}

/** A preposition before a name makes it no subject ("the residents of Quilaco protested", "el contrato con Tordesalas venció"). */
const PREPOSITION =
  /^(?:of|to|in|at|on|from|with|for|by|into|near|de|del|con|en|a|al|desde|hacia|para|por|sobre|entre)$/u;

/** The single words of `candidates` that act somewhere: a verb follows one where no preposition stands before it. */
export function actingWords(
  text: string,
  candidates: readonly { bare: string; before: string; end: number }[],
  lang: 'en' | 'es',
): Set<string> {
  return new Set(
    candidates
      .filter((c) => !c.bare.includes(' ') && !PREPOSITION.test(c.before) && actsOrSays(text, c.end, lang))
      .map((c) => c.bare),
  );
}
