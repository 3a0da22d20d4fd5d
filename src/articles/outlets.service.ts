import { Injectable } from '@nestjs/common';
import { Outlet } from '../entities/outlet.entity';
import { OutletRepository } from './outlet.repository';

@Injectable()
export class OutletsService {
  constructor(private readonly outlets: OutletRepository) {}

  /** The outlet named, or the one behind the URL's host; created on first sight. */
  async findOrCreate(name: string | undefined, domain: string | null): Promise<Outlet | null> {
    const displayName = name?.trim() || domain;
    if (!displayName) return null;
    const existing = await this.find(displayName, domain);
    if (existing) return existing;
    await this.outlets.insertIfAbsent(displayName, domain);
    return this.find(displayName, domain);
  }

  private find(displayName: string, domain: string | null): Promise<Outlet | null> {
    return domain ? this.outlets.findByDomain(domain) : this.outlets.findDomainlessByName(displayName);
  }
}
