import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Streams `COPY (select) TO STDOUT WITH (options)`: PostgreSQL formats every value in C and the
 * bytes reach the caller undecoded, as fast as the caller takes them (the connection waits while
 * it does not). One connection is held until the end. A COPY cannot be stopped half-way on its
 * connection, so a caller that stops early closes the connection, which ends the query.
 */
export async function* copyOut(dataSource: DataSource, select: string, options: string): AsyncGenerator<Buffer> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client = await pool.connect();
  let readToEnd = false;
  try {
    const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (${options})`));
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    readToEnd = true;
  } finally {
    client.release(readToEnd ? undefined : new Error('COPY was not read to the end'));
  }
}
