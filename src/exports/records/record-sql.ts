/**
 * Builders for SQL expressions that format values inside PostgreSQL. Inputs are SQL expressions
 * written in this code base, never user input.
 */

/** JSON null as SQL text, for a field that has no value. */
export const JSON_NULL = `'null'`;

/** One value as JSON text: strings escaped by PostgreSQL's own JSON writer, NULL as null. */
export function jsonValue(expression: string): string {
  return `COALESCE(to_json(${expression})::text, ${JSON_NULL})`;
}

const JSON_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** A JSON object from keys and expressions that are already JSON text (never NULL), in key order, compact. */
export function jsonObject(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(([key, value], i) => {
    if (!JSON_KEY.test(key)) throw new Error(`not a plain JSON key: ${key}`);
    return `'${i === 0 ? '{' : ','}"${key}":' || ${value}`;
  });
  return parts.length ? `(${parts.join(' || ')} || '}')` : `'{}'`;
}

/** A timestamptz as ISO 8601 in UTC, formatted by PostgreSQL: parsing a Date per row and printing it again costs more than the query. */
export function isoTimestamp(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
