import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'fs';
import { join } from 'path';

/** The project root from src/web-app (ts-node) or dist/src/web-app (compiled). */
function projectRoot(): string {
  const fromSources = join(__dirname, '..', '..');
  return existsSync(join(fromSources, 'package.json')) ? fromSources : join(fromSources, '..');
}

/** Where `npm run build:web` writes the editors' app (web/). */
export const WEB_APP_DIST = join(projectRoot(), 'web', 'dist');

// Everything the app loads comes from this origin: no CDN, no inline script, no framing.
const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Serves the editors' single-page app at /admin; the queue dashboard keeps /admin/queues. */
@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: WEB_APP_DIST,
      serveRoot: '/admin',
      exclude: ['/admin/queues{*rest}'],
      serveStaticOptions: {
        setHeaders: (res) => {
          res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
          res.setHeader('X-Content-Type-Options', 'nosniff');
        },
      },
    }),
  ],
})
export class WebAppModule {}
