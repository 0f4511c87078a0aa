/**
 * `npm run db:plan [-- --allow-destructive]`: prints the DDL that would bring the database in
 * line with the metadata, or that it is up to date, plus anything refused. Changes nothing
 * (except starting PGlite, which creates its data folder the first time).
 * Exit code 1 when something is refused, 2 on errors.
 */
import { formatPlan, introspect, planSchema } from '@platform/storage';
import { cliOptions, EXIT_FAILED, EXIT_OK, EXIT_REFUSED, loadRegistry, run, withDatabase } from './db-cli';

run(async () => {
  const options = cliOptions();
  const registry = await loadRegistry(options.metadataDir);
  if (!registry) return EXIT_FAILED;
  return withDatabase(async (db) => {
    const pending = await db.owner.showMigrations();
    if (pending) console.log('-- Platform migrations are pending: db:apply runs them first.');
    const plan = planSchema(registry, await introspect(db.owner), options);
    console.log(formatPlan(plan));
    return plan.refused.length > 0 ? EXIT_REFUSED : EXIT_OK;
  });
});
