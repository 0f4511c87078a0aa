import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@platform/storage';
import { startApi, type RunningApi } from '../bootstrap';
import { readConfig } from './app-config';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { platformMetadataDir, repoRoot } from '../../testing/api-fixture';

describe('response compression', () => {
  let api: RunningApi;
  let webDir: string;
  // A stand-in for the built bundle: jest runs without the web build.
  const bundle = `console.log(${JSON.stringify('lumary '.repeat(5000))});\n`;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'lumary-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><app-root></app-root><script src="main-ABC123.js" type="module"></script>');
    await writeFile(join(webDir, 'main-ABC123.js'), bundle);
    const database = await createTestDatabase();
    const config = { ...readConfig({ PORT: '0', METADATA_DIR: platformMetadataDir() }, repoRoot), webDir, quiet: true };
    api = await startApi(config, { openDatabase: async () => database, metadataFolders: 'all' });
  });

  afterAll(async () => {
    await api?.close();
    await rm(webDir, { recursive: true, force: true });
  });

  const get = (path: string, encoding: string) => fetch(`${api.url}${path}`, { headers: { 'Accept-Encoding': encoding } });

  it('gzips a large JSON answer (the OpenAPI document) for a client that accepts gzip, keeping the CSP', async () => {
    const response = await get('/api/docs-json', 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toContain(`script-src ${CONTENT_SECURITY_POLICY['script-src'].join(' ')}`);
    // fetch decompresses: the document arrives whole.
    expect((await response.json()).openapi).toMatch(/^3\./);
  });

  it("gzips the web app's JavaScript bundle", async () => {
    const response = await get('/main-ABC123.js', 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toBe(bundle);
  });

  it('answers uncompressed when the client does not ask, and leaves small answers alone', async () => {
    const plain = await get('/main-ABC123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bundle);
    const small = await get('/api/health', 'gzip');
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});
