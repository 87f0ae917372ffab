import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { capture, factAt } from './captureHelpers.ts';

const names = (text: string, lang: 'en' | 'es' = 'en') => {
  const index = indexActors(text, lang, []);
  return [...index.actors.values()].map((a) => `${a.name} (${a.kind})`);
};

describe('capture: actors', () => {
  it('proposes people, organisations, government bodies and companies, without their titles', () => {
    const text =
      'Transport Minister Alan Pryce met the Maritime Safety Authority and Norland Logistics Ltd. Later, its chief executive, Sofia Marin, wrote to the State Department.';
    expect(names(text)).to.include.members([
      'Alan Pryce (person)',
      'Maritime Safety Authority (government-body)',
      'Norland Logistics Ltd (company)',
      'Sofia Marin (person)',
      'State Department (government-body)',
    ]);
  });

  it('links a surname to the person named before, and an acronym in brackets to the body it follows', () => {
    const text =
      'Ambassador Ken Salazar wrote to the Secretary of National Defense (Sedena). Salazar said Sedena had replied.';
    const index = indexActors(text, 'en', []);
    const salazar = [...index.actors.values()].find((a) => a.name === 'Ken Salazar');
    const sedena = [...index.actors.values()].find((a) => a.name === 'Secretary of National Defense');
    expect(sedena?.aliases).to.deep.equal(['Sedena']);
    expect(index.mentions.filter((m) => m.actorId === salazar?.id)).to.have.length(2);
    expect(index.mentions.filter((m) => m.actorId === sedena?.id)).to.have.length(3);
  });

  it('reads Spanish names and institutions from capitalised words', () => {
    const text =
      'La interventora municipal, Rosa Delgado, remitió un informe a la Fiscalía Anticorrupción. Agentes de la Guardia Civil registraron el ayuntamiento.';
    expect(names(text, 'es')).to.include.members([
      'Rosa Delgado (person)',
      'Fiscalía Anticorrupción (government-body)',
      'Guardia Civil (government-body)',
    ]);
  });

  it('leaves places, demonyms and sentence-start words out', () => {
    const text =
      'The Mexican government installed scanners at the Felipe Ángeles Airport. In Linden Street, residents met.';
    expect(names(text)).to.not.include.members([
      'Felipe Ángeles Airport (person)',
      'Linden Street (person)',
      'Mexican (organization)',
    ]);
  });

  it('matches the store’s actors by name and alias and proposes only the new ones', () => {
    const text = 'On 2 May 2022 Ambassador Ken Salazar sent a letter to Sedena.';
    const draft = capture(text, {
      context: {
        knownActors: [
          { id: 'sedena', name: 'Secretariat of National Defense', kind: 'government-body', aliases: ['Sedena'] },
        ],
      },
    });
    expect(draft.actors.map((a) => a.id)).to.deep.equal(['ken-salazar']);
    expect(draft.facts[0]?.actors).to.deep.equal([
      { id: 'ken-salazar', role: 'sender' },
      { id: 'sedena', role: 'recipient' },
    ]);
  });

  it('gives roles only where the sentence makes them clear', () => {
    const draft = capture(
      'An intelligence report sent on April 22 by the State Department to the Secretary of National Defense warned of risks. On 3 May 2022 Ken Salazar met Marcelo Ebrard.',
      { publishedOn: '2022-10' },
    );
    expect(factAt(draft, 'April 22').fact.actors).to.deep.equal([
      { id: 'state-department', role: 'sender' },
      { id: 'secretary-of-national-defense', role: 'recipient' },
    ]);
    expect(factAt(draft, '3 May 2022').fact.actors).to.deep.equal([
      { id: 'ken-salazar', role: null },
      { id: 'marcelo-ebrard', role: null },
    ]);
  });

  it('links "he" to the last person named, and "the agency" to the last body with that word in its name', () => {
    const draft = capture(
      'The Environment Agency objected in March 2023. Councillor Joaquin Reyes-Burke read the letter. He raised the matter on 5 June 2023. The agency withdrew its objection in July 2023.',
    );
    expect(factAt(draft, '5 June 2023').fact.actors.map((a) => a.id)).to.deep.equal(['joaquin-reyes-burke']);
    expect(factAt(draft, 'July 2023').fact.actors.map((a) => a.id)).to.deep.equal(['environment-agency']);
  });

  it('links "him" and "the company" after the clause’s subject to no one (such chips are right less often than wrong)', () => {
    const draft = capture(
      'Hollis Marrow, a harbour pilot, joined Tessaly Foods in 1958. The Royal Humane Society gave him a medal in May 1964. The Food Standards Office told the company to recall the jars on 14 July 2023.',
    );
    expect(factAt(draft, 'May 1964').fact.actors.map((a) => a.id)).to.have.members(['royal-humane-society']);
    expect(factAt(draft, '14 July 2023').fact.actors.map((a) => a.id)).to.have.members(['food-standards-office']);
  });

  it('reads companies, clubs and journals by their words, and glaciers and mountain ranges as places', () => {
    expect(
      names(
        'Tessaly Foods and the Wendport Pilotage Service met Cryosphere Letters at the Hallvik Glacier in the Sorrel Range.',
      ),
    ).to.have.members([
      'Tessaly Foods (company)',
      'Wendport Pilotage Service (organization)',
      'Cryosphere Letters (organization)',
    ]);
    expect(
      names('El Atlético Sotavento vendió a Rubén Ledesma al Racing de Almagro y multó a Aguas del Valle.', 'es'),
    ).to.include.members([
      'Atlético Sotavento (organization)',
      'Racing de Almagro (organization)',
      'Aguas del Valle (company)',
    ]);
  });
});

