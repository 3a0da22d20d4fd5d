import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Article } from '../articles/article.entity';
import { Statement } from '../statements/statement.entity';
import { Speaker } from './speaker.entity';

/** The link stage: ties each statement of an article to a speaker record. */
@Injectable()
export class SpeakerLinkingService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(Statement) private readonly statements: Repository<Statement>,
    @InjectRepository(Speaker) private readonly speakers: Repository<Speaker>,
  ) {}

  async linkArticle(articleId: string): Promise<void> {
    const article = await this.articles.findOne({ where: { id: articleId } });
    if (!article || !['extracted', 'done'].includes(article.status)) return;
    const unlinked = await this.statements.find({ where: { articleId, speakerId: IsNull() } });
    for (const statement of unlinked) {
      const speaker = await this.findOrCreate(statement.speakerName, statement.speakerType as Speaker['type']);
      await this.statements.update(
        { id: statement.id, speakerId: IsNull() },
        { speakerId: speaker.id, linkRule: speaker.created ? 'new-speaker' : 'exact-name', linkConfidence: speaker.created ? 0.5 : 1 },
      );
    }
    await this.articles.update({ id: articleId }, { status: 'done' });
  }

  private async findOrCreate(name: string, type: Speaker['type']): Promise<{ id: string; created: boolean }> {
    const find = () =>
      this.speakers.createQueryBuilder('s').where('lower(s.canonical_name) = lower(:name) AND s.type = :type', { name, type }).getOne();
    const existing = await find();
    if (existing) return { id: existing.id, created: false };
    const inserted = await this.speakers.createQueryBuilder().insert().values({ canonicalName: name, type }).orIgnore().returning(['id']).execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (id) return { id, created: true };
    const winner = await find();
    if (!winner) throw new Error(`speaker "${name}" vanished while linking`);
    return { id: winner.id, created: false };
  }
}
