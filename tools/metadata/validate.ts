/**
 * `npm run metadata:validate [folder]`: loads every package in the folder (default ./metadata),
 * prints every error with file and line, and exits non-zero when there is any.
 */
import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata } from '@platform/metadata';

async function main(): Promise<number> {
  const root = process.argv[2] ?? 'metadata';
  const { registry, errors } = await loadMetadata(root, { checks: [checkMetadataFormulas] });
  if (errors.length) {
    console.error(formatErrors(errors));
    console.error(`\n${errors.length} metadata error${errors.length === 1 ? '' : 's'} in ${root}`);
    return 1;
  }
  const packages = [...registry.packages.values()].map((p) => `${p.name} ${p.version}`).join(', ');
  console.log(
    `Metadata OK: ${packages}; ${registry.objects.length} objects, ${registry.apps.length} apps, ${registry.permissionSets.length} permission sets.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
