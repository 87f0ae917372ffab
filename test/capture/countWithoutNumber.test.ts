import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Weeks later", "within weeks of the wreck", "semanas después": a count without a number is in
 * its unit as much as "two weeks later" is, and goes on from an event dated as finely (a month or
 * finer for days and weeks), past events told since at a coarser grain.
 */
const ROWS: RelationRow[] = [
  {
    says: 'an event named by a noun no clause shares',
    text: 'The ferry ran aground off Skerry Point on 4 March 2023. The company bought the vessel in June 2019. Within weeks of the wreck, the inquiry opened.',
    phrase: 'Within weeks of the wreck',
    when: '2023-03-04/2024-06-10',
    relation: ['after', 'ferry ran aground', null],
  },
  {
    says: 'past a year told since',
    text: 'The Arden plant closed on 3 May 2022. Its first kiln was fired in 1974. Weeks later, the site was sold.',
    phrase: 'Weeks later',
    when: '2022-05-03/2024-06-10',
    relation: ['after', 'plant closed', null],
  },
  {
    says: 'a count of days past a year',
    text: 'Pupils walked out of Greyfield Academy on 2 February 2024. The school opened in 1988. Days after the protest, the head resigned.',
    phrase: 'Days after the protest',
    when: '2024-02-02/2024-06-10',
    relation: ['after', 'Pupils walked out', null],
  },
  {
    says: 'in Spanish',
    lang: 'es',
    text: 'Los vecinos cortaron la carretera de acceso el 6 de abril de 2023. La empresa ganó la concesión en 2015. Semanas después, el ayuntamiento cedió.',
    phrase: 'Semanas después',
    when: '2023-04-06/2024-06-10',
    relation: ['after', 'vecinos cortaron', null],
  },
];

describeRelationRows('a count without a number, at the grain of its unit', ROWS, '2024-06-10');