describe('capture: actors named again by part of their names', () => {
  const actorsOf = (text: string, phrase: string, lang: 'en' | 'es', publishedOn: string) => {
    const draft = capture(text, { lang, publishedOn });
    const byId = new Map(draft.actors.map((a) => [a.id, a.name]));
    return factAt(draft, phrase).fact.actors.map((a) => byId.get(a.id));
  };

  it('takes the words whose initials an acronym in brackets spells as the name, and the acronym as its alias', () => {
    const text =
      'The drops were recalled after the Food and Drug Administration (FDA) found bacteria. The FDA said on 1 September that it would inspect again.';
    const draft = capture(text, { lang: 'en', publishedOn: '2023-09-15' });
    expect(draft.actors.map((a) => [a.name, a.aliases])).to.deep.equal([['Food and Drug Administration', ['FDA']]]);
    expect(actorsOf(text, '1 September', 'en', '2023-09-15')).to.deep.equal(['Food and Drug Administration']);
  });

  it('links an acronym met before its bracket was read ("the HTA’s") to the actor it names, and proposes no actor of its own', () => {
    const text =
      'The Harwick Transit Authority (HTA) proposed a depot in 2018. The HTA’s chief executive, Tom Okafor, signed a letter on 4 June 2021.';
    const draft = capture(text, { lang: 'en', publishedOn: '2021-06-11' });
    expect(draft.actors.map((a) => a.name)).to.deep.equal(['Harwick Transit Authority', 'Tom Okafor']);
    expect(actorsOf(text, '4 June 2021', 'en', '2021-06-11')).to.include('Harwick Transit Authority');
  });

  it('links the first of two Spanish surnames, and both surnames, to a person named with four words', () => {
    const text =
      'El subsecretario, Héctor Manuel Ibarra Solís, habló el 4 de marzo de 2024. Ibarra dijo el 5 de marzo de 2024 que seguirá. Ibarra Solís viajó el 6 de marzo de 2024.';
    const draft = capture(text, { lang: 'es', publishedOn: '2024-03-08' });
    expect(draft.actors.map((a) => a.name)).to.deep.equal(['Héctor Manuel Ibarra Solís']);
    expect(actorsOf(text, '5 de marzo', 'es', '2024-03-08')).to.deep.equal(['Héctor Manuel Ibarra Solís']);
    expect(actorsOf(text, '6 de marzo', 'es', '2024-03-08')).to.deep.equal(['Héctor Manuel Ibarra Solís']);
  });
});

describe('capture: people named with a title', () => {
  it('ends a titled person’s name where "of" begins, so the surname links later', () => {
    const text =
      'Judge Harriet Osei of the Ashby District Court approved the deal on 3 May 2023. Osei ruled on 5 May 2023.';
    const draft = capture(text, { lang: 'en', publishedOn: '2023-06-01' });
    const osei = draft.actors.find((a) => a.name === 'Harriet Osei');
    expect(osei, JSON.stringify(draft.actors)).to.not.equal(undefined);
    expect(factAt(draft, '5 May 2023').fact.actors.map((a) => a.id)).to.deep.equal([osei?.id]);
  });

  it('proposes a person for a title before a lone surname ("Mr Okafor")', () => {
    const draft = capture('Mr Okafor said on 4 May 2023 that the firm would comply.', {
      lang: 'en',
      publishedOn: '2023-06-01',
    });
    expect(draft.actors.map((a) => [a.name, a.kind])).to.deep.equal([['Okafor', 'person']]);
  });
});

describe('capture: people named again by their role', () => {
  const linkedOn = (text: string, phrase: string, lang: 'en' | 'es') => {
    const draft = capture(text, { lang, publishedOn: '2023-06-01' });
    const byId = new Map(draft.actors.map((a) => [a.id, a.name]));
    return factAt(draft, phrase).fact.actors.map((a) => byId.get(a.id));
  };

  it('links "the judge" to the person named after "Judge"', () => {
    const text = 'Judge Harriet Osei approved the deal on 3 May 2023. The judge ordered a review on 7 May 2023.';
    expect(linkedOn(text, '7 May 2023', 'en')).to.deep.equal(['Harriet Osei']);
  });

  it('links "el ministro" to the person named after "el ministro de …", not to a person named since with another role', () => {
    const text =
      'El ministro de Economía, Luis Gil Ortega, habló el 4 de mayo de 2023. La jueza Ana Ruiz ordenó el 5 de mayo de 2023 una revisión. El ministro respondió el 6 de mayo de 2023.';
    expect(linkedOn(text, '6 de mayo de 2023', 'es')).to.deep.equal(['Luis Gil Ortega']);
  });
});
