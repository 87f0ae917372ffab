import { kindOfName } from './actorKinds.ts';
import { dayNameOpening } from './dayNames.ts';
import type { Lang } from './lexicon.ts';
import type { TextSpan } from './textSpans.ts';

/** A run of capitalised words that may name a person or an organisation, with the word before it. */
export interface NameCandidate extends TextSpan {
  readonly name: string;
  /** The lowercase word just before the run ("in", "to", "firm", …), or '' at a sentence start. */
  readonly before: string;
}

const CONNECTORS: Record<Lang, string> = {
  en: 'of|the|for|and|&|de|del|la|y|van|von|da|di|le|al|bin',
  es: 'de|del|la|las|los|el|y|e|para|contra|sobre|en|a(?=\\s+(?:la|las|los)\\s)|&',
};

/** Capitalised words that start sentences or name months and days, never an actor on their own. */
const COMMON = new Set(
  `The A An In On At By For From With As And Or But If When While After Before Since Until This That These Those
  There Their They He She It We I You His Her Its Our My Your Who What Which Where Why How Meanwhile However
  Although Despite During Under Over Instead Inside Outside Through Against Among Amid Following Without Within Upon
  Across Around Beyond Unlike Like Via Alongside Behind Toward Towards Throughout Besides Today Yesterday Then Now Residents Records Samples Thirty Two Three Four Five
  Opponents Supporters Officials Investigators Prosecutors Doctors Councillors Each Every One
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Winter
  El La Los Las Un Una En Con Por Para Según Durante Desde Hasta Tras Sin Pero Aunque Cuando Mientras Este Esta
  Ese Esa Su Sus Al Del Lo Le Les Se No Sí Hoy Ayer Además También Entre Sobre Como Así Ya Ni Y O
  Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto
  Septiembre Octubre Noviembre Diciembre Home Headlines Newsletter Our Company Published Updated By Por Redacción
  Agentes Miembros Funcionarios Trabajadores Vecinos Autoridades Representantes Responsables Fuentes Documentos
  Shareholders Investors Analysts Lawyers Employees Staff Officers Members Parents Patients Students Teachers Voters
  Critics Experts Families Customers Shares Workers Elementos Integrantes Habitantes Pacientes Familiares Legisladores
  Diputados Senadores Empleados Padres Alumnos Estudiantes Maestros Médicos Accionistas Inversionistas Analistas
  Abogados Expertos Críticos Usuarios Clientes Rs Rp Ksh`.split(/\s+/),
);

/**
 * The runs of capitalised words of `text` (connectors such as "of the", "de la" inside a run),
 * without a leading sentence-start word: "the Office of the Inspector General", "Secretaría de la
 * Función Pública", "Ken Salazar", "MCCI".
 */
export function nameCandidates(text: string, lang: Lang): NameCandidate[] {
  const word = "\\p{Lu}[\\p{L}'’.&-]*";
  const re = new RegExp(`${word}(?:[^\\S\\n]+(?:(?:${CONNECTORS[lang]})[^\\S\\n]+)*${word})*`, 'gu');
  const out: NameCandidate[] = [];
  for (const run of text.matchAll(re)) {
    // A run never crosses the end of a sentence ("… Owen Hart. Ferreira, who …").
    let from = run.index;
    for (const piece of run[0].split(SENTENCE_END)) {
      const at = text.indexOf(piece, from);
      from = at + piece.length;
      out.push(...candidatesIn(text, piece, at));
    }
  }
  return out;
}

const SENTENCE_END =
  /(?<!(?:^|\s)(?:St|Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Gov|Sen|Rep|Prof|Sra|Dra|Lic|Ing|Gral|Pvt|\p{Lu}|(?:\p{Lu}\.)+\p{Lu}))\.\s+/u;

