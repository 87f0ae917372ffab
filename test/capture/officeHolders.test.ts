import { checkLinked } from './captureHelpers.ts';

describe('capture: an office followed by its holder names the holder, and is no actor of its own', () => {
  describe('"Hon." is a courtesy title before the holder', () => {
    checkLinked([
      [
        'The Housing Minister, Hon. Angus Lorimer, opened the estate on 3 May 2024.',
        '3 May 2024',
        'en',
        ['Angus Lorimer'],
        ['Housing Minister'],
      ],
    ]);
  });

  describe('the office may run on with "and" / "y" / "e" and a capitalised word', () => {
    checkLinked([
      [
        'El Secretario de Cultura y Turismo, Julián Ortega Ruiz, inauguró el museo el 3 de mayo de 2024.',
        '3 de mayo de 2024',
        'es',
        ['Julián Ortega Ruiz'],
        ['Secretario de Cultura'],
      ],
      [
        'La Ministra de Trabajo e Inmigración, Elena Salgado Ruiz, firmó el decreto el 3 de mayo de 2024.',
        '3 de mayo de 2024',
        'es',
        ['Elena Salgado Ruiz'],
        ['Ministra de Trabajo'],
      ],
    ]);
  });
});
