import { describeDateTables } from './dateTables.ts';

/**
 * '"We will appeal the ruling," the lawyer said on Monday': a quotation closed before the date phrase is the
 * statement reported, whose tense is not the telling's (docs/design.md, How capture reads dates). Short stories of
 * our own.
 */
describeDateTables([
  [
    'a statement quoted before its attribution does not give the telling its tense',
    [
      {
        text: '"We will appeal the ruling," the lawyer said on Monday.',
        publishedOn: '2026-09-24',
        phrase: 'on Monday',
        when: '2026-09-21',
      },
      {
        text: 'Every engine was inspected again. "None showed damage that would have affected airworthiness," chief executive Maren Oyelaran said in a statement on Tuesday.',
        publishedOn: '2026-09-24',
        phrase: 'on Tuesday',
        when: '2026-09-22',
      },
      {
        text: '"Yo había comprado los billetes y nadie nos avisará nunca", explica la gaiteira Uxía Rendo, que debía tocar el 15 de agosto.',
        publishedOn: '2025-09-17',
        phrase: '15 de agosto',
        when: '2025-08-15',
        lang: 'es',
      },
    ],
  ],
  [
    'a date inside the quotation keeps the quotation’s tense',
    [
      {
        text: 'The mayor said: "We will reopen the plant on Monday."',
        publishedOn: '2026-09-24',
        phrase: 'on Monday',
        when: '2026-09-28',
      },
    ],
  ],
]);
