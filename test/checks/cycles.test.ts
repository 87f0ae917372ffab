import { expect } from 'chai';
import { after, before, check, fact, only, sameDay } from './support.ts';

describe('relations-inconsistent', () => {
  describe('when three relations form a contradictory cycle (a after b, b after c, c after a, each P5D)', () => {
    const cycle = (a: string, b: string, c: string) => [
      fact('a', a, { relations: [after('b', 'P5D')] }),
      fact('b', b, { relations: [after('c', 'P5D')] }),
      fact('c', c, { relations: [after('a', 'P5D')] }),
    ];

    it('names all three relations, whatever the dates', () => {
      expect(only(check(cycle('2022', '2022', '2022')), 'relations-inconsistent')).to.deep.equal([
        {
          code: 'relations-inconsistent',
          severity: 'error',
          facts: ['a', 'b', 'c'],
          message: 'The relations a after b (P5D), b after c (P5D), c after a (P5D) cannot all hold.',
        },
      ]);
    });

    it('also reports the one relation the recorded dates violate', () => {
      const findings = check(cycle('2022-04-22', '2022-04-17', '2022-04-12'));
      expect(findings.map((f) => [f.code, f.facts])).to.deep.equal([
        ['relations-inconsistent', ['a', 'b', 'c']],
        ['relation-violated', ['c', 'a']],
      ]);
    });

    it('stays an error when a date is uncertain: the relations contradict each other whatever the dates', () => {
      const [finding] = only(check(cycle('?2022', '2022', '2022')), 'relations-inconsistent');
      expect(finding?.severity).to.equal('error');
    });

    it('does not narrow any date of the component', () => {
      expect(only(check(cycle('2022', '2022', '2022')), 'date-narrowed')).to.deep.equal([]);
    });
  });

  it('finds two relations between the same facts that exclude each other', () => {
    const findings = check([fact('a', '2022', { relations: [after('b', 'P10D'), sameDay('b')] }), fact('b', '2022')]);
    expect(only(findings, 'relations-inconsistent').map((f) => f.message)).to.deep.equal([
      'The relations a after b (P10D), a same day as b cannot all hold.',
    ]);
  });

  it('finds a cycle of orderings with an exact distance (a after b P10D, b after c, c after a)', () => {
    const findings = check([
      fact('a', '2022', { relations: [after('b', 'P10D')] }),
      fact('b', '2022', { relations: [after('c')] }),
      fact('c', '2022', { relations: [after('a')] }),
    ]);
    expect(only(findings, 'relations-inconsistent').map((f) => f.message)).to.deep.equal([
      'The relations a after b (P10D), b after c, c after a cannot all hold.',
    ]);
  });

  it('accepts a cycle that allows equal days (a after b, b after c, c after a, no offsets)', () => {
    const findings = check([
      fact('a', '2022-04-22', { relations: [after('b')] }),
      fact('b', '2022-04-22', { relations: [after('c')] }),
      fact('c', '2022-04-22', { relations: [after('a')] }),
    ]);
    expect(only(findings, 'relations-inconsistent', 'relation-violated')).to.deep.equal([]);
  });

  it('reports separate contradictions separately', () => {
    const findings = check([
      fact('a', '2022', { relations: [after('b', 'P1D'), before('b', 'P1D')] }),
      fact('b', '2022', { relations: [after('c', 'P2D')] }),
      fact('c', '2022', { relations: [before('b', 'P3D')] }),
    ]);
    expect(only(findings, 'relations-inconsistent').map((f) => f.message)).to.deep.equal([
      'The relations a after b (P1D), a before b (P1D) cannot all hold.',
      'The relations b after c (P2D), c before b (P3D) cannot all hold.',
    ]);
  });

  describe('when the relations only contradict the recorded dates', () => {
    const facts = (c: string) => [
      fact('a', '2022-04-10'),
      fact('b', '2022', { relations: [after('a', 'P5D')] }),
      fact('c', c, { relations: [after('b', 'P5D')] }),
    ];

    it('names the relations and the recorded dates, though no relation is violated on its own', () => {
      const findings = check(facts('2022-04-22'));
      expect(only(findings, 'relation-violated')).to.deep.equal([]);
      expect(only(findings, 'relations-inconsistent')).to.deep.equal([
        {
          code: 'relations-inconsistent',
          severity: 'error',
          facts: ['b', 'a', 'c'],
          message:
            'The relations b after a (P5D), c after b (P5D) cannot all hold with the recorded dates of a (2022-04-10) and c (2022-04-22).',
        },
      ]);
    });

    it('is a warning when one of those dates is uncertain', () => {
      const [finding] = only(check(facts('?2022-04-22')), 'relations-inconsistent');
      expect(finding?.severity).to.equal('warning');
      expect(finding?.message).to.match(
        /with the recorded dates of a \(2022-04-10\) and c \(\?2022-04-22\); the date of c is uncertain\.$/,
      );
    });

    it('holds when the dates fit (a on 10 April, c on 20 April)', () => {
      const findings = check(facts('2022-04-20'));
      expect(only(findings, 'relations-inconsistent', 'relation-violated')).to.deep.equal([]);
      expect(only(findings, 'date-narrowed').map((f) => [f.facts[0], f.implied])).to.deep.equal([
        ['b', { earliest: '2022-04-15', latest: '2022-04-15' }],
      ]);
    });
  });

  it('does not report one violated relation a second time as a cycle', () => {
    const findings = check([fact('a', '2022-05-02', { relations: [after('b', 'P10D')] }), fact('b', '2022-04-21')]);
    expect(findings.map((f) => f.code)).to.deep.equal(['relation-violated']);
  });

  it('names a long cycle by its first relations and a count', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}`);
    const facts = ids.map((id, i) =>
      fact(id, '2022', { relations: [after(ids[(i + 1) % ids.length] as string, 'P1D')] }),
    );
    const [finding] = only(check(facts), 'relations-inconsistent');
    expect(finding?.facts).to.have.length(30);
    expect(finding?.message).to.match(
      /^The relations f00 after f01 \(P1D\), .*, f09 after f10 \(P1D\) and 20 more cannot all hold\.$/,
    );
  });
});
