import { expect } from 'chai';
import { captureText } from '../../src/capture/captureText.ts';
import type { PlacedReference, SourcedActor } from '../../src/capture/eventActors.ts';
import type { Lang } from '../../src/capture/lexicon.ts';

/** The actors (by id) proposed for the fact quoting `when`, and every reference back its clause makes, as the trace tells them. */
function traced(text: string, lang: Lang, when: string) {
  const seen = new Map<string, { actors: readonly SourcedActor[]; references: readonly PlacedReference[] }>();
  const draft = captureText(
    { text, lang, publishedOn: '2024-06-01' },
    { today: '2025-01-01', traceActors: (fact, actors, references) => seen.set(fact, { actors, references }) },
  );
  const fact = draft.facts.find((f) => f.citations[0]?.quote.includes(when));
  if (!fact) throw new Error(`no fact quotes "${when}"`);
  const found = seen.get(fact.id);
  if (!found) throw new Error(`no trace for ${fact.id}`);
  return {
    actors: found.actors.map((a) => a.actorId),
    references: found.references.map((r) => ({
      actor: r.actorId,
      from: r.from,
      place: r.place,
      words: text.slice(r.ref.start, r.ref.end),
    })),
  };
}

describe('capture: the actor trace tells every reference back a clause makes, proposed or not', () => {
  it('tells a reference after a preposition, which the chip policy does not propose', () => {
    const { actors, references } = traced(
      'The Kessock Ferry Board met in January. On 9 May 2023 Amir Solak wrote to the board about the timetable.',
      'en',
      '9 May 2023',
    );
    expect(actors).to.deep.equal(['amir-solak']);
    expect(references).to.deep.include({
      actor: 'kessock-ferry-board',
      from: 'common-noun',
      place: 'preposition',
      words: 'the board',
    });
  });

  it('tells "la secretaría" after "a", which the chip policy does not propose', () => {
    const { actors, references } = traced(
      'La Secretaría de Turismo abrió el concurso. El 4 de julio de 2023 Ramiro Ochoa demandó a la secretaría.',
      'es',
      '4 de julio de 2023',
    );
    expect(actors).to.deep.equal(['ramiro-ochoa']);
    expect(references).to.deep.include({
      actor: 'secretaria-de-turismo',
      from: 'common-noun',
      place: 'preposition',
      words: 'la secretaría',
    });
  });

  it('tells "it" as a subject, which the chip policy never proposes', () => {
    const { actors, references } = traced(
      'The Dunmore Trust said the roof was unsafe. It collapsed on 2 February 2023.',
      'en',
      '2 February 2023',
    );
    expect(actors).to.deep.equal([]);
    expect(references.map((r) => [r.actor, r.from, r.place])).to.deep.equal([['dunmore-trust', 'it', 'subject']]);
  });
});
