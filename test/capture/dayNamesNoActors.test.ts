import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \([a-z-]+\)$/u, ''));

describe('capture: names of days are no actors and open no name', () => {
  describe('a day named alone is no actor', () => {
    const notProposed: readonly (readonly [text: string, name: string, lang: 'en' | 'es'])[] = [
      ['The final is carded for Carnival Saturday, February 6, at the Savannah.', 'Carnival Saturday', 'en'],
      ['As of Labor Day, the city still showed 640 employees with unresolved pay.', 'Labor Day', 'en'],
      ['"Every Sunday, with pastizzi, for two years," Salvu Camilleri says.', 'Every Sunday', 'en'],
      ['El Día de Reyes, voluntarios de la parroquia subieron a pie con regalos.', 'Día de Reyes', 'es'],
    ];
    for (const [text, name, lang] of notProposed)
      it(`"${text}" names no actor "${name}"`, () => expect(names(text, lang)).to.not.include(name));
  });

  describe('a day opening a run of capitalised words is cut from the name after it', () => {
    const cases: readonly (readonly [text: string, day: string])[] = [
      [
        'Salvu Camilleri said he would build one more boat. On Easter Sunday Salvu painted the eyes on the bow.',
        'Easter Sunday Salvu',
      ],
      [
        'Ninu Azzopardi ordered a boat in 2022. On Christmas Eve Azzopardi found him in the shed.',
        'Christmas Eve Azzopardi',
      ],
      ['Laura Kessinger has led the union since 2019. On Labor Day Kessinger met the mayor.', 'Labor Day Kessinger'],
    ];
    for (const [text, day] of cases)
      it(`"${text}" names no actor "${day}"`, () => expect(names(text, 'en')).to.not.include(day));
  });

  describe('a Spanish "Día de …" takes one name, not the name after it', () => {
    it('"El Día de la Madre Juan Pérez visitó la mina el 3 de mayo de 2024." names Juan Pérez', () => {
      const found = names('El Día de la Madre Juan Pérez visitó la mina el 3 de mayo de 2024.', 'es');
      expect(found).to.include('Juan Pérez');
      expect(found).to.not.include('Día de la Madre Juan Pérez');
    });
  });

  describe('the surname after a day is the person named in full before', () => {
    checkLinked([
      [
        'Ninu Azzopardi ordered a boat in 2022. On Christmas Eve Azzopardi found him in the shed at dusk.',
        'Christmas Eve',
        'en',
        ['Ninu Azzopardi'],
        ['Christmas Eve Azzopardi'],
      ],
    ]);
  });
});
