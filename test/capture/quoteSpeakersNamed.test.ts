import { checkLinked } from './captureHelpers.ts';

describe('capture: who speaks quoted words', () => {
  describe('a Spanish attribution opens with its verb, whichever verb of telling it is', () => {
    checkLinked([
      [
        'Los vecinos esperan desde hace meses. "Perdimos la cosecha el 3 de marzo. Nadie vino a vernos", relató doña Reina Zúniga, de 61 años.',
        '3 de marzo',
        'es',
        ['Reina Zúniga'],
        [],
      ],
      [
        'El puerto sigue cerrado. "Vendimos el bote en enero de 2024. Había que pagar las deudas", lamentó Juan Peguero, quien vive con su esposa.',
        'enero de 2024',
        'es',
        ['Juan Peguero'],
        [],
      ],
    ]);
  });

  describe('words in the first person attributed by a bare verb or by age are the person named last before them', () => {
    checkLinked([
      [
        'El presidente de la asociación, Teodoro Ccanto Pariona, recordó que el mercado se quedó sin agua.\n\n"Desde julio de 2025 traemos agua en bidones de nuestras casas", reclamó.',
        'julio de 2025',
        'es',
        ['Teodoro Ccanto Pariona'],
        [],
      ],
      [
        'Curtis Dumonceaux farms canola north of Saskatoon.\n\n"I hauled 38 loads of canola in October 2024. I got one cheque," the 57-year-old said.',
        'October 2024',
        'en',
        ['Curtis Dumonceaux'],
        [],
      ],
      [
        'Curtis Dumonceaux farms canola north of Saskatoon.\n\n"We hauled 38 loads of canola in October 2024. Nobody paid," the 57-year-old said.',
        'October 2024',
        'en',
        ['Curtis Dumonceaux'],
        [],
      ],
      [
        'El presidente de la asociación, Teodoro Ccanto Pariona, recordó que el mercado se quedó sin agua.\n\n"Traemos agua en bidones desde julio de 2025", reclamó.',
        'julio de 2025',
        'es',
        ['Teodoro Ccanto Pariona'],
        [],
      ],
    ]);
  });

  describe('words not in the first person take no speaker from before the paragraph', () => {
    checkLinked([
      [
        'El presidente de la asociación, Teodoro Ccanto Pariona, recordó que el mercado se quedó sin agua.\n\n"El camión llegó en julio de 2025 y se fue vacío", reclamó.',
        'julio de 2025',
        'es',
        [],
        ['Teodoro Ccanto Pariona'],
      ],
    ]);
  });
});
