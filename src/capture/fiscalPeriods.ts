import { B, E, scan } from './scan.ts';
import { MONTH_PATTERN, monthNumber, ordinalOf } from './lexicon.ts';
import type { Mention, Reading } from './reading.ts';

/**
 * Quarters and halves of a fiscal year: "the second quarter of fiscal 2025", "Q3 FY24", "fiscal
 * 2026's first half", "the second half of fiscal 2026, which begins in January". A fiscal year is
 * named for the calendar year it ends in; the month it ends in is known only where the text says
 * it ("a fiscal year ending June 30", "the fiscal year that begins in April", or the period's own
 * start or end in a clause right after it).
 */

type Fiscal = Extract<Reading, { kind: 'fiscal' }>;

const FISCAL = '(?:fiscal|financial)\\s+(?:year\\s+)?';
const YEAR = "((?:19|20)\\d\\d|['’]?\\d\\d)";
const ORDINAL = '(first|second|third|fourth|final|last)';

/** "2025", "24", "'24" → 2025, 2024. */
function fiscalYear(digits: string): number {
  const d = digits.replace(/^['’]/u, '');
  return d.length === 4 ? Number(d) : 2000 + Number(d);
}

const partNumber = (word: string): number => (/^(?:final|last)$/iu.test(word) ? 4 : (ordinalOf(word) ?? 0));

/** The month (1–12) a fiscal year ends in, where the text says it; `null` where it does not. */
function statedFiscalEnd(text: string): number | null {
  const re = new RegExp(
    `${B}${FISCAL}(?:that\\s+|which\\s+)?(?:(ends?|ending|ended|closes|closing|runs?\\s+(?:to|through|until))|(begins?|beginning|began|starts?|starting|started|runs?\\s+from))\\s+(?:on\\s+|in\\s+)?(?:\\d{1,2}\\s+)?(${MONTH_PATTERN.en})${E}`,
    'iu',
  );
  const m = re.exec(text);
  if (!m) return null;
  const month = monthNumber(m[3] as string);
  if (month === null) return null;
  return m[1] !== undefined ? month : ((month + 10) % 12) + 1;
}

/** ", which begins in January", ", ending in March" right after a period: the month it starts or ends in. */
const OWN_BOUND = new RegExp(
  `^\\s*,?\\s*(?:which|that)?\\s*(?:(begins|began|starts|started|beginning|starting)|(ends|ended|ending))\\s+(?:in\\s+|on\\s+)?(?:\\d{1,2}\\s+)?(${MONTH_PATTERN.en})${E}`,
  'iu',
);

/** The fiscal year's last month from such a clause, and the clause's length. */
function fiscalEndFromOwnBound(
  text: string,
  at: number,
  unit: Fiscal['unit'],
  n: number,
): { endMonth: number; length: number } | null {
  const m = OWN_BOUND.exec(text.slice(at, at + 60));
  const month = m ? monthNumber(m[3] as string) : null;
  if (!m || month === null) return null;
  const length = unit === 'quarter' ? 3 : 6;
  // The fiscal year's last month: from the period's last month, on by the periods that follow it.
  const periodEnd = m[1] !== undefined ? month + length - 1 : month;
  const periodsAfter = (unit === 'quarter' ? 4 : 2) - n;
  return { endMonth: ((((periodEnd + periodsAfter * length - 1) % 12) + 12) % 12) + 1, length: m[0].length };
}

/** Every quarter or half of a fiscal year that `text` names with its year (English). */
export function fiscalMentions(text: string): Mention[] {
  const end = statedFiscalEnd(text);
  const forms: [RegExp, (m: RegExpExecArray) => [Fiscal['unit'], number, string] | null][] = [
    [
      new RegExp(
        `${B}(?:(?:the|its|their)\\s+)?${ORDINAL}\\s+(?:fiscal\\s+)?(quarter|half)\\s+of\\s+(?:(?:the|its|their)\\s+)?${FISCAL}${YEAR}${E}`,
        'iu',
      ),
      (m) => [unitOf(m[2] as string), partNumber(m[1] as string), m[3] as string],
    ],
    [
      new RegExp(`${B}${FISCAL}${YEAR}['’]s\\s+${ORDINAL}\\s+(quarter|half)${E}`, 'iu'),
      (m) => [unitOf(m[3] as string), partNumber(m[2] as string), m[1] as string],
    ],
    [
      new RegExp(`${B}([QH])([1-4])\\s*(?:of\\s+)?(?:FY|fiscal\\s+(?:year\\s+)?)\\s?${YEAR}${E}`, 'u'),
      (m) => [m[1] === 'Q' ? 'quarter' : 'half', Number(m[2]), m[3] as string],
    ],
    [
      new RegExp(`${B}FY\\s?${YEAR}\\s*([QH])([1-4])${E}`, 'u'),
      (m) => [m[2] === 'Q' ? 'quarter' : 'half', Number(m[3]), m[1] as string],
    ],
  ];
  return forms.flatMap(([re, parts]) =>
    scan(text, re, (m) => {
      const found = parts(m);
      if (!found) return null;
      const [unit, n, digits] = found;
      if (n < 1 || n > (unit === 'quarter' ? 4 : 2)) return null;
      const at = m.index + m[0].length;
      const own = fiscalEndFromOwnBound(text, at, unit, n);
      const reading: Fiscal = { kind: 'fiscal', unit, n, year: fiscalYear(digits), endMonth: own?.endMonth ?? end };
      return { start: m.index, end: at + (own?.length ?? 0), reading, source: 'a fiscal period' };
    }),
  );
}

const unitOf = (word: string): Fiscal['unit'] => (/^quarter$/iu.test(word) ? 'quarter' : 'half');
