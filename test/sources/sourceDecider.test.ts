import { IllegalStateError, ValidationError } from '../../src/core/errors.ts';
import { sourceDecider } from '../../src/sources/decider.ts';
import { given } from '../support/deciderSpec.ts';

describe('the source decider', () => {
  const input = {
    sourceId: 'yt',
    title: 'US protest',
    publisher: 'Yucatan Times',
    url: null,
    publishedOn: '2022-10',
    notes: null,
    reliability: 'C' as const,
  };
  const registered = { type: 'SourceRegistered' as const, data: input };

  it('registers a source', () => {
    given(sourceDecider).when({ type: 'RegisterSource', data: input }).then([registered]);
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
          },
        },
        { type: 'SourceReliabilityRated', data: { sourceId: 'yt', reliability: 'B', previous: 'C' } },
      ]);
  });
});
