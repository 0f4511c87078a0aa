import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase } from '@platform/storage';
import { readConfig, startApi, type RunningApi } from '@platform/api';
import { INSTALLED_PACKAGES } from './packages';

/**
 * The web's API types (`@platform/api-client`) are generated from the OpenAPI document the API
 * serves. Here, where the @nestjs/swagger CLI plugin runs (ts-jest, like the webpack build), the
 * API boots, its document is turned into TypeScript by openapi-typescript and compared with the
 * committed file: the test fails when the file is stale. `npm run api:client` runs this spec with
 * API_CLIENT_WRITE=1, which writes the file instead.
 */
const repoRoot = join(__dirname, '../../..');
const API_CLIENT_FILE = join(repoRoot, 'libs/api-client/src/lib/api.generated.ts');
const WRITE = process.env['API_CLIENT_WRITE'] === '1';

/** The TypeScript of the document (tools/api-client/generate.mjs: openapi-typescript, then Prettier). */
function generateApiClient(document: unknown): string {
  const run = spawnSync(process.execPath, [join(repoRoot, 'tools/api-client/generate.mjs'), API_CLIENT_FILE], {
    cwd: repoRoot,
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`generating the API client failed: ${run.stderr}`);
  return run.stdout;
}

function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(right[at] ?? '(end of file)')}, generated ${JSON.stringify(left[at] ?? '(end of file)')}`;
}

let api: RunningApi;

beforeAll(async () => {
  const database = await createTestDatabase();
  api = await startApi(
    { ...readConfig({ PORT: '0' }, repoRoot), quiet: true },
    // The app as installed: the platform and its packages, whose endpoints the web calls.
    { openDatabase: async () => database, packages: INSTALLED_PACKAGES, workJobs: false },
  );
});

afterAll(() => api?.close());

describe('the generated API client (libs/api-client)', () => {
  it(WRITE ? 'is written from the OpenAPI document' : 'is the OpenAPI document as the API serves it now', async () => {
    const response = await fetch(`${api.url}/api/docs-json`);
    expect(response.status).toBe(200);
    const generated = generateApiClient(await response.json());
    // Sanity: the document's operations and schemas are in it.
    expect(generated).toContain('export interface paths');
    expect(generated).toMatch(/['"]\/api\/auth\/login['"]: \{/);
    expect(generated).toMatch(/['"]\/api\/sobjects['"]: \{/);
    expect(generated).toContain('LoginResponse: {');

    if (WRITE) {
      writeFileSync(API_CLIENT_FILE, generated);
      return;
    }
    let committed = '';
    try {
      committed = readFileSync(API_CLIENT_FILE, 'utf8');
    } catch {
      // Missing: stale too.
    }
    if (committed !== generated) {
      throw new Error(
        `the generated API client is stale: run \`npm run api:client\` (${API_CLIENT_FILE}, ${firstDifference(generated, committed)})`,
      );
    }
  });
});
