/**
 * '"We will appeal the ruling," the lawyer said on Monday', '"Apelaremos el fallo", dijo el abogado el lunes': a
 * quotation closed before the date phrase and ending a statement (a comma, full stop, question or exclamation mark
 * inside its closing mark or right after it) is the statement reported; its tense is not the telling's. Its
 * characters become spaces, offsets kept.
 */
const QUOTED_STATEMENT =
  /"[^"\n]*[,.?!]"|“[^”\n]*[,.?!]”|«[^»\n]*[,.?!]»|(?:"[^"\n]*"|“[^”\n]*”|«[^»\n]*»)(?=\s*[,.?!])/gu;

/** `before` (the words of a clause up to its date phrase) with the statements quoted in it blanked. */
export function withoutQuotedStatements(before: string): string {
  const marks = (before.match(/["“”«»]/gu) ?? []).length;
  if (marks % 2 === 0) return before.replace(QUOTED_STATEMENT, (q) => ' '.repeat(q.length));
  // A clause that opens inside a quotation ('… would have affected airworthiness," she said on Tuesday'): the
  // quotation's tail up to its closing mark, when a statement ends there.
  const close = TAIL_CLOSED.exec(before);
  return close ? ' '.repeat(close[0].length) + before.slice(close[0].length) : before;
}

/** The words up to a quotation's closing mark after a statement's end, with no mark before it. */
const TAIL_CLOSED = /^[^"“”«»\n]*(?:[,.?!]["”»]|["”»](?=\s*[,.?!]))/u;

const QUOTATION = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/gu;

/**
 * '"I found it, I dug it out, I sold it," he told me in March': the words a clause quotes, when its date phrase
 * (at `at`) stands outside the quotation, are the statement reported, not the event the date tells (the telling),
 * so they name no event a relative phrase may count from. Their characters become spaces.
 */
export function withoutQuotedWords(clause: string, at: number): string {
  const marks = (clause.slice(0, at).match(/["“”«»]/gu) ?? []).length;
  return marks % 2 === 0 ? clause.replace(QUOTATION, (q) => ' '.repeat(q.length)) : clause;
}
