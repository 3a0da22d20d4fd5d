import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The service's OpenAPI document: served at /docs, and the source of the web app's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('quote-tracker')
      .setDescription('Attributed statements from news articles: ingest, extraction, review, cross-reference and export.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key from `quotes keys create`' })
      .addCookieAuth('qt_session', { type: 'apiKey', in: 'cookie', description: 'Web app session from POST /auth/session' })
      .build(),
  );
}
