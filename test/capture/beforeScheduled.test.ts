import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "before the ballot closes", "antes de que abra la exposición": "before" and a clause in the
 * present whose verb is one of a calendar's events is on or before the event its subject names,
 * among the events not over by the publication; a past clause, or an event never told, is no date.
 */
const NEWS: RelationRow[] = [
  {
    says: 'past an earlier event sharing its noun and a closing already over',
    text: 'The union said yesterday that its members would be balloted on strike action, with the ballot closing on 7 November. The consultation closed on 29 August. The council was confident that an agreement could be reached before the ballot closes.',
    phrase: 'before the ballot closes',
    when: '../2025-11-07',
    relation: ['before', 'ballot closing', null],
  },
];

const ROWS: RelationRow[] = [
  {
    says: 'past a reopening already over',
    text: 'The map room reopened in November 2025. The museum will show the maps in an exhibition this autumn and will publish a full list of what is missing before the exhibition opens.',
    phrase: 'before the exhibition opens',
    when: '../2026-11-30',
    relation: ['before', 'in an exhibition', null],
  },
  {
    says: 'in Spanish, the subjunctive',
    lang: 'es',
    text: 'El museo abrirá una exposición el 3 de octubre. El museo publicará la lista antes de que abra la exposición.',
    phrase: 'antes de que abra la exposición',
    when: '../2026-10-03',
    relation: ['before', 'abrirá una exposición', null],
  },
];

describeRelationRows('"before the ballot closes" before the event its subject names', NEWS, '2025-10-16');
describeRelationRows('"before the exhibition opens" before the event its subject names', ROWS, '2026-05-01');

describe('"before the ballot closes" as no date', () => {
  for (const [text, lang] of [
    ['The session ended on 3 May 2025. The deal was signed before the session ended.', 'en'],
    ['The council will decide on 3 June. The deal could be signed before the strike ends.', 'en'],
    ['El consejo decidirá el 3 de junio. El acuerdo podría firmarse antes de que termine la huelga.', 'es'],
  ] as const) {
    it(`keeps no date for ${JSON.stringify(text.slice(text.indexOf('. ') + 2))}`, () => {
      const draft = capture(text, { lang, publishedOn: '2025-05-01' });
      expect(draft.capture.spans.map((s) => s.phrase)).to.have.length(1);
    });
  }
});
