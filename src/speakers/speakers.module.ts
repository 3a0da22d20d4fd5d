import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article } from '../articles/article.entity';
import { Statement } from '../statements/statement.entity';
import { SpeakerLinkingService } from './speaker-linking.service';
import { Speaker } from './speaker.entity';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Speaker, Statement, Article])],
  controllers: [SpeakersController],
  providers: [SpeakersService, SpeakerLinkingService],
  exports: [SpeakersService, SpeakerLinkingService],
})
export class SpeakersModule {}
