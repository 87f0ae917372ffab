import { expect } from 'chai';
import { checkAll, checkComponent, relationComponents } from '../../src/checks/index.ts';
import { after, before, check, cite, fact, factMap, only, sameDay, sourceMap } from './support.ts';

describe('relationComponents', () => {
  it('groups facts connected through relations in either direction, sorted, by first id', () => {
    const facts = factMap([
      fact('zeta', '2022', { relations: [after('beta')] }),
      fact('beta', '2022'),
      fact('alpha', '2022'),
      fact('gamma', '2022', { relations: [sameDay('alpha'), before('delta')] }),
      fact('delta', '2022'),
    ]);
    expect(relationComponents(facts)).to.deep.equal([
      ['alpha', 'delta', 'gamma'],
      ['beta', 'zeta'],
    ]);
  });

  it('leaves out retracted facts and does not connect through them or through missing ones', () => {
    const facts = factMap([
      fact('a', '2022', { relations: [after('r'), after('missing')] }),
      fact('r', '2022', { retracted: true }),
      fact('b', '2022', { relations: [after('r')] }),
    ]);
    expect(relationComponents(facts)).to.deep.equal([['a'], ['b']]);
  });

  it('gives the same groups whatever the order of the map', () => {
    const list = [fact('c', '2022', { relations: [after('a')] }), fact('b', '2022'), fact('a', '2022')];
    expect(relationComponents(factMap(list))).to.deep.equal(relationComponents(factMap([...list].reverse())));
  });
});

describe('dangling-relation', () => {
  it('flags a relation to a missing fact and one to a retracted fact', () => {
    const findings = check([
      fact('a', '2022-04-22', { relations: [after('gone'), after('withdrawn', 'P1D')] }),
      fact('withdrawn', '2022-04-21', { retracted: true }),
    ]);
    expect(findings).to.deep.equal([
      {
        code: 'dangling-relation',
        severity: 'warning',
        facts: ['a', 'withdrawn'],
        message: 'a is asserted 1 day after withdrawn, which is retracted.',
      },
      {
        code: 'dangling-relation',
        severity: 'warning',
        facts: ['a', 'gone'],
        message: 'a is asserted to be on or after gone, which is not recorded.',
      },
    ]);
  });
});

describe('retracted facts', () => {
  it('are not checked', () => {
    const findings = check(
      [
        fact('r', '2022-04', {
          retracted: true,
          relations: [after('a', 'P10D')],
          citations: [cite('s', { statedDate: 'May 9' })],
        }),
        fact('a', '2022-04-22'),
      ],
      { s: '2022-01' },
    );
    expect(findings).to.deep.equal([]);
  });
});

describe('imprecise-date', () => {
  const cases: [string, string | null][] = [
    ['2022-04-22', null],
    ['2022-04-22/2022-05-02', null],
    ['2022-04-22T10:00Z', null],
    ['2022-04', 'x is dated April 2022 (2022-04), not to a day: month precision.'],
    ['2022-21', 'x is dated spring 2022 (2022-21), not to a day: season precision.'],
    ['2022', 'x is dated 2022, not to a day: year precision.'],
    ['196X', 'x is dated some year in the 1960s (196X), not to a day: decade precision.'],
    ['../2022-04-22', 'x is dated by 22 April 2022 (../2022-04-22), not to a day: an open start.'],
    ['2022-04/..', 'x is dated from April 2022 (2022-04/..), not to a day: month precision and an open end.'],
  ];
  for (const [when, message] of cases) {
    it(`${message === null ? 'is quiet about' : 'notes'} ${when}`, () => {
      const findings = only(check([fact('x', when)]), 'imprecise-date');
      expect(findings.map((f) => [f.severity, f.message])).to.deep.equal(message === null ? [] : [['info', message]]);
    });
  }
});

describe('checkAll', () => {
  const facts = () => [
    fact('letter', '2022-05-02', {
      relations: [after('alert', 'P10D')],
      citations: [cite('paper', { statedDate: 'May 3' })],
    }),
    fact('alert', '2022-04-21', { citations: [cite('paper', { quote: 'on Friday, April 21' })] }),
    fact('hack', '../2022-10', { relations: [after('alert')] }),
    fact('loose', '2022', { relations: [after('nowhere')] }),
  ];

  it('lists findings by first fact id, then code (errors first), then message', () => {
    expect(check(facts(), { paper: '2022-10' }).map((f) => [f.facts[0], f.code])).to.deep.equal([
      ['alert', 'weekday-mismatch'],
      ['hack', 'imprecise-date'],
      ['letter', 'relation-violated'],
      ['letter', 'sources-disagree'],
      ['loose', 'dangling-relation'],
      ['loose', 'imprecise-date'],
    ]);
  });

  it('narrows dates only in a component where no relation is violated', () => {
    expect(only(check(facts()), 'date-narrowed')).to.deep.equal([]);
    const fixed = check(facts().map((f) => (f.factId === 'letter' ? { ...f, when: '2022-05-01' } : f)));
    expect(only(fixed, 'date-narrowed').map((f) => f.facts[0])).to.deep.equal(['hack']);
  });

  it('gives the same findings for the same input, whatever the order of the maps', () => {
    const forward = checkAll(factMap(facts()), sourceMap({ paper: '2022-10' }));
    const backward = checkAll(factMap([...facts()].reverse()), sourceMap({ paper: '2022-10' }));
    expect(backward).to.deep.equal(forward);
  });

  it('equals checkComponent run over every component', () => {
    const map = factMap(facts());
    const sources = sourceMap({ paper: '2022-10' });
    const perComponent = relationComponents(map).flatMap((members) => checkComponent(members, map, sources));
    expect(checkAll(map, sources)).to.have.deep.members(perComponent);
  });
});

describe('checkComponent', () => {
  it('checks a relation to a fact outside the members on its own', () => {
    const map = factMap([fact('a', '2022-05-02', { relations: [after('b', 'P10D')] }), fact('b', '2022-04-21')]);
    expect(checkComponent(['a'], map, new Map()).map((f) => f.code)).to.deep.equal(['relation-violated']);
  });

  it('skips members that are missing or retracted', () => {
    const map = factMap([fact('r', '2022-04', { retracted: true })]);
    expect(checkComponent(['r', 'missing'], map, new Map())).to.deep.equal([]);
  });
});
