/** The words in and around a capitalised name that say what kind of actor it names, if any. */

/** Capitalised words joined by "&" ("Cullen & Pike", "Crane & Lowe") name a firm. */
export const FIRM = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+&\s+\p{Lu}/u;
/** The agent after a passive verb ("owned by", "signed by the", "run by"). */
export const AGENT_BEFORE =
  /(?:^|[^\p{L}])(?:\p{Ll}{2,}(?:ed|en)|run|led|held|paid|made|sold|bought|built|brought|won|kept)\s+by\s+(?:the\s+)?$/u;

/** Institutions that one word names. */
export const SINGLE_BODIES =
  /^(?:Parliament|Congress|Senate|Commons|Lords|Bundestag|Knesset|Congreso|Senado|Parlamento|Cortes|Interpol|Europol|Pentagon|Kremlin)$/u;

/** Words before a name that make it a place, not an actor ("in Carver", "desde Quito"). */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'en', 'desde', 'street', 'avenue']);
/** Words before a name that make it a company's ("the firm Arlo", "la empresa Tecnosur"). */
export const COMPANY_CONTEXT = new Set([
  'firm',
  'company',
  'contractor',
  'supplier',
  'consultancy',
  'empresa',
  'firma',
  'compañía',
]);
/** A legal form after a name, past a comma ("Laboratorios Andinos, S.A. de C.V."): the name is a company's. */
export const LEGAL_FORM_AFTER =
  /^,?\s+(?:S\.\s?A\.|S\.\s?L\.|S\.\s?de\s+R\.\s?L\.|Inc\.?|Ltd\.?|LLC|LLP|PLC|plc|Corp\.|GmbH)(?![\p{L}])/u;
