import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Three days after the ceremony", told long after the story's opening: a named event no clause
 * shares a word with is the story's first event told with its day (the lede) when the opening
 * (headline, standfirst, the lede's paragraph and the three after it) holds one of its words and
 * the phrase is told past the opening; the last fact stating the lede's day stands for it. A noun
 * the opening does not hold still counts from the last event told with its day
 * (src/capture/storyOpening.ts).
 */
const ROWS: RelationRow[] = [
  {
    says: 'the lede, whose ceremony the opening tells without a date',
    text: [
      'The Bronzes That Came Home',
      'On Tuesday, 29 April 2025, six crates were carried into the courtyard of the National Museum.',
      'Benhamou stood at the front of the crowd and did not speak for a long time.',
      'The ceremony lasted under an hour.',
      'The vessels had been in Ohio for forty years.',
      'The museum bought them from a London dealer on 3 May 1983.',
      'Its board voted to return them on 20 January 2022.',
      'Obi gave evidence to a committee of the legislature on 10 February 2025.',
      'Three days after the ceremony, parliament passed a motion thanking Obi by name.',
    ].join('\n\n'),
    phrase: 'Three days after the ceremony',
    when: '2025-05-02',
    relation: ['after', 'six crates were carried', 'P3D'],
  },
  {
    says: 'la primera noticia, cuya intoxicación nombra el titular',
    lang: 'es',
    text: [
      'Clausuran invernadero de florícola tras intoxicación de 23 obreros',
      'La mañana del martes 11 de noviembre de 2025, 23 trabajadores comenzaron a sufrir mareos en el invernadero.',
      'Seis quedaron internados en el hospital del cantón.',
      'Los trabajadores aseguran que nadie les avisó de la fumigación.',
      'Los inspectores visitaron la finca y revisaron los registros.',
      'La empresa actualizó por última vez el registro de químicos el 3 de octubre de 2025.',
      'Tres días después de la intoxicación, el ministerio dispuso la clausura del invernadero.',
    ].join('\n\n'),
    phrase: 'Tres días después de la intoxicación',
    when: '2025-11-14',
    relation: ['after', '23 trabajadores comenzaron', 'P3D'],
  },
  {
    says: 'the last fact stating the lede’s day, where the standfirst told the event first',
    text: [
      'Water cuts in Gran Tarajal after the breakdown of its desalination plant',
      'The plant suffered a rupture on Friday, 21 August 2026, and works at half its capacity.',
      'The desalination plant that supplies the south of the island suffered a rupture in a high-pressure pump on Friday, 21 August 2026.',
      'Residents have opened their taps for a week without knowing whether water will come.',
      'The consortium has asked for patience.',
      'The pump was made in Germany.',
      'The consortium last replaced a pump on 2 March 2024.',
      'Two days after the breakdown, the regional government sent two portable plants.',
    ].join('\n\n'),
    phrase: 'Two days after the breakdown',
    when: '2026-08-23',
    relation: ['after', 'high-pressure pump', 'P2D'],
  },
  {
    says: 'the last event told with its day, for a noun the opening does not hold',
    text: [
      'The last boat of Marsaxlokk',
      'On Saturday, 14 March 2026, the Santa Rita went into the water at Marsaxlokk.',
      'About two hundred people had come down to the harbour to see it.',
      'Most of them knew the builder had said he would never build another boat.',
      'He had three boats in the yard when the storm came.',
      'The keel was laid in the autumn of 2024.',
      'Then, on 11 June 2025, he had his left hip replaced at the hospital.',
      'He was back in the shed six weeks after the operation.',
    ].join('\n\n'),
    phrase: 'six weeks after the operation',
    when: '2025-07-23',
    relation: ['after', 'hip replaced', 'P6W'],
  },
];

describeRelationRows(
  'capture: a named event no clause tells is the lede when the story’s opening names it',
  ROWS,
  '2026-09-01',
);
