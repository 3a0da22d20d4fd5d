import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { decodeCursor, Page, toPage } from '../common/pagination';
import { escapeLike } from '../statements/statement-filters';
import { ListSpeakersQuery } from './dto/list-speakers.query';
import { Speaker } from './speaker.entity';

export interface SpeakerView {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export function toSpeakerView(s: Speaker): SpeakerView {
  return { id: s.id, name: s.canonicalName, type: s.type, aliases: s.aliases };
}

@Injectable()
export class SpeakersService {
  constructor(@InjectRepository(Speaker) private readonly speakers: Repository<Speaker>) {}

  async list(query: ListSpeakersQuery): Promise<Page<SpeakerView>> {
    const qb = this.speakers.createQueryBuilder('s').orderBy('s.seq', 'DESC').take(query.limit + 1);
    if (query.q) {
      qb.andWhere(`(s.canonical_name ILIKE :q OR EXISTS (SELECT 1 FROM unnest(s.aliases) al WHERE al ILIKE :q))`, {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.type) qb.andWhere('s.type = :type', { type: query.type });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.seq < :after', { after });
    return toPage(await qb.getMany(), query.limit, toSpeakerView);
  }
}
