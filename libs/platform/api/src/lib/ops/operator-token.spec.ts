import { demoOperatorToken, operatorConsoleLine } from './operator-token';

const URL = 'http://localhost:3000';

describe('the demo operator token', () => {
  it('is made for the demo on the embedded database, set for this process and printed', () => {
    const env: NodeJS.ProcessEnv = {};
    const token = demoOperatorToken(env, true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(env['LUMARY_OPERATOR_TOKEN']).toBe(token);
    expect(operatorConsoleLine(URL, env, token)).toBe(`Operator console: ${URL}/ops  token: ${token}`);
    expect(demoOperatorToken({}, true)).not.toBe(token);
  });

  it('keeps a token given in the environment and never prints it', () => {
    const env: NodeJS.ProcessEnv = { LUMARY_OPERATOR_TOKEN: 'given-secret' };
    expect(demoOperatorToken(env, true)).toBeUndefined();
    expect(env['LUMARY_OPERATOR_TOKEN']).toBe('given-secret');
    expect(operatorConsoleLine(URL, env)).toBe(`Operator console: ${URL}/ops`);
  });

  it('leaves a PostgreSQL deployment without a token closed', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(demoOperatorToken(env, false)).toBeUndefined();
    expect(env['LUMARY_OPERATOR_TOKEN']).toBeUndefined();
    expect(operatorConsoleLine(URL, env)).toBe(`Operator console: closed (set LUMARY_OPERATOR_TOKEN to open ${URL}/ops)`);
  });
});
