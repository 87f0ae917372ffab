import { IllegalStateError, ValidationError } from '../../src/core/errors.ts';
import { topicDecider } from '../../src/topics/decider.ts';
import { given } from '../support/deciderSpec.ts';

describe('the topic decider', () => {
  const defined = {
    type: 'TopicDefined' as const,
    data: { topicId: 'nuctech', label: 'Nuctech scanners', parent: 'border-security', notes: null },
  };

  it('defines a topic under a parent', () => {
    given(topicDecider).when({ type: 'DefineTopic', data: defined.data }).then([defined]);
  });

  it('refuses a topic that is its own parent', () => {
    given(topicDecider)
      .when({ type: 'DefineTopic', data: { ...defined.data, parent: 'nuctech' } })
      .thenThrows(ValidationError, /own parent/);
  });

  it('renames a topic but not to the label it has', () => {
    given(topicDecider, [defined])
      .when({ type: 'RenameTopic', data: { topicId: 'nuctech', label: 'Nuctech equipment' } })
      .then([
        {
          type: 'TopicRenamed',
          data: { topicId: 'nuctech', label: 'Nuctech equipment', previousLabel: 'Nuctech scanners' },
        },
      ]);
    given(topicDecider, [defined])
      .when({ type: 'RenameTopic', data: { topicId: 'nuctech', label: 'Nuctech scanners' } })
      .thenThrows(IllegalStateError);
  });

  it('moves a topic to another parent when a dossier says so', () => {
    given(topicDecider, [defined])
      .when({ type: 'SyncTopic', data: { ...defined.data, parent: null } })
      .then([{ type: 'TopicDescribed', data: { topicId: 'nuctech', parent: null, notes: null } }]);
  });
});
