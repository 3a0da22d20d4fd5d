// Dates of the registry and of statements come with day, month or year precision; a role is
// resolved by how much of the statement's interval a term covers, so "2025" and "2025-01" pick the
// holder who held the role for most of that period.

const DAY = 86_400_000;

/** [first day, day after the last] of a YYYY, YYYY-MM or YYYY-MM-DD date, in days since 1970. */
export function dateInterval(date: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const start = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY;
    return Number.isNaN(start) ? null : [start, start + 1];
  }
  if (m[2]) return [Date.UTC(y, Number(m[2]) - 1, 1) / DAY, Date.UTC(y, Number(m[2]), 1) / DAY];
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY];
}

/**
 * A term as [start, end) in days. `from` counts from its first day; `to` is exclusive and, when it
 * gives only a month or a year, ends at that period's start so that a successor who took over "in
 * May" is not shadowed by the predecessor for the whole of May.
 */
export function termInterval(from: string | null, to: string | null): [number, number] {
  const start = from ? (dateInterval(from)?.[0] ?? -Infinity) : -Infinity;
  const end = to ? (dateInterval(to)?.[0] ?? Infinity) : Infinity;
  return [start, end];
}

export function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
