/**
 * `npm run metadata:release -- <package folder> [--force]`: records what the package's current
 * version holds in its released.yaml, so the loader refuses any later version that removes or
 * retypes one of those components. The metadata must load without errors first. An entry for
 * the same version is only replaced with `--force` (a version that has shipped does not change).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { visit, Document } from 'yaml';
import { checkMetadataFormulas } from '@platform/formula';
import { compareVersions, formatErrors, loadMetadata, sortedComponents, type PackageComponents } from '@platform/metadata';

const HEADER = ` What this package has released, one entry per version (npm run metadata:release).
 A released component is never removed and a released field keeps its type and lookup target:
 the loader refuses a version that does either. See "Releases" in metadata/README.md.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder || !existsSync(join(folder, 'package.yaml'))) {
    console.error('usage: npm run metadata:release -- <package folder, e.g. metadata/lumary-ar> [--force]');
    return 2;
  }
  const dir = resolve(folder);
  // Load the whole metadata folder: the package's dependencies have to resolve too.
  const { registry, errors, components, releases } = await loadMetadata(dirname(dir), { checks: [checkMetadataFormulas] });
  if (errors.length) {
    console.error(formatErrors(errors));
    console.error(`\n${errors.length} metadata error${errors.length === 1 ? '' : 's'}: fix them before releasing`);
    return 1;
  }
  const pkg = [...registry.packages.values()].find((p) => p.directory === dir)!;
  const snapshot = sortedComponents(components.get(pkg.name)!);
  const released = { ...(releases.get(pkg.name) ?? {}) };
  const previous = released[pkg.version];
  const file = relative(process.cwd(), join(dir, 'released.yaml'));
  if (previous && JSON.stringify(sortedComponents(previous)) === JSON.stringify(snapshot)) {
    console.log(`${pkg.name} ${pkg.version} is already recorded in ${file}; nothing to do.`);
    return 0;
  }
  if (previous && !force) {
    console.error(
      `${pkg.name} ${pkg.version} is already released with other components in ${file}; bump the version in package.yaml (or pass --force to replace that entry)`,
    );
    return 1;
  }
  released[pkg.version] = snapshot;
  const ordered = Object.fromEntries(
    Object.keys(released)
      .sort(compareVersions)
      .map((v) => [v, compact(released[v])]),
  );
  const doc = new Document({ releases: ordered });
  doc.commentBefore = HEADER;
  // A lookup field's `{ type, referenceTo }` stays on its own line, so errors can point at it.
  visit(doc, {
    Map(_, node) {
      if (node.items.some((p) => (p.key as { value?: unknown })?.value === 'referenceTo')) node.flow = true;
    },
  });
  writeFileSync(join(dir, 'released.yaml'), doc.toString({ lineWidth: 0 }));
  console.log(`Recorded ${pkg.name} ${pkg.version} in ${file}${previous ? ' (replaced)' : ''}.`);
  return 0;
}

/** Leaves out what the schema fills in by default: empty lists and `extension: false`. */
function compact(c: PackageComponents): Record<string, unknown> {
  const drop = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).filter(
        ([, v]) =>
          v !== false && !(Array.isArray(v) && !v.length) && !(v && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length),
      ),
    );
  return drop({
    ...c,
    objects: Object.fromEntries(Object.entries(c.objects).map(([name, o]) => [name, drop({ ...o })])),
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
