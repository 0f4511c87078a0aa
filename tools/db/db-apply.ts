/**
 * `npm run db:apply [-- --allow-destructive]`: runs pending platform migrations, then plans and
 * applies the metadata schema in one transaction, recorded in sys_schema_plan. Refused changes
 * are left out (the rest is applied) and make the exit code 1; errors roll back and exit 2.
 */
import { applyPlan, formatPlan, formatRefusals, introspect, planSchema, UP_TO_DATE } from '@platform/storage';
import { cliOptions, EXIT_FAILED, EXIT_OK, EXIT_REFUSED, loadRegistry, run, withDatabase } from './db-cli';

run(async () => {
  const options = cliOptions();
  const registry = await loadRegistry(options.metadataDir);
  if (!registry) return EXIT_FAILED;
  return withDatabase(async (db) => {
    const migrations = await db.owner.runMigrations({
      transaction: 'each',
    });
    for (const migration of migrations) console.log(`-- Ran platform migration ${migration.name}`);
    const plan = planSchema(registry, await introspect(db.owner), options);
    const applied = await applyPlan(db.owner, plan);
    if (applied) {
      console.log(formatPlan({ ...plan, refused: [] }));
      const count = applied.statements.length;
      const noun = count === 1 ? 'statement' : 'statements';
      console.log(`\nApplied ${count} ${noun} (sys_schema_plan #${applied.id}).`);
    } else if (plan.refused.length === 0) {
      console.log(UP_TO_DATE);
    }
    if (plan.refused.length === 0) return EXIT_OK;
    console.log(`\n${formatRefusals(plan)}`);
    return EXIT_REFUSED;
  });
});
