import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/core/errors.ts';
import { sourceDecider } from '../../src/sources/decider.ts';
import { SourceRegistered } from '../../src/sources/events.ts';
import { given } from '../support/deciderSpec.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the source decider', () => {
  const input = {
    sourceId: 'yt',
    title: 'US protest',
    publisher: 'Yucatan Times',
    url: null,
    publishedOn: '2022-10',
    notes: null,
    locale: null,
    reliability: 'C' as const,
  };
  const registered = { type: 'SourceRegistered' as const, data: input };

  it('registers a source', () => {
    given(sourceDecider).when({ type: 'RegisterSource', data: input }).then([registered]);
  });

  it('refuses a locale that is not a BCP 47 language tag', () => {
    const parsed = SourceRegistered.safeParse({ ...input, locale: 'Spanish, Mexico' });
    expect(parsed.success).to.equal(false);
    expect(parsed.error?.issues[0]).to.deep.include({
      path: ['locale'],
      message: 'must be a BCP 47 language tag such as en-US or es-MX',
    });
    expect(SourceRegistered.safeParse({ ...input, locale: 'es-MX' }).success).to.equal(true);
  });

  it('refuses a publication date that is not a date, naming the field', () => {
    given(sourceDecider)
      .when({ type: 'RegisterSource', data: { ...input, publishedOn: '2022-13' } })
      .thenThrows(ValidationError, /publishedOn/);
  });

  it('re-rates a source and keeps the previous grade', () => {
    given(sourceDecider, [registered])
      .when({ type: 'RateSourceReliability', data: { sourceId: 'yt', reliability: 'B' } })
      .then([{ type: 'SourceReliabilityRated', data: { sourceId: 'yt', reliability: 'B', previous: 'C' } }]);
    given(sourceDecider, [registered])
      .when({ type: 'RateSourceReliability', data: { sourceId: 'yt', reliability: 'C' } })
      .thenThrows(IllegalStateError);
  });

  it('syncs a locale given later, as a correction of the details', () => {
    given(sourceDecider, [registered])
      .when({ type: 'SyncSource', data: { ...input, locale: 'es-MX' } })
      .then([
        {
          type: 'SourceDetailsEdited',
          data: {
            sourceId: 'yt',
            title: 'US protest',
            publisher: 'Yucatan Times',
            url: null,
            publishedOn: '2022-10',
            notes: null,
            locale: 'es-MX',
          },
        },
      ]);
  });

  it('syncs corrected details and a new grade', () => {
    given(sourceDecider, [registered])
      .when({ type: 'SyncSource', data: { ...input, title: 'US protests', reliability: 'B' } })
      .then([
        {
          type: 'SourceDetailsEdited',
          data: {
            sourceId: 'yt',
            title: 'US protests',
            publisher: 'Yucatan Times',
            url: null,
            publishedOn: '2022-10',
            notes: null,
            locale: null,
          },
        },
        { type: 'SourceReliabilityRated', data: { sourceId: 'yt', reliability: 'B', previous: 'C' } },
      ]);
  });

  describe('AttachSourceText', () => {
    const text = 'Headline\n\nTen days after this alert, the ambassador sent a letter.';
    const attached = {
      type: 'SourceTextAttached' as const,
      data: { sourceId: 'yt', text, sha256: sha(text), previousSha256: null },
    };

    it('stores the text once, with its SHA-256', () => {
      given(sourceDecider, [registered])
        .when({ type: 'AttachSourceText', data: { sourceId: 'yt', text } })
        .then([attached]);
    });

    it('stores the text in its normalised form, so the SHA-256 is that of the stored text', () => {
      given(sourceDecider, [registered])
        .when({
          type: 'AttachSourceText',
          data: {
            sourceId: 'yt',
            text: 'Headline  \r\n\r\n\r\nTen days after this alert, the ambassador sent a letter.\n',
          },
        })
        .then([attached]);
    });

    it('appends nothing when the same text is attached again', () => {
      given(sourceDecider, [registered, attached])
        .when({ type: 'AttachSourceText', data: { sourceId: 'yt', text: `${text}\n\n` } })
        .then([]);
    });

    it('appends a different text, naming the SHA-256 of the one it replaces', () => {
      const corrected = `${text} It was dated May 2.`;
      given(sourceDecider, [registered, attached])
        .when({ type: 'AttachSourceText', data: { sourceId: 'yt', text: corrected } })
        .then([
          {
            type: 'SourceTextAttached',
            data: { sourceId: 'yt', text: corrected, sha256: sha(corrected), previousSha256: sha(text) },
          },
        ]);
    });

    it('refuses the text of a source that is not registered', () => {
      given(sourceDecider)
        .when({ type: 'AttachSourceText', data: { sourceId: 'yt', text } })
        .thenThrows(NotFoundError, /source yt does not exist/);
    });

    it('refuses an empty text, naming the field', () => {
      given(sourceDecider, [registered])
        .when({ type: 'AttachSourceText', data: { sourceId: 'yt', text: ' \n ' } })
        .thenThrows(ValidationError, /^text: is empty/);
    });

    it('registers a source with its text in one decision', () => {
      given(sourceDecider)
        .when({ type: 'RegisterSource', data: { ...input, text } })
        .then([registered, attached]);
    });

    it('syncs a dossier source: its text when it changed, nothing when it did not, and leaves it when none is given', () => {
      given(sourceDecider, [registered])
        .when({ type: 'SyncSource', data: { ...input, text } })
        .then([attached]);
      given(sourceDecider, [registered, attached])
        .when({ type: 'SyncSource', data: { ...input, text } })
        .then([]);
      given(sourceDecider, [registered, attached])
        .when({ type: 'SyncSource', data: { ...input, text: null } })
        .then([]);
      given(sourceDecider, [registered, attached]).when({ type: 'SyncSource', data: input }).then([]);
    });

    it('keeps what tells texts apart, the digest of the text held, with its size and paragraphs', () => {
      const state = [registered, attached].reduce(sourceDecider.evolve, sourceDecider.initialState());
      expect(state).to.deep.include({
        status: 'registered',
        text: { sha256: sha(text), characters: text.length, paragraphs: 2 },
      });
    });
  });
});
