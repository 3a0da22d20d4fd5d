import { join } from 'path';
import { DataSourceOptions } from 'typeorm';
import { Article } from '../entities/article.entity';
import { Outlet } from '../entities/outlet.entity';
import { ApiKey } from '../auth/api-key.entity';
import { WebSession } from '../auth/web-session.entity';
import { Speaker } from '../entities/speaker.entity';
import { SpeakerAlias } from '../entities/speaker-alias.entity';
import { SpeakerMerge } from '../entities/speaker-merge.entity';
import { SpeakerRole } from '../entities/speaker-role.entity';
import { Statement } from '../entities/statement.entity';
import { StatementEvent } from '../review/statement-event.entity';
import { StatementNote } from '../review/statement-note.entity';
import { StatementVerdict } from '../review/statement-verdict.entity';
import { Claim } from '../claims/claim.entity';
import { StatementExport } from '../exports/statement-export.entity';

/** Entities registered with every DataSource; feature modules append theirs here. */
export const ENTITIES: Function[] = [Outlet, Article, Speaker, Statement, ApiKey, StatementEvent, StatementNote, StatementVerdict, Claim, StatementExport, SpeakerAlias, SpeakerRole, SpeakerMerge, WebSession];

/** Options shared by the Nest apps and the CLI; the schema comes only from migrations/. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    // Compiled: dist/src/database → dist/migrations; from source: src/database → migrations.
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsRun: false,
    synchronize: false,
    // JIT compiles a plan once its estimated cost passes jit_above_cost, which a pipeline batch's
    // claim-candidate query (one arm a statement) does at a million statements: for 200 arms it
    // compiled 3,000 functions and took five times as long as without. No query here gains from it.
    // GIN indexes whose pending list size is not their own (the search keys' and the claim keys') keep
    // it at the least PostgreSQL allows for the service, as every scan reads the list whole: the link
    // stage's claim candidates at 1M took 1.2-1.3 s for 1,000 articles with 64 kB lists against 3.0 s
    // with 256 kB, and the inserts that merge the lists cost no more. A reindex raises it for its writes.
    extra: { max: 10, options: '-c jit=off -c gin_pending_list_limit=64' },
  };
}
