import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Outlet } from '../entities/outlet.entity';

/** An outlet as a submission names it: by its site's host, or by name alone when there is no URL. */
export interface OutletKey {
  name: string;
  domain: string | null;
}

/** The only code that writes `outlets`. */
@Injectable()
export class OutletRepository {
  constructor(@InjectRepository(Outlet) private readonly outlets: Repository<Outlet>) {}

  /**
   * The outlet id of each key, in order, creating the missing ones: one INSERT for all of them and one
   * SELECT, whatever the number. The SELECT runs as its own statement so that it sees outlets a
   * concurrent request created while our INSERT waited on them. Matching (host, or lower-cased name
   * without a host) is PostgreSQL's, as the unique indexes define it.
   */
  async upsertMany(keys: readonly OutletKey[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const names = keys.map((k) => k.name);
    const domains = keys.map((k) => k.domain);
    await this.outlets.query(
      `INSERT INTO outlets (name, domain)
       SELECT w.name, w.domain FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(name, domain, ord) ORDER BY w.ord
       ON CONFLICT DO NOTHING`,
      [names, domains],
    );
    const rows: { ord: string; id: string }[] = await this.outlets.query(
      `SELECT w.ord, o.id
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(name, domain, ord)
         JOIN outlets o ON o.domain = w.domain
       UNION ALL
       SELECT w.ord, o.id
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(name, domain, ord)
         JOIN outlets o ON w.domain IS NULL AND o.domain IS NULL AND lower(o.name) = lower(w.name)`,
      [names, domains],
    );
    const ids: string[] = new Array(keys.length);
    for (const row of rows) ids[Number(row.ord) - 1] = row.id;
    for (let i = 0; i < keys.length; i++) if (!ids[i]) throw new Error(`outlet ${keys[i].domain ?? keys[i].name} was neither inserted nor found`);
    return ids;
  }
}
