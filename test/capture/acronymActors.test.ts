import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \([a-z-]+\)$/u, ''));

describe('capture: an acronym is an actor only where the text treats it as a body', () => {
  describe('an acronym that never acts, has no article and no body noun after it names a thing', () => {
    const notProposed: readonly (readonly [text: string, word: string, lang: 'en' | 'es'])[] = [
      ['Over the summer of 2023 he walked the creek banks with a GPS unit.', 'GPS', 'en'],
      ['Harini, now a second-year MBBS student, told reporters on Friday that she cleared NEET in 2025.', 'MBBS', 'en'],
      ['Harini, now a second-year MBBS student, told reporters on Friday that she cleared NEET in 2025.', 'NEET', 'en'],
      ['The plant will have a 2 MW gas boiler, due to be installed over the winter of 2025.', 'MW', 'en'],
      [
        'El 3 de octubre de 2024 cesaron las transmisiones de Radio Tamare 98.3 FM, la emisora más escuchada del sur.',
        'FM',
        'es',
      ],
      ['El estudio de impacto ambiental (EIA) fue aprobado el martes 4 de junio de 2024.', 'EIA', 'es'],
    ];
    for (const [text, word, lang] of notProposed)
      it(`"${text}" names no actor "${word}"`, () => expect(names(text, lang)).to.not.include(word));
  });

  describe('an acronym that acts, follows a definite article or comes before a body noun is an actor', () => {
    const isProposed: readonly (readonly [text: string, word: string, lang: 'en' | 'es'])[] = [
      ['The FBI arrested him on 3 May 2024 at his home.', 'FBI', 'en'],
      ['Kestrel Group told the ASX on 3 November that it had booked a provision.', 'ASX', 'en'],
      ['The GMB union said yesterday that its members would be balloted on strike action.', 'GMB', 'en'],
      ['La constructora se había inscrito ante el SAT apenas seis meses antes, en mayo de 2023.', 'SAT', 'es'],
      ['La OIT publicó el informe el 3 de mayo de 2024.', 'OIT', 'es'],
    ];
    for (const [text, word, lang] of isProposed)
      it(`"${text}" names the actor "${word}"`, () => expect(names(text, lang)).to.include(word));
  });

  describe('an event beside an acronym of a thing links no chip for it', () => {
    checkLinked([
      [
        'Investigators followed the crew through a GPS tracker placed on his truck under a warrant signed Jan. 9, 2024.',
        'Jan. 9, 2024',
        'en',
        [],
        ['GPS'],
      ],
      [
        'La Comisión Nacional de Radiodifusión ordenó el 3 de octubre de 2024 el cese de Radio Tamare 98.3 FM.',
        '3 de octubre de 2024',
        'es',
        ['Comisión Nacional de Radiodifusión'],
        ['FM'],
      ],
    ]);
  });
});
