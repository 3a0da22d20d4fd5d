import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';

/**
 * The migrations make the schema and the entities describe it: a column that only raw SQL knows of
 * is one no repository can read or write through its entity, and one an entity names that the
 * migrations never made fails at the first query. Checked against this run's migrated database.
 */
describe("entities, the migrated schema and the service's sessions (e2e)", () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('map every column of their tables, and name no column the migrations did not make', async () => {
    const rows: { table_name: string; column_name: string }[] = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
    );
    const mismatches = db.entityMetadatas.flatMap((entity) => {
      const inSchema = rows.filter((r) => r.table_name === entity.tableName).map((r) => r.column_name);
      const mapped = entity.columns.map((c) => c.databaseName);
      return [
        ...inSchema.filter((c) => !mapped.includes(c)).map((c) => `${entity.tableName}.${c} is not mapped on ${entity.name}`),
        ...mapped.filter((c) => !inSchema.includes(c)).map((c) => `${entity.name} maps ${entity.tableName}.${c}, which no migration made`),
      ];
    });
    expect(db.entityMetadatas.length).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });

  it('open sessions without JIT and with the least GIN pending list, which every claim-candidate and search scan reads whole', async () => {
    const [{ jit }] = await db.query('SHOW jit');
    const [{ gin_pending_list_limit }] = await db.query('SHOW gin_pending_list_limit');
    expect({ jit, gin_pending_list_limit }).toEqual({ jit: 'off', gin_pending_list_limit: '64kB' });
  });
});
