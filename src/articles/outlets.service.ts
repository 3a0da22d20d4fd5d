import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Outlet } from '../entities/outlet.entity';

@Injectable()
export class OutletsService {
  constructor(@InjectRepository(Outlet) private readonly outlets: Repository<Outlet>) {}

  /** The outlet named, or the one behind the URL's host; created on first sight. */
  async findOrCreate(name: string | undefined, domain: string | null): Promise<Outlet | null> {
    const displayName = name?.trim() || domain;
    if (!displayName) return null;
    const existing = domain
      ? await this.outlets.findOne({ where: { domain } })
      : await this.outlets.createQueryBuilder('o').where('lower(o.name) = lower(:name) AND o.domain IS NULL', { name: displayName }).getOne();
    if (existing) return existing;
    await this.outlets.createQueryBuilder().insert().values({ name: displayName, domain }).orIgnore().execute();
    return domain
      ? this.outlets.findOne({ where: { domain } })
      : this.outlets.createQueryBuilder('o').where('lower(o.name) = lower(:name) AND o.domain IS NULL', { name: displayName }).getOne();
  }
}
