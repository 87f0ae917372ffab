import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es') => proposed(text, lang).map((n) => n.replace(/ \([a-z-]+\)$/u, ''));

describe('capture: prizes, storms, games and fairs are no actors', () => {
  describe('the name is proposed as no actor', () => {
    const notProposed: readonly (readonly [text: string, name: string, lang: 'en' | 'es'])[] = [
      [
        'The causeway had already failed once: in September 2017, Hurricane Odessa punched a hole through it.',
        'Hurricane Odessa',
        'en',
      ],
      [
        'Two years before she found the Ferrone, Maran had won the Elmhurst Prize, which came with the loan of an instrument.',
        'Elmhurst Prize',
        'en',
      ],
      [
        'En 2014 recibió el Premio Regional de Periodismo por su cobertura de las lluvias.',
        'Premio Regional de Periodismo',
        'es',
      ],
      [
        'El municipio resolvió postergar la Fiesta Departamental de la Vendimia, prevista para el 18 de abril.',
        'Fiesta Departamental de la Vendimia',
        'es',
      ],
      [
        'Los nadadores denunciaron que no viajarán a los Juegos Istmeños, del 8 al 19 de noviembre.',
        'Juegos Istmeños',
        'es',
      ],
    ];
    for (const [text, name, lang] of notProposed)
      it(`"${text}" names no actor "${name}"`, () => expect(names(text, lang)).to.not.include(name));
  });

  describe('a pronoun after a prize refers to the person who won it', () => {
    checkLinked([
      [
        'Elspeth Maran joined in 2015. Maran had won the Elmhurst Prize, which came with a loan. She recorded the Elgar concerto in March 2021.',
        'March 2021',
        'en',
        ['Elspeth Maran'],
        ['Elmhurst Prize'],
      ],
    ]);
  });
});
