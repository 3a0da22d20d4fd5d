// What grouping a batch of statements (an article's) does to claims, decided in memory so that the
// database is written once for the batch. Statements are taken in order, each seeing what the ones
// before it did, as if each had been grouped and written alone.

export interface GroupedStatement {
  id: string;
  /** The claim the statement was in when the batch was read. */
  claimId: string | null;
  speakerId: string | null;
  /** Statements of other articles found to say the same, with the claims they were in when read. */
  matches: Array<{ id: string; claimId: string | null }>;
}

export interface ClaimPlanOutcome {
  /** New claims, with their speaker. */
  created: Array<{ id: string; speakerId: string | null }>;
  /** Stored claims that joined another: their statements move, then the claim goes. */
  absorbed: Array<{ from: string; to: string }>;
  /** Statements entering a claim. */
  assignments: Array<{ statementId: string; claimId: string }>;
  /** Claims whose every direct quote is compared with the first anew (new or merged ones). */
  refresh: string[];
  /** Claims that only gained statements: just those are compared with the first. */
  newcomers: Map<string, string[]>;
}

export class ClaimPlan {
  private readonly knownClaim = new Map<string, string | null>();
  private readonly mergedInto = new Map<string, string>();
  private readonly created = new Map<string, string | null>();
  private readonly assigned = new Map<string, string>();
  private readonly refreshed = new Set<string>();
  private readonly joined = new Map<string, string[]>();

  constructor(private readonly newClaimId: () => string) {}

  /**
   * Puts a statement and its matches in one claim: the statement's own or a match's, merging every
   * other claim they touch into it, or a new one. Returns the claim, or null when nothing matched.
   */
  group(statement: GroupedStatement): string | null {
    const own = this.claimOf(statement.id, statement.claimId);
    const touched = [own, ...statement.matches.map((m) => this.claimOf(m.id, m.claimId))].filter((id): id is string => id !== null);
    const claims = [...new Set(touched)];
    let claimId = claims[0] ?? null;
    if (!claimId && statement.matches.length) {
      claimId = this.newClaimId();
      this.created.set(claimId, statement.speakerId);
      this.refreshed.add(claimId);
    }
    if (!claimId) return null;
    for (const absorbed of claims.slice(1)) {
      this.mergedInto.set(absorbed, claimId);
      this.refreshed.add(claimId);
    }
    const joining = [...(own === claimId ? [] : [statement.id]), ...statement.matches.filter((m) => this.claimOf(m.id, m.claimId) === null).map((m) => m.id)];
    for (const id of joining) {
      this.knownClaim.set(id, claimId);
      this.assigned.set(id, claimId);
      this.joined.set(claimId, [...(this.joined.get(claimId) ?? []), id]);
    }
    return claimId;
  }

  outcome(): ClaimPlanOutcome {
    const live = (claim: string) => this.resolve(claim) === claim;
    const refresh = new Set([...this.refreshed].map((c) => this.resolve(c)));
    const newcomers = new Map<string, string[]>();
    for (const [claim, ids] of this.joined) {
      const final = this.resolve(claim);
      if (!refresh.has(final)) newcomers.set(final, [...(newcomers.get(final) ?? []), ...ids]);
    }
    return {
      created: [...this.created].filter(([id]) => live(id)).map(([id, speakerId]) => ({ id, speakerId })),
      absorbed: [...this.mergedInto.keys()].filter((id) => !this.created.has(id)).map((from) => ({ from, to: this.resolve(from) })),
      assignments: [...this.assigned].map(([statementId, claim]) => ({ statementId, claimId: this.resolve(claim) })),
      refresh: [...refresh],
      newcomers,
    };
  }

  private claimOf(statementId: string, stored: string | null): string | null {
    const claim = this.knownClaim.has(statementId) ? this.knownClaim.get(statementId)! : stored;
    return claim === null ? null : this.resolve(claim);
  }

  private resolve(claim: string): string {
    let at = claim;
    while (this.mergedInto.has(at)) at = this.mergedInto.get(at)!;
    return at;
  }
}
