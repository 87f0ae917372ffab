import { describeDateTables } from './dateTables.ts';

/**
 * The first one since a date ("for the first time since 2008", "el primero desde 2015", "es la primera vez
 * que se posterga desde 2002") says it last happened then, as "has not … since" does: the date itself, not
 * a span from it on (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'the first one since a date places the last time at that date',
    [
      {
        text: 'The state federation missed the national trials in May, for the first time since 2008.',
        publishedOn: '2026-06-15',
        phrase: 'since 2008',
        when: '2008',
      },
      {
        text: 'The town will hold an evacuation drill on 14 February, the first since 2015.',
        publishedOn: '2026-01-20',
        phrase: 'since 2015',
        when: '2015',
      },
      {
        text: 'El ayuntamiento hará un simulacro de evacuación el 14 de febrero, el primero desde 2015.',
        publishedOn: '2026-01-20',
        phrase: 'desde 2015',
        when: '2015',
        lang: 'es',
      },
      {
        text: 'La fiesta se hará finalmente el 18 de abril. Es la primera vez que se posterga desde 2002, cuando la crisis obligó a suspenderla.',
        publishedOn: '2026-03-02',
        phrase: 'desde 2002',
        when: '2002',
        lang: 'es',
      },
    ],
  ],
  [
    'a count since a date stays open from it',
    [
      {
        text: 'The ward has changed hands only twice since the 1970s, the returning officer said on Friday.',
        publishedOn: '2026-05-11',
        phrase: 'since the 1970s',
        when: '197X/..',
      },
      {
        text: 'La ciudad ha cambiado de alcalde dos veces desde 2015, dijo el viernes la junta electoral.',
        publishedOn: '2026-05-11',
        phrase: 'desde 2015',
        when: '2015/..',
        lang: 'es',
      },
    ],
  ],
]);
