import { checkLinked as check } from './captureHelpers.ts';

describe('capture: a clause opened by "which" / "who" / "que" / "quien" after a name', () => {
  describe('is about the name set off by a comma before it', () => {
    check([
      [
        'In December 2025 Dale Honeycutt sent a piece to a laboratory at Arizona State University, which classified the meteorite in January 2026.',
        'January 2026',
        'en',
        ['Arizona State University'],
        ['Dale Honeycutt'],
      ],
      [
        'En 2023 Andrés Pinilla fue contratado por la Fundación Tordesalas Cultura, que canceló el festival el 8 de agosto de 2024.',
        '8 de agosto de 2024',
        'es',
        ['Fundación Tordesalas Cultura'],
        ['Andrés Pinilla'],
      ],
    ]);
  });

  describe('a relative pronoun followed by a subject of its own is no subject', () => {
    check([
      [
        'El 2 de septiembre de 2025 el diputado Héctor Ozuna pidió interpelar al director de la ONVISO, que la Comisión de Obras Públicas conocerá el lunes 22 de septiembre de 2025.',
        '22 de septiembre',
        'es',
        ['Comisión de Obras Públicas'],
        ['ONVISO'],
      ],
    ]);
  });
});
