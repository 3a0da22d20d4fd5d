import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Morphology } from '../extraction/morphology';
import { MORPHOLOGY } from '../language/morphology.provider';
import { bundledLexicon } from '../speaker-registry/bundled-speaker-directory';
import type { RegistryEntry } from '../speaker-registry/registry-types';
import { holderOn } from '../speaker-registry/role-holders';
import { RoleParser } from '../speaker-registry/role-parser';
import { roleKey } from '../speaker-registry/speaker-registry';
import { SpeakerView, toSpeakerView } from './speaker-view';
import { SpeakerRepository } from './speaker.repository';

export interface RoleResolution {
  speaker: SpeakerView;
  role: string;
  of: string;
  from: string | null;
  to: string | null;
  confidence: number;
}

/** Organisations change rarely; the parser that knows their names is rebuilt at most this often. */
const PARSER_TTL_MS = 60_000;

/**
 * "президент США" on a date → the speaker, from the roles in the database (seed and admin-edited),
 * read with the same parser and date rules as the bundled registry the extractor uses.
 */
@Injectable()
export class SpeakerRoleResolverService {
  private parser: { value: RoleParser; builtAt: number } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MORPHOLOGY) private readonly morphology: Morphology,
    private readonly speakers: SpeakerRepository,
  ) {}

  async resolve(role: string, date: string | null): Promise<RoleResolution> {
    const parser = await this.roleParser();
    for (const parsed of parser.parse(role)) {
      const terms = await this.speakers.roleTerms(this.dataSource.manager, roleKey(parsed.role, parsed.of));
      const held = holderOn(terms.map((t) => ({ holder: t.speakerId, from: t.validFrom, to: t.validTo })), date);
      if (held === 'ambiguous') throw new NotFoundException(`several speakers held "${role}" then; the date does not tell them apart`);
      if (!held) continue;
      const speaker = await this.speakers.findById(this.dataSource.manager, held.holder);
      if (!speaker) continue;
      return {
        speaker: toSpeakerView(speaker),
        role: parsed.role,
        of: parsed.of,
        from: held.from,
        to: held.to,
        confidence: Math.round(90 * held.share * parsed.certainty) / 100,
      };
    }
    throw new NotFoundException(`no registry speaker held "${role}" on ${date ?? 'today'}`);
  }

  private async roleParser(): Promise<RoleParser> {
    if (this.parser && Date.now() - this.parser.builtAt < PARSER_TTL_MS) return this.parser.value;
    const orgs = await this.speakers.liveOrganizations(this.dataSource.manager);
    const entries: RegistryEntry[] = orgs.map((o) => ({ id: o.id, name: o.canonicalName, type: 'organization', names: o.names, aliases: o.aliases }));
    this.parser = { value: new RoleParser(bundledLexicon, entries, this.morphology), builtAt: Date.now() };
    return this.parser.value;
  }
}
