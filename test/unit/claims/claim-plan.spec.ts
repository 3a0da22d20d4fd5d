import { ClaimPlan } from '../../../src/claims/claim-plan';

function plan() {
  let n = 0;
  return new ClaimPlan(() => `new-${++n}`);
}

describe('claim decisions of a batch, made in memory', () => {
  it('makes a new claim of a statement and its unclaimed match, compared afresh', () => {
    const p = plan();
    expect(p.group({ id: 's1', claimId: null, speakerId: 'sp', matches: [{ id: 'o1', claimId: null }] })).toBe('new-1');
    const outcome = p.outcome();
    expect(outcome.created).toEqual([{ id: 'new-1', speakerId: 'sp' }]);
    expect(outcome.assignments).toEqual([
      { statementId: 's1', claimId: 'new-1' },
      { statementId: 'o1', claimId: 'new-1' },
    ]);
    expect(outcome.refresh).toEqual(['new-1']);
    expect(outcome.newcomers.size).toBe(0);
  });

  it('joins a stored claim: only the newcomer is compared, nothing is created', () => {
    const p = plan();
    p.group({ id: 's1', claimId: null, speakerId: 'sp', matches: [{ id: 'o1', claimId: 'c1' }, { id: 'o2', claimId: 'c1' }] });
    const outcome = p.outcome();
    expect(outcome.created).toEqual([]);
    expect(outcome.assignments).toEqual([{ statementId: 's1', claimId: 'c1' }]);
    expect(outcome.refresh).toEqual([]);
    expect([...outcome.newcomers]).toEqual([['c1', ['s1']]]);
  });

  it('leaves a statement that matched nothing alone', () => {
    const p = plan();
    expect(p.group({ id: 's1', claimId: null, speakerId: 'sp', matches: [] })).toBeNull();
    expect(p.outcome().assignments).toEqual([]);
  });

  it('lets a later statement of the batch see the claim an earlier one made', () => {
    const p = plan();
    p.group({ id: 's1', claimId: null, speakerId: 'sp', matches: [{ id: 'o1', claimId: null }] });
    // s2 matches o1 as read before s1 was grouped (unclaimed then): it must join s1's new claim.
    expect(p.group({ id: 's2', claimId: null, speakerId: 'sp', matches: [{ id: 'o1', claimId: null }] })).toBe('new-1');
    const outcome = p.outcome();
    expect(outcome.created).toHaveLength(1);
    expect(outcome.assignments.map((a) => a.claimId)).toEqual(['new-1', 'new-1', 'new-1']);
  });

  it('merges the claims a statement touches into the first and moves the others’ statements', () => {
    const p = plan();
    p.group({ id: 's1', claimId: 'c1', speakerId: 'sp', matches: [{ id: 'o1', claimId: 'c2' }, { id: 'o2', claimId: null }] });
    const outcome = p.outcome();
    expect(outcome.absorbed).toEqual([{ from: 'c2', to: 'c1' }]);
    expect(outcome.assignments).toEqual([{ statementId: 'o2', claimId: 'c1' }]);
    expect(outcome.refresh).toEqual(['c1']);
  });

  it('follows a claim made in the batch into the claim that later absorbed it, and never stores it', () => {
    const p = plan();
    p.group({ id: 's1', claimId: null, speakerId: 'sp', matches: [{ id: 'o1', claimId: null }] });
    p.group({ id: 's2', claimId: null, speakerId: 'sp', matches: [{ id: 'o9', claimId: 'c7' }, { id: 'o1', claimId: null }] });
    const outcome = p.outcome();
    expect(outcome.created).toEqual([]);
    expect(outcome.absorbed).toEqual([]);
    expect(new Set(outcome.assignments.map((a) => a.claimId))).toEqual(new Set(['c7']));
    expect(outcome.refresh).toEqual(['c7']);
  });
});
