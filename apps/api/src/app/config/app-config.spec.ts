import { ConfigError, readConfig } from './app-config';

describe('readConfig', () => {
  it('defaults to port 3000 on PGlite in ./data', () => {
    expect(readConfig({}, '/srv/app')).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/app/data',
      metadataDir: '/srv/app/metadata',
      webDir: '/srv/app/dist/apps/web/browser',
    });
  });

  it('takes a PostgreSQL server from DATABASE_URL', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/lumary' }).databaseUrl).toBe('postgres://u@db:5432/lumary');
  });

  it('takes an SMTP server for invoice emails from SMTP_URL (and a From from SMTP_FROM), refusing anything but smtp(s)://', () => {
    expect(readConfig({ SMTP_URL: 'smtp://mail:587', SMTP_FROM: 'ar@provider.test' })).toMatchObject({ smtpUrl: 'smtp://mail:587', smtpFrom: 'ar@provider.test' });
    expect(readConfig({}).smtpUrl).toBeUndefined();
    expect(() => readConfig({ SMTP_URL: 'http://user:secret@mail' })).toThrow(new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL (smtp://user:password@host:587)'));
  });

  it('refuses a port or database URL that cannot work, saying which', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(new ConfigError("PORT must be a port number, got 'eighty'"));
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      new ConfigError("DATABASE_URL must be a postgres:// URL, got 'mysql://x'"),
    );
  });
});