function candidatesIn(text: string, run: string, runStart: number): NameCandidate[] {
  const out: NameCandidate[] = [];
  let start = runStart;
  let name = run;
  // Leading sentence-start words ("The", "In", "Meanwhile") are not part of a name.
  let first = /^(\S+)\s+/.exec(name);
  while (first && COMMON.has((first[1] as string).replace(/[.,]$/, ''))) {
    start += first[0].length;
    name = name.slice(first[0].length);
    first = /^(\S+)\s+/.exec(name);
  }
  // "On Easter Sunday Salvu painted", "On Christmas Eve Azzopardi found him": a day's name dates what follows.
  const day = dayNameOpening(name);
  start += day;
  name = name.slice(day);
  // "Lisbon-based Tagus Energia": a leading "-based" / "-owned" word describes the name.
  const described = /^\p{Lu}[\p{L}.]*-(?:based|owned|born|run|led|backed|controlled)\s+/u.exec(name);
  if (described) {
    start += described[0].length;
    name = name.slice(described[0].length);
  }
  // "Agentes de la Policía", "Inspectors of the Fire Bureau": the people of a body are that body; a
  // plural that names no people is a word of the name ("Bosques del Este S.A.", "Woods of Arden Ltd").
  const people = PEOPLE_OF.exec(name);
  if (people && kindOfName(name.slice(people[0].length)) !== null) {
    start += people[0].length;
    name = name.slice(people[0].length);
  }
  const connector = /^(?:(?:of|the|de|del|la|las|los|el|y|and)\s+)+/u.exec(name);
  if (connector) {
    start += connector[0].length;
    name = name.slice(connector[0].length);
  }
  name = name.replace(/['’]s$/u, '').replace(/[.,-]+$/u, '');
  // "Office of Intelligence and Analysis of the Department of Homeland Security": two bodies.
  const split = INSTITUTION_SPLIT.exec(name);
  const halves = (split ? [name.slice(0, split.index), name.slice(split.index + split[0].length)] : [name]).flatMap(
    articleSplit,
  );
  // "Lang and Reyes", "the Authority and Norland Logistics Ltd": two names, unless the words make
  // one body ("Office of Intelligence and Analysis", "Secretaría de Salud y Bienestar Social").
  const parts = halves.flatMap((h) => {
    // The article after "and" belongs to neither name ("Tessaly Foods and the Wendport Pilotage Service").
    const sides = h.split(/\s+(?:and|y|e)\s+(?:(?:the|el|la|los|las)\s+)?/u);
    return kindOfName(h) === null || sides.every((side) => kindOfName(side) !== null) ? sides : [h];
  });
  let at = start;
  for (const part of parts) {
    const offset = text.indexOf(part, at);
    at = offset + part.length;
    if (part.length < 2 || COMMON.has(part)) continue;
    // The word before on the same line: a heading above ("A family firm") is no word of the sentence.
    const lead = text.slice(Math.max(0, offset - 30), offset);
    const before = /([\p{L}]+)[^\S\n]*,?[^\S\n]*$/u.exec(lead.slice(lead.lastIndexOf('\n') + 1));
    out.push({
      start: offset,
      end: offset + part.length,
      name: part,
      before: before ? (before[1] as string).toLowerCase() : '',
    });
  }
  return out;
}

/**
 * "Dana Pike and the Orrin Ferry Company", "Ana Peña y la Cooperativa Agrícola": an article after "and" / "y" opens a
 * second name when the words after it name a body or run to two capitalised words; "Tecnologías de la Información y
 * las Comunicaciones" stays one.
 */
function articleSplit(name: string): string[] {
  const and = /\s+(?:and|y|e)\s+(?:the|el|la|los|las)\s+/u.exec(name);
  if (!and) return [name];
  const after = name.slice(and.index + and[0].length);
  const second = kindOfName(after) !== null || /^\p{Lu}\S*\s+\p{Lu}/u.test(after);
  return second ? [name.slice(0, and.index), ...articleSplit(after)] : [name];
}

/** A plural that names people (by its ending: "-ores", "-istas", "-antes", "-ers", "-ists", "-ians" …), then "of" / "de". */
const PEOPLE_OF =
  /^\p{Lu}\p{Ll}*(?:ores|oras|eros|eras|istas|antes|entes|ados|adas|idos|idas|ers|ors|ists|ants|ents|ees|ians|men|ives|ics)\s+(?:of|de|del)\s+/u;

const INSTITUTION_SPLIT =
  /\s+(?:of\s+the|of|de\s+la|del|de)\s+(?=(?:Department|Ministry|Office|Agency|Embassy|Secretariat|Commission|Council|Court|Secretaría|Ministerio|Cámara|Comisión|Embajada|Oficina|Agencia|Tribunal|Audiencia)\s)/u;
