import { randomBytes } from 'node:crypto';

const VARIABLE = 'LUMARY_OPERATOR_TOKEN';

/**
 * The demo (`npm start` on the embedded database) opens the operator console with a random
 * token for this process when LUMARY_OPERATOR_TOKEN is not set; returns that token. A token
 * given in the environment is kept, and a PostgreSQL deployment stays closed without one.
 */
export function demoOperatorToken(env: NodeJS.ProcessEnv, embeddedDatabase: boolean): string | undefined {
  if (env[VARIABLE] || !embeddedDatabase) return undefined;
  const token = randomBytes(24).toString('base64url');
  env[VARIABLE] = token;
  return token;
}

/** The line printed with the demo logins: the token only when this process made it, never one given. */
export function operatorConsoleLine(url: string, env: NodeJS.ProcessEnv, generated?: string): string {
  if (generated) return `Operator console: ${url}/ops  token: ${generated}`;
  if (env[VARIABLE]) return `Operator console: ${url}/ops`;
  return `Operator console: closed (set ${VARIABLE} to open ${url}/ops)`;
}
