/**
 * `npm run catalogue:import -- --tenant <slug> [--dry-run] <file.csv|file.xlsx>`: imports an NDIS
 * Support Catalogue file into a tenant's support items (Lumary AR), all or nothing, as the
 * POST /api/lumary/support-catalogue/imports endpoint does (no upload size limit here). Works on
 * DATABASE_URL, or PGlite in DATA_DIR (./data) - stop the app first when it runs on PGlite.
 */
import { readFile } from 'node:fs/promises';
import { registerLumaryAr, SupportCatalogueService } from '@lumary-ar/server';
import { EngineError, RecordEngine, requestContext } from '@platform/engine';
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata } from '@platform/metadata';
import { applyPlan, databaseOptionsFromEnv, introspect, openDatabase, planSchema } from '@platform/storage';
import { TenantMetadata, TenantService } from '@platform/tenancy';

const USAGE = 'usage: npm run catalogue:import -- --tenant <slug> [--dry-run] <file.csv|file.xlsx>';

async function main(argv: string[]): Promise<number> {
  let tenantSlug: string | undefined;
  let dryRun = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tenant') tenantSlug = argv[++i];
    else if (argv[i] === '--dry-run') dryRun = true;
    else if (!file && !argv[i].startsWith('--')) file = argv[i];
    else {
      console.error(`unexpected '${argv[i]}'\n${USAGE}`);
      return 1;
    }
  }
  if (!tenantSlug || !file) {
    console.error(USAGE);
    return 1;
  }
  const format = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : file.toLowerCase().endsWith('.csv') ? 'csv' : undefined;
  if (!format) {
    console.error(`${file}: the file must end .csv or .xlsx`);
    return 1;
  }
  const content = await readFile(file);
  const { registry, errors } = await loadMetadata(process.env['METADATA_DIR'] ?? 'metadata', { checks: [checkMetadataFormulas] });
  if (errors.length) {
    console.error(formatErrors(errors));
    return 1;
  }
  const database = await openDatabase({ ...databaseOptionsFromEnv(), runMigrations: true });
  try {
    await applyPlan(database.owner, planSchema(registry, await introspect(database.owner)));
    const tenant = await new TenantService(database.dataSource, registry).tenant(tenantSlug);
    if (!tenant.packages.some((p) => p.name === 'Lumary AR')) {
      console.error(`${tenantSlug} has no Lumary AR installed`);
      return 1;
    }
    const engine = new RecordEngine(registry, database.dataSource);
    const tenantMetadata = new TenantMetadata(database.dataSource, registry, (m) => console.warn(m));
    engine.useTenantRegistries((tenantId, manager) => tenantMetadata.registryFor(tenantId, manager));
    registerLumaryAr(engine);
    const ctx = requestContext(tenant.id, null, tenant.timeZone);
    try {
      const result = await new SupportCatalogueService(engine).import(ctx, { content, format }, { dryRun });
      const verb = dryRun ? 'would add' : 'added';
      console.log(
        `${file}: ${result.rows} support items read; ${verb} ${result.added.length}, ${dryRun ? 'would change' : 'changed'} ${result.changed.length}, ${result.unchanged} unchanged.`,
      );
      for (const row of [...result.added, ...result.changed])
        console.log(`  ${row.number} from ${row.effectiveFrom}: ${row.name} (${row.unit}, ${row.gstCode})`);
      return 0;
    } catch (error) {
      if (error instanceof EngineError) {
        console.error(`${file} was not imported (nothing written):`);
        for (const e of error.errors) console.error(`  ${e.message}`);
        return 1;
      }
      throw error;
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
