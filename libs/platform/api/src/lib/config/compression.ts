import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * gzip (or deflate) for every compressible answer of at least 1 KiB, API and web app alike, when
 * the client asks for it. Server-sent events are left alone: compression would buffer them.
 */
export function useCompression(app: NestExpressApplication): void {
  app.use(compression({ filter: shouldCompress }));
}

function shouldCompress(req: Request, res: Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  if (type.startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}
