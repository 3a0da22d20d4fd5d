import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Outlet } from '../entities/outlet.entity';

/** Reads and writes of `outlets`. An outlet is known by its domain, or, without one, by its name in any case. */
@Injectable()
export class OutletRepository {
  constructor(@InjectRepository(Outlet) private readonly outlets: Repository<Outlet>) {}

  findByDomain(domain: string): Promise<Outlet | null> {
    return this.outlets.findOne({ where: { domain } });
  }

  /** The outlet of that name which has no domain, the name compared case-insensitively. */
  findDomainlessByName(name: string): Promise<Outlet | null> {
    return this.outlets.createQueryBuilder('o').where('lower(o.name) = lower(:name) AND o.domain IS NULL', { name }).getOne();
  }

  /** Adds the outlet unless a concurrent writer already did (the unique indexes decide). */
  async insertIfAbsent(name: string, domain: string | null): Promise<void> {
    await this.outlets.createQueryBuilder().insert().values({ name, domain }).orIgnore().execute();
  }
}
