import { checkLinked as check } from './captureHelpers.ts';

describe('capture: an English clause with a subject of its own takes no names from the rest of its sentence', () => {
  describe('a noun after "the" / "this" as the clause’s subject leaves the sentence’s names off', () => {
    check([
      [
        'Harlow Mills Ltd opened a depot in March 2021, and the site closed in June 2023.',
        'June 2023',
        'en',
        [],
        ['Harlow Mills Ltd'],
      ],
      [
        'The Carver Falls Water Authority tested the pipes in May 2022, but the results were lost in August 2022.',
        'August 2022',
        'en',
        [],
        ['Carver Falls Water Authority'],
      ],
      [
        'The Arrach Rivers Trust held a licence to cull beavers from March 2024, and that licence expired on 31 August 2025.',
        '31 August 2025',
        'en',
        [],
        ['Arrach Rivers Trust'],
      ],
      [
        'Mayor Ines Cole said on 3 March 2025 that the council had approved the plan, and that the bridge would reopen in May 2026.',
        'May 2026',
        'en',
        [],
        ['Ines Cole'],
      ],
    ]);
  });

  describe('words in lower case before an auxiliary are the clause’s subject', () => {
    check([
      [
        'County Commissioner Hank Delgado said on 4 May 2022 that the county had bought the land, and that outdoor sirens would be installed by the end of 2023.',
        'by the end of 2023',
        'en',
        [],
        ['Hank Delgado'],
      ],
    ]);
  });

  describe('the sentence’s names stay where the clause may be about them', () => {
    check([
      [
        'Aerovia Handling S.A. won the contract in 2019, and its licence runs until at least 2028.',
        'until at least 2028',
        'en',
        ['Aerovia Handling S.A'],
        [],
      ],
      [
        'Chief Emeka Odunze left the meeting on Saturday, and a text message sent to him on Sunday had not been answered.',
        'on Sunday',
        'en',
        ['Chief Emeka Odunze'],
        [],
      ],
      [
        'Hamish Tulloch lost the case in March 2020, and the following spring planted the seeds again.',
        'the following spring',
        'en',
        ['Hamish Tulloch'],
        [],
      ],
      [
        'The CAA grounded the aircraft in May 2025 and said a decision was expected in the second quarter of 2026.',
        'the second quarter of 2026',
        'en',
        ['CAA'],
        [],
      ],
      [
        'Corrected grades will be sent to schools on 14 September 2025 and to pupils the following day, NCES said.',
        'on 14 September 2025',
        'en',
        ['NCES'],
        [],
      ],
    ]);
  });

  describe('a Spanish clause keeps the names of its sentence', () => {
    check([
      [
        'La Constructora Bahía Real S.A. firmó el contrato en marzo de 2021, y la obra se detuvo en junio de 2023.',
        'junio de 2023',
        'es',
        ['Constructora Bahía Real S.A'],
        [],
      ],
    ]);
  });
});
