import fc from 'fast-check';

const pad = (n: number, width: number) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;

const year = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1900, max: 2100 }).map((y) => pad(y, 4)) },
  fc.integer({ min: -9999, max: 9999 }).map((y) => pad(y, 4)),
  fc.constantFrom(
    '2022',
    '20XX',
    '201X',
    '2XXX',
    'XXXX',
    '19',
    '196',
    'Y170000002',
    'Y-170000002',
    'Y9999999',
    'Y-9999999',
    'Y99999999999999999',
    '1XXX',
    '1X01',
    'X999',
    'Y17E7',
    'Y1E99999',
    '2022S3',
    '0000',
    '-0000',
    '99999',
    '1',
    '-',
    'X',
  ),
);
const month = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => pad(m, 2)) },
  { weight: 1, arbitrary: fc.integer({ min: 21, max: 41 }).map(String) },
  fc.integer({ min: 0, max: 45 }).map((m) => pad(m, 2)),
  fc.constantFrom('XX', '1X', 'X1', '99', '4', '004'),
);
const day = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 28 }).map((d) => pad(d, 2)) },
  fc.integer({ min: 0, max: 35 }).map((d) => pad(d, 2)),
  fc.constantFrom('XX', '3X', 'X9', '1', '010'),
);
const qualifier = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, fc.constantFrom('~', '?', '%', '~?', '??', '%~'));
const time = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  fc.constantFrom(
    'T10:00:00',
    'T10:00:00Z',
    'T23:59:60Z',
    'T24:00:00',
    'T10:00:00+02:00',
    'T10:00:00-14:00',
    'T10:00:00+99:99',
    'T10:00',
    'T1',
    'T10:00:00.123456789Z',
    'T',
    'Z',
  ),
);

/** One date as EDTF writes it, valid or nearly so: qualifiers on components, unspecified digits, times. */
const date: fc.Arbitrary<string> = fc
  .tuple(
    qualifier,
    year,
    qualifier,
    fc.option(fc.tuple(month, qualifier, fc.option(fc.tuple(day, qualifier), { nil: undefined })), { nil: undefined }),
    time,
    qualifier,
  )
  .map(
    ([q0, y, q1, md, t, q3]) =>
      `${q0}${y}${q1}${md ? `-${md[0]}${md[1]}${md[2] ? `-${md[2][0]}${md[2][1]}` : ''}` : ''}${t}${q3}`,
  );

const end = fc.oneof({ weight: 4, arbitrary: date }, { weight: 1, arbitrary: fc.constantFrom('..', '', '...', '.') });

/** Pieces of EDTF and the like, for token soup. */
const TOKENS = [
  '2022',
  '-',
  '04',
  '22',
  '21',
  '24',
  '~',
  '?',
  '%',
  '/',
  '..',
  'X',
  'XX',
  'T',
  '10:00',
  ':',
  'Z',
  '+',
  '[',
  ']',
  '{',
  '}',
  ',',
  'Y',
  'E',
  'S',
  ' ',
  '^',
  'u',
  'e',
  '0',
  '9',
  '-0',
  '00',
  '\u0000',
  '\u202e',
  '\ud800',
  '٣',
];

/**
 * Strings shaped like EDTF: single dates, intervals with open or unknown ends, sets and lists,
 * and token soup — valid and invalid alike, to reach every branch of the parser.
 */
export const edtfShaped: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: date },
  { weight: 3, arbitrary: fc.tuple(end, end).map(([a, b]) => `${a}/${b}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('[', '{'),
        fc.array(fc.oneof(date, fc.constant('..')), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(',', '..', ', '),
      )
      .map(([open, dates, sep]) => `${open}${dates.join(sep)}${open === '[' ? ']' : '}'}`),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 30 }).map((t) => t.join('')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(' ', '\t', '\n', '\u00a0', '\ufeff', '\u200b', ''),
        date,
        fc.constantFrom(' ', '\r\n', '\u3000', ''),
      )
      .map(([a, d, b]) => `${a}${d}${b}`),
  },
);
