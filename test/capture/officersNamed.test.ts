import { checkLinked } from './captureHelpers.ts';

describe('capture: a body officer’s role word in lower case before a name makes it a person', () => {
  checkLinked([
    [
      'The appeal was heard by president V. Kalaiselvan Arumugam on 3 May 2024.',
      '3 May 2024',
      'en',
      ['V. Kalaiselvan Arumugam'],
      [],
    ],
    [
      'The commission, comprising president K. Meenakshi Sundaram and member Dr. Rohini Pillai, pronounced the order on Wednesday (February 18).',
      'on Wednesday',
      'en',
      ['K. Meenakshi Sundaram', 'Rohini Pillai'],
      [],
    ],
    [
      'The order was signed by chairwoman Tavish Okonkwo-Baird on 3 May 2024.',
      '3 May 2024',
      'en',
      ['Tavish Okonkwo-Baird'],
      [],
    ],
    [
      'La investigación comenzó con una denuncia presentada en marzo de 2024 por el concejal opositor Derlis Benítez Ocampo.',
      'marzo de 2024',
      'es',
      ['Derlis Benítez Ocampo'],
      [],
    ],
    [
      'El pedido lo firmó la vocal Ixchel Tuyuc Saquic el 3 de mayo de 2024.',
      '3 de mayo de 2024',
      'es',
      ['Ixchel Tuyuc Saquic'],
      [],
    ],
  ]);
});
