import { demoOperatorToken, operatorConsoleLine } from './operator-token';

const URL = 'http://localhost:3000';

describe('the demo operator token', () => {
  it('is made for the demo on the embedded database, set in the running API’s config and printed', () => {
    const config: { operatorToken?: string } = {};
    const token = demoOperatorToken(config, true);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(config.operatorToken).toBe(token);
    expect(operatorConsoleLine(URL, config, token)).toBe(`Operator console: ${URL}/ops  token: ${token}`);
    expect(demoOperatorToken({}, true)).not.toBe(token);
  });

  it('keeps a token given in the environment and never prints it', () => {
    const config = { operatorToken: 'given-secret' };
    expect(demoOperatorToken(config, true)).toBeUndefined();
    expect(config.operatorToken).toBe('given-secret');
    expect(operatorConsoleLine(URL, config)).toBe(`Operator console: ${URL}/ops`);
  });

  it('leaves a PostgreSQL deployment without a token closed', () => {
    const config: { operatorToken?: string } = {};
    expect(demoOperatorToken(config, false)).toBeUndefined();
    expect(config.operatorToken).toBeUndefined();
    expect(operatorConsoleLine(URL, config)).toBe(`Operator console: closed (set LUMARY_OPERATOR_TOKEN to open ${URL}/ops)`);
  });
});
