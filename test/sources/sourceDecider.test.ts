import { IllegalStateError, ValidationError } from '../../src/core/errors.ts';
import { expect } from 'chai';
import { sourceDecider } from '../../src/sources/decider.ts';
import { SourceRegistered } from '../../src/sources/events.ts';
import { given } from '../support/deciderSpec.ts';

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
});
