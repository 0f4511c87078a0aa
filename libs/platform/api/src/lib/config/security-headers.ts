import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of everything the API serves: the Angular web app, Swagger UI at
 * /api/docs, invoice HTML. Scripts only from this origin (the web app and Swagger UI have no
 * inline script; the production build does not inline critical CSS, whose onload handler would
 * be one); styles from this origin plus inline styles (Angular and Angular Material insert
 * <style> elements, invoice HTML carries its own); fonts self-hosted (@fontsource,
 * material-symbols); never framed by another site.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every answer (helmet 8): the CSP above, X-Frame-Options DENY,
 * X-Content-Type-Options nosniff, Referrer-Policy no-referrer, Strict-Transport-Security (which
 * browsers ignore over plain http, so http://localhost keeps working), no X-Powered-By.
 * `upgrade-insecure-requests` is left out so the app can be served over http on localhost.
 *
 * With TRUST_PROXY set, Express takes the client's address and protocol from the proxy's
 * X-Forwarded-For / X-Forwarded-Proto (req.ip for the operator throttle, req.secure for the
 * session cookie's Secure flag).
 */
export function useSecurityHeaders(app: NestExpressApplication, trustProxy?: string): void {
  app.disable('x-powered-by');
  if (trustProxy !== undefined) app.set('trust proxy', parseTrustProxy(trustProxy));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
}

/** `true`/`false`, a hop count, or Express's names and addresses (`loopback`, `10.0.0.0/8, ::1`). */
export function parseTrustProxy(value: string): boolean | number | string {
  const v = value.trim();
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}
