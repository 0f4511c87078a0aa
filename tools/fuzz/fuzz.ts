/**
 * `npm run fuzz [-- --requests 10000 --seed 1 --routes]`: malformed requests over every route of the
 * OpenAPI document (apps/api/src/testing/fuzz.ts) against the real API on a fresh database:
 * PGlite, or a new database on DATABASE_URL's server. Prints each 5xx answer and partial write
 * (a refused request that changed the tenant's rows) with the request to replay; exits 1 if any. `--routes` also prints the answers per route.
 * Not part of `npm test`; apps/api/src/bad-input.spec.ts is its short seeded run.
 */
// The fuzz starts the API in-process with its test fixture, as the specs do: one generator for both.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fuzzWorld, runFuzz } from '../../apps/api/src/testing/fuzz';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

async function main(): Promise<number> {
  const total = option('requests', 10_000);
  const seed = option('seed', Date.now() % 1_000_000);
  const database = process.env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : 'PGlite';
  process.stderr.write(`fuzz: ${total} requests, seed ${seed}, on ${database}\n`);
  const world = await fuzzWorld();
  const started = Date.now();
  try {
    const report = await runFuzz(world, {
      total,
      seed,
      onProgress: (done, r) => process.stderr.write(`  ${done}/${total} requests, ${r.findings.length} finding(s)\n`),
    });
    if (process.argv.includes('--routes')) {
      for (const [route, answers] of Object.entries(report.byRoute)) {
        process.stdout.write(
          `${route}: ${Object.entries(answers)
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}\n`,
        );
      }
    }
    for (const f of report.findings) process.stdout.write(`${f.kind} (${f.status}): ${f.request}\n    ${f.detail}\n`);
    const statuses = Object.entries(report.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    const fives = report.findings.filter((f) => f.kind === '5xx').length;
    const partial = report.findings.length - fives;
    process.stdout.write(
      `\n${report.requests} requests over ${report.routes} routes in ${Math.round((Date.now() - started) / 1000)} s on ${database}, seed ${seed}\n` +
        `answers: ${statuses}\n5xx answers: ${fives}\npartial writes: ${partial}\n`,
    );
    return report.findings.length ? 1 : 0;
  } finally {
    await world.api.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
