import fc from 'fast-check';
import { startTestApi } from '@platform/api/testing';
import { LUMARY_AR } from './lumary-ar.package';
import type { RunningApi } from '@platform/api';
import { ledgerCommands, runLedgerModel } from '../testing/ledger-model';
import type { TenantService } from '../testing/ar-api';

/**
 * libs/lumary-ar/RULES.md#ledger-integrity, model-based over HTTP: random sequences of user actions against
 * the running API, the invariants checked after every command (see testing/ledger-model.ts).
 * `npm test` runs a few short sequences; `npm run test:model` runs many longer ones.
 * Replay a failure with the FC_SEED, FC_PATH and FC_REPLAY (the commands' replay path) it prints.
 */
jest.setTimeout(1_800_000);

let api: RunningApi;
let tenants: TenantService;
beforeAll(async () => {
  ({ api, tenants } = await startTestApi({ packages: [LUMARY_AR] }));
});
afterAll(() => api?.close());

it('keeps every ledger invariant after every accepted (or refused) request', async () => {
  const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : Date.now() ^ (Math.random() * 0x7fffffff);
  const path = process.env['FC_PATH'];
  const details = await fc.check(
    fc.asyncProperty(ledgerCommands(Number(process.env['FC_COMMANDS'] ?? 15), process.env['FC_REPLAY']), (commands) =>
      runLedgerModel(api, tenants, commands),
    ),
    { seed, path, numRuns: Number(process.env['FC_RUNS'] ?? 3), endOnFailure: !!path },
  );
  if (details.failed) {
    const replay = /replayPath="([^"]*)"/.exec(String(details.counterexample?.[0]))?.[1] ?? '';
    console.error(
      `Ledger model failed: replay with FC_SEED=${details.seed} FC_PATH=${details.counterexamplePath} FC_REPLAY='${replay}'\n${String(details.errorInstance)}`,
    );
    throw new Error(fc.defaultReportMessage(details) ?? 'ledger model failed');
  }
});
