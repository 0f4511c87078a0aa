import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type Database } from '@platform/storage';
import { MetadataInvalidError, startApi, type RunningApi } from './bootstrap';
import { readConfig } from './config/app-config';
import { FIXTURE, platformMetadataDir } from '../testing/api-fixture';

const repoRoot = join(__dirname, '../../../../..');

describe('the API on a fresh database', () => {
  let api: RunningApi;
  let database: Database;
  let webDir: string;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'lumary-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><app-root></app-root>');
    database = await createTestDatabase();
    const config = { ...readConfig({ PORT: '0', METADATA_DIR: platformMetadataDir() }, repoRoot), webDir, quiet: true };
    api = await startApi(config, { openDatabase: async () => database, metadataFolders: 'all' });
  });

  afterAll(async () => {
    await api?.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('reports the database in use and the loaded packages at /api/health', async () => {
    const response = await fetch(`${api.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: { kind: database.kind },
      packages: [
        { name: 'Core', namespace: '', version: '1.0.0' },
        { name: FIXTURE.package, namespace: FIXTURE.namespace, version: FIXTURE.version },
      ],
    });
  });

  it('has built the tables of the metadata on start, and logged the plan it applied', async () => {
    const tables = await database.owner.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('contact', 'fixture__register__c', 'fixture__member_settings__c') ORDER BY 1`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual([
      'contact',
      'fixture__member_settings__c',
      'fixture__register__c',
    ]);
    const [{ count }] = await database.owner.query(`SELECT count(*)::int AS count FROM sys_schema_plan`);
    expect(count).toBe(1);
  });

  it('serves no route of a package it did not load: without Lumary AR, none of its endpoints', async () => {
    const doc = (await (await fetch(`${api.url}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((path) => path.startsWith('/api/lumary/'))).toEqual([]);
    expect((await fetch(`${api.url}/api/lumary/invoices`, { method: 'POST' })).status).toBe(404);
  });

  it('serves the web app at / and for deep links, but not for unknown API paths', async () => {
    for (const path of ['/', '/lightning/o/Contact/list']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<app-root>');
    }
    const missing = await fetch(`${api.url}/api/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'Cannot GET /api/no-such-thing', fields: [] }]);
  });
});

describe('starting on bad metadata', () => {
  it('refuses to boot and reports every error with file and line, before touching a database', async () => {
    const config = {
      ...readConfig({ PORT: '0', METADATA_DIR: 'libs/platform/metadata/src/fixtures/broken' }, repoRoot),
      quiet: true,
    };
    let opened = false;
    const start = startApi(config, {
      metadataFolders: 'all',
      openDatabase: async () => {
        opened = true;
        throw new Error('must not open a database');
      },
    });
    await expect(start).rejects.toBeInstanceOf(MetadataInvalidError);
    const error = (await start.catch((e: unknown) => e)) as MetadataInvalidError;
    expect(error.count).toBe(12);
    expect(error.report).toContain('objects/Thing__c/fields/Title__c.yaml:3:1  unknown key');
    expect(error.report).toContain('objects/Thing__c/layouts/Thing_Layout.yaml:6:9  unknown field');
    expect(error.report).toContain("Unknown_Field.yaml:3:25  errorConditionFormula: unknown field 'Colour_Code__c'");
    expect(opened).toBe(false);
  });
});
