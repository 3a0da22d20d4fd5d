import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { RequestAuthenticator } from './request-authenticator';
import { SessionController } from './session.controller';
import { WebSession } from './web-session.entity';
import { WebSessionRepository } from './web-session.repository';
import { WebSessionsService } from './web-sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([WebSession])],
  controllers: [ApiKeysController, SessionController],
  providers: [ApiKeysService, WebSessionsService, WebSessionRepository, RequestAuthenticator],
  exports: [ApiKeysService, RequestAuthenticator],
})
export class AuthModule {}
