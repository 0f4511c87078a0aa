import { execSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run test:browser [-- --no-build] [-- playwright test options]`: builds the app (unless
 * `--no-build`), then runs the browser suite with `@playwright/test` (playwright.config.ts: its
 * webServer starts the built app on a fresh database with the demo seed). Its last line is
 * "Browser tests: N passed, M failed"; a failed test leaves a screenshot and a trace.
 */
const root = join(__dirname, '../..');
const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit', cwd: root });
const result = spawnSync('npx', ['playwright', 'test', '--config', 'playwright.config.ts', ...args.filter((a) => a !== '--no-build')], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(result.status ?? 1);
