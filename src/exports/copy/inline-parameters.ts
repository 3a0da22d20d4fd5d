import { escapeLiteral } from 'pg';

/**
 * Writes a parameterised query's values into its text as literals, for the statements PostgreSQL
 * cannot parameterise (COPY). Placeholders inside string literals, quoted identifiers and comments
 * are left alone. An untyped literal takes its type from context as a parameter does, so the query
 * means the same. Values are strings or numbers, as the statement filters pass them.
 */
export function inlineParameters(sql: string, parameters: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      const end = closingQuote(sql, i, ch);
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else if (ch === '$' && /[0-9]/.test(sql[i + 1] ?? '') && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? '')) {
      const match = /^\$(\d+)/.exec(sql.slice(i))!;
      out += literal(parameters, Number(match[1]));
      i += match[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index just past the quote that closes the one at `start`; a doubled quote is part of the text. */
function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  for (;;) {
    const next = sql.indexOf(quote, i);
    if (next < 0) throw new Error('unterminated quoted text in SQL');
    if (sql[next + 1] === quote) {
      i = next + 2;
      continue;
    }
    return next + 1;
  }
}

function literal(parameters: readonly unknown[], position: number): string {
  if (position < 1 || position > parameters.length) throw new Error(`SQL refers to $${position}, but ${parameters.length} parameters were given`);
  const value = parameters[position - 1];
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return escapeLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return escapeLiteral(String(value));
  throw new Error(`cannot write a ${typeof value} parameter as a literal`);
}
