import { ConfigError, readConfig } from './app-config';

describe('readConfig', () => {
  it('defaults to port 3000 on PGlite in ./data', () => {
    expect(readConfig({}, '/srv/app')).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/app/data',
      metadataDir: '/srv/app/metadata',
      webDir: '/srv/app/dist/apps/web/browser',
      seedDemo: true,
    });
  });

  it('seeds the demo (its published logins) only on the embedded database, unless SEED_DEMO says otherwise', () => {
    expect(readConfig({}).seedDemo).toBe(true);
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/lumary' }).seedDemo).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/lumary', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(readConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => readConfig({ SEED_DEMO: 'yes' })).toThrow(new ConfigError("SEED_DEMO must be true or false, got 'yes'"));
  });

  it('takes Express’s trust proxy setting from TRUST_PROXY', () => {
    expect(readConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(readConfig({}).trustProxy).toBeUndefined();
  });

  it('takes a PostgreSQL server from DATABASE_URL', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/lumary' }).databaseUrl).toBe('postgres://u@db:5432/lumary');
  });

  it('takes an SMTP server for invoice emails from SMTP_URL (and a From from SMTP_FROM), refusing anything but smtp(s)://', () => {
    expect(readConfig({ SMTP_URL: 'smtp://mail:587', SMTP_FROM: 'ar@provider.test' })).toMatchObject({
      smtpUrl: 'smtp://mail:587',
      smtpFrom: 'ar@provider.test',
    });
    expect(readConfig({}).smtpUrl).toBeUndefined();
    expect(() => readConfig({ SMTP_URL: 'http://user:secret@mail' })).toThrow(
      new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL (smtp://user:password@host:587)'),
    );
  });

  it("takes the job queue's timing from JOBS_LEASE_SECONDS, JOBS_MAINTENANCE_SECONDS and JOBS_POLL_SECONDS", () => {
    expect(readConfig({ JOBS_LEASE_SECONDS: '3', JOBS_MAINTENANCE_SECONDS: '1', JOBS_POLL_SECONDS: '0.5' }).jobs).toEqual({
      leaseSeconds: 3,
      maintenanceSeconds: 1,
      pollSeconds: 0.5,
    });
    expect(readConfig({}).jobs).toBeUndefined();
    expect(() => readConfig({ JOBS_LEASE_SECONDS: 'soon' })).toThrow(
      new ConfigError("JOBS_LEASE_SECONDS must be a number of seconds, got 'soon'"),
    );
  });

  it('refuses a port or database URL that cannot work, saying which', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(new ConfigError("PORT must be a port number, got 'eighty'"));
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      new ConfigError("DATABASE_URL must be a postgres:// URL, got 'mysql://x'"),
    );
  });
});

describe('the environment schema', () => {
  it('names every bad variable at once', () => {
    expect(() => readConfig({ PORT: '99999', SEED_DEMO: 'maybe', APP_DATABASE_URL: 'mysql://app:secret@db' })).toThrow(
      new ConfigError(
        "PORT must be a port number, got '99999'; APP_DATABASE_URL must be a postgres:// URL (as the user lumary_app); SEED_DEMO must be true or false, got 'maybe'",
      ),
    );
  });

  it('takes the application’s connection from APP_DATABASE_URL and the operator token from LUMARY_OPERATOR_TOKEN', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://owner@db/lumary',
      APP_DATABASE_URL: 'postgres://lumary_app:pw@db/lumary',
      LUMARY_OPERATOR_TOKEN: ' s3cret ',
    });
    expect(config).toMatchObject({ appDatabaseUrl: 'postgres://lumary_app:pw@db/lumary', operatorToken: 's3cret' });
    expect(readConfig({ LUMARY_OPERATOR_TOKEN: '  ' }).operatorToken).toBeUndefined();
  });

  it('treats a blank variable as absent and ignores variables it does not know', () => {
    expect(readConfig({ DATABASE_URL: ' ', SMTP_FROM: '', HOME: '/root' }, '/srv/app')).toEqual(readConfig({}, '/srv/app'));
  });
});
