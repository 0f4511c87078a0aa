import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

type OperatorConfig = Pick<AppConfig, 'operatorToken'>;

/**
 * The demo (`npm start` on the embedded database) opens the operator console with a random
 * token for this process when LUMARY_OPERATOR_TOKEN is not set; returns that token, which it sets
 * in the running API's config. A token given in the environment is kept, and a PostgreSQL
 * deployment stays closed without one.
 */
export function demoOperatorToken(config: OperatorConfig, embeddedDatabase: boolean): string | undefined {
  if (config.operatorToken || !embeddedDatabase) return undefined;
  const token = randomBytes(24).toString('base64url');
  config.operatorToken = token;
  return token;
}

/** The line printed with the demo logins: the token only when this process made it, never one given. */
export function operatorConsoleLine(url: string, config: OperatorConfig, generated?: string): string {
  if (generated) return `Operator console: ${url}/ops  token: ${generated}`;
  if (config.operatorToken) return `Operator console: ${url}/ops`;
  return `Operator console: closed (set LUMARY_OPERATOR_TOKEN to open ${url}/ops)`;
}
