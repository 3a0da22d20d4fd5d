import { DataSource } from 'typeorm';

/**
 * Parts of the schema that other features add and that exports use when present: the speakers'
 * Wikidata QID. Read once per export, so a process started before a migration still exports
 * correctly after it.
 */
export interface ExportSchema {
  speakerQid: boolean;
}

export async function probeExportSchema(dataSource: DataSource): Promise<ExportSchema> {
  const [row] = await dataSource.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'speakers' AND column_name = 'qid') AS "speakerQid"`,
  );
  return { speakerQid: row.speakerQid === true };
}
