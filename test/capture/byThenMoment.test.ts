import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "by then", "before then", "para entonces" name a moment of the story: the latest event dated to a
 * month or finer, past years and seasons told since (an aside, earlier complaints in the pluperfect,
 * a season a report mentions); with none so dated, the previous event.
 */
const ROWS: RelationRow[] = [
  {
    says: 'past a year in an aside',
    text: 'On the evening of Tuesday, September 9, the board voted to extend the exemption. The exemption, first granted in 2019, rewards owners who keep land wild. Nobody mentioned that, by then, the registry had stopped issuing its credits.',
    phrase: 'by then',
    when: '../2025-09-09',
    relation: ['before', 'the board voted', null],
  },
  {
    says: 'past years told in the pluperfect',
    text: 'On Saturday, August 19, 2023, Halloran lost to Castellane. That evening he filed a written complaint with the arbiter. Halloran himself had lodged two before, in 2018 and again in 2021. What made this one different was that, by then, the federation had a new tool.',
    phrase: 'by then',
    when: '../2023-08-19',
    relation: ['before', 'filed a written complaint', null],
  },
  {
    says: 'past a season a report mentions',
    text: 'The report, published in September, found that neither company had broken federal rules. It criticized the absence of any plan for a train stranded in winter. By then, Okafor was gone.',
    phrase: 'By then',
    when: '../2025-09-30',
    relation: ['before', 'The report, published in September', null],
  },
  {
    says: 'an event dated to a month',
    text: 'The council sold the depot in March 2024. By then, the buses had left.',
    phrase: 'By then',
    when: '../2024-03-31',
    relation: ['before', 'sold the depot', null],
  },
  {
    says: 'the previous event when none is dated to a month or finer',
    text: 'The mill closed in 2019. By then, the village had shrunk by half.',
    phrase: 'By then',
    when: '../2019-12-31',
    relation: ['before', 'mill closed', null],
  },
  {
    says: 'in Spanish, past a year in an aside',
    lang: 'es',
    text: 'El 9 de septiembre de 2025 el consejo votó la prórroga. La exención, concedida por primera vez en 2019, premia a los dueños. Para entonces, el registro había dejado de emitir créditos.',
    phrase: 'Para entonces',
    when: '../2025-09-09',
    relation: ['before', 'el consejo votó', null],
  },
];

describeRelationRows('"by then" as the latest event dated to a month or finer', ROWS, '2026-04-10');
