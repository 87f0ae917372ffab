import { checkLinked as check } from './captureHelpers.ts';

describe('capture: a noun set off by a comma before a name introduces that name', () => {
  describe('the noun refers back to no actor named earlier', () => {
    check([
      [
        'Northstar Assurance Partners audited the marsh in 2021. The contractor, Lowcountry Field Services, filed the monitoring data in March 2022.',
        'March 2022',
        'en',
        ['Lowcountry Field Services'],
        ['Northstar Assurance Partners'],
      ],
      [
        'Halvorsen Shipping owns the Marisol Bay. Its insurer, the Nordhavn P&I Club, said on 3 November 2023 that it had received 140 claims.',
        '3 November 2023',
        'en',
        ['Nordhavn P&I Club'],
        ['Halvorsen Shipping'],
      ],
      [
        'El Instituto de Vivienda firmó el contrato en 2023. La empresa contratista, Constructora Bahía Real, S.R.L., detuvo los trabajos el 14 de julio de 2024.',
        '14 de julio de 2024',
        'es',
        ['Constructora Bahía Real'],
        ['Instituto de Vivienda'],
      ],
    ]);
  });

  describe('a noun set off before words that name no one still refers back', () => {
    check([
      [
        'Lowcountry Field Services won the survey contract in 2020. The contractor, which had never worked in the marsh, filed the monitoring data in March 2022.',
        'March 2022',
        'en',
        ['Lowcountry Field Services'],
        [],
      ],
      [
        'Constructora Bahía Real ganó la licitación en 2023. La empresa, que nunca había construido viviendas, detuvo los trabajos el 14 de julio de 2024.',
        '14 de julio de 2024',
        'es',
        ['Constructora Bahía Real'],
        [],
      ],
    ]);
  });
});
