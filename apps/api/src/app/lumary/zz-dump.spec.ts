import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createTestDatabase } from '@platform/storage';
import { startApi } from '../bootstrap';
import { readConfig } from '../config/app-config';

it('dumps', async () => {
  const database = await createTestDatabase();
  const api = await startApi({ ...readConfig({ PORT: '0' }, join(__dirname, '../../../../..')), quiet: true }, { openDatabase: async () => database });
  writeFileSync('/tmp/arx/openapi.json', JSON.stringify(await (await fetch(`${api.url}/api/docs-json`)).json(), null, 1));
  await api.close();
}, 120000);
