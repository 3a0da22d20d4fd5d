/**
 * Statement dates are kept as the first day of their period plus a precision, and shown at that
 * precision: ('2025-09-01', 'month') ↔ '2025-09'.
 */
export function toStoredDate(date: string | null): { date: string | null; precision: 'day' | 'month' | 'year' | null } {
  if (!date) return { date: null, precision: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(date)) return { date: `${date}-01`, precision: 'month' };
  if (/^\d{4}$/.test(date)) return { date: `${date}-01-01`, precision: 'year' };
  return { date: null, precision: null };
}

export function toDisplayDate(date: string | null, precision: string | null): string | null {
  if (!date) return null;
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}
