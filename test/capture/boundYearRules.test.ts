import { expect } from 'chai';
import { capture, factAt } from './captureHelpers.ts';

/**
 * A bound whose date states no year ("by June", "since March", "hasta el 30 de junio") says in its rule how
 * that year was chosen, as a date without a year on its own does; a bound with its year written says only
 * the bound. Short stories of our own.
 */
describe('the rule of a bound whose date states no year', () => {
  it('"by June" in a future told at publication says which year June is and why', () => {
    const draft = capture('The council said the bridge would reopen by June.', { publishedOn: '2026-03-10' });
    const { span } = factAt(draft, 'by June');
    expect(span.rule).to.include('on or before the end of June 2026');
    expect(span.rule).to.include("'by June' states no year: 2026");
  });

  it('"since March" after a dated paragraph says the year comes from the date the text established', () => {
    const draft = capture('The clinic shut on 2 March 2025. Rents in the street have risen since March.', {
      publishedOn: '2026-03-10',
    });
    const { span } = factAt(draft, 'since March');
    expect(span.rule).to.include('from the start of March 2025 on');
    expect(span.rule).to.include("'since March' states no year: 2025");
  });

  it('"hasta el 30 de junio" says the same in Spanish', () => {
    const draft = capture('La alcaldía dijo que la obra seguirá cerrada hasta el 30 de junio.', {
      publishedOn: '2026-03-10',
      lang: 'es',
    });
    const { span } = factAt(draft, 'hasta el 30 de junio');
    expect(span.rule).to.include('on or before the end of 30 June 2026');
    expect(span.rule).to.include('states no year: 2026');
  });

  it('"since March 2025" with its year written says only the bound', () => {
    const draft = capture('Rents in the street have risen since March 2025.', { publishedOn: '2026-03-10' });
    const { span } = factAt(draft, 'since March 2025');
    expect(span.rule).to.equal("'since March 2025' is from the start of March 2025 on.");
  });
});
