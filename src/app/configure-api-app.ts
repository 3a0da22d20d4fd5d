import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { buildOpenApiDocument } from './openapi-document';

/** Everything the API needs beyond its module: body limits, validation, OpenAPI. Shared by main.ts and the e2e tests. */
export function configureApiApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.MAX_BODY_SIZE });
  app.use(bodyParserErrors);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
    }),
  );
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document);
  return app;
}

/** Body-parser failures (oversized or malformed JSON) answered as JSON like every other error. */
function bodyParserErrors(err: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction) {
  if (!err) return next();
  if (err.type === 'entity.too.large') return void res.status(413).json({ statusCode: 413, message: `request body is larger than the limit`, error: 'Payload Too Large' });
  if (err.type === 'entity.parse.failed') return void res.status(400).json({ statusCode: 400, message: `request body is not valid JSON: ${err.message}`, error: 'Bad Request' });
  next(err);
}
