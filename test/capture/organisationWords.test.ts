import { expect } from 'chai';
import { linkedAt, proposed } from './captureHelpers.ts';

describe('capture: "Organization" and "Organisation" name an organisation, as "Organización" does', () => {
  it('reads "the World Health Organization" as an organisation', () => {
    const text = 'The World Health Organization listed snakebite as a neglected disease in June 2017.';
    expect(proposed(text, 'en')).to.include('World Health Organization (organization)');
  });

  it('reads "the Pan-Atlantic Fisheries Organisation" as an organisation', () => {
    const text = 'The Pan-Atlantic Fisheries Organisation cut the cod quota on 4 March 2024.';
    expect(proposed(text, 'en')).to.include('Pan-Atlantic Fisheries Organisation (organization)');
  });

  it('does not link a later word of the organisation’s name that opens another phrase ("Health facilities")', () => {
    const text =
      'The World Health Organization listed snakebite as a neglected disease in June 2017. Health facilities in Kiboro County have had no antivenom since 28 January 2025.';
    expect(linkedAt(text, 'June 2017', 'en')).to.include('World Health Organization');
    expect(linkedAt(text, '28 January 2025', 'en')).to.not.include('World Health Organization');
  });

  it('reads "la Organización Panamericana de la Salud" as an organisation', () => {
    const text = 'La Organización Panamericana de la Salud emitió una alerta el 3 de mayo de 2024.';
    expect(proposed(text, 'es')).to.include('Organización Panamericana de la Salud (organization)');
  });
});
