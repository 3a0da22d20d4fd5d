import type { EntityManager } from 'typeorm';

/** Ids an UPDATE … RETURNING id gave back (TypeORM answers such a query with [rows, count]). */
export async function updatedIds(em: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const result = await em.query(sql, params);
  const rows: { id: string }[] = Array.isArray(result[0]) ? result[0] : result;
  return rows.map((r) => r.id);
}
