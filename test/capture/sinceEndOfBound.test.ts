import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "since then" after an event dated only by the day it ended on: open from that day; when that day
 * is after the publication, from the last event before it with a start.
 */
const ROWS: RelationRow[] = [
  {
    says: 'after a bound that ended before the publication',
    text: 'The plant ran until 9 January 2026. Since then, it has stood idle.',
    phrase: 'Since then',
    when: '2026-01-09/..',
    relation: ['after', 'plant ran', null],
  },
  {
    says: 'Spanish, after a bound that ended before the publication',
    lang: 'es',
    text: 'El último depósito les llegó hasta el 9 de enero de 2026. Desde entonces no han recibido un solo peso.',
    phrase: 'Desde entonces',
    when: '2026-01-09/..',
    relation: ['after', 'último depósito', null],
  },
  {
    says: 'Spanish, after a bound that ends after the publication',
    lang: 'es',
    text: 'El servicio advirtió en octubre de 2025 que la plaga podía extenderse hasta el otoño de 2026. Desde entonces, la Seremi ha instalado 120 estaciones.',
    phrase: 'Desde entonces',
    when: '2025-10/..',
    relation: ['after', 'servicio advirtió', null],
  },
];

describeRelationRows('capture: "since then" after an event dated only by its end', ROWS, '2026-03-05');
