import type { MetadataError, PackageDef } from '../model';
import { metadataKey } from '../registry';
import type { YamlSource } from './yaml-source';

/**
 * What a package holds, by API name as written in the package (unqualified): the shape a
 * released version is recorded in (released.yaml) and compared with. A tenant's data and
 * customisations refer to these components, so once released none may disappear and a field
 * keeps its type and lookup target.
 */
export interface PackageComponents {
  objects: Record<string, ObjectComponents>;
  apps: string[];
  permissionSets: string[];
  customPermissions: string[];
}

export interface ObjectComponents {
  /** The folder extends another package's object (no object.yaml): the object is not ours. */
  extension: boolean;
  fields: Record<string, ReleasedField>;
  recordTypes: string[];
  validationRules: string[];
  layouts: string[];
  recordPages: string[];
  listViews: string[];
}

/** A field's type, or for a Lookup/MasterDetail its type and targets. */
export type ReleasedField = string | { type: string; referenceTo: string[] };

export type ObjectPart = Exclude<keyof ObjectComponents, 'extension' | 'fields'>;
type PackagePart = Exclude<keyof PackageComponents, 'objects'>;

export const emptyComponents = (): PackageComponents => ({ objects: {}, apps: [], permissionSets: [], customPermissions: [] });

export const emptyObject = (extension: boolean): ObjectComponents => ({
  extension,
  fields: {},
  recordTypes: [],
  validationRules: [],
  layouts: [],
  recordPages: [],
  listViews: [],
});

/** A package's components in a stable order, as released.yaml records them. */
export function sortedComponents(c: PackageComponents): PackageComponents {
  const sortKeys = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  const sort = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));
  return {
    objects: sortKeys(
      Object.fromEntries(
        Object.entries(c.objects).map(([name, o]) => [
          name,
          {
            extension: o.extension,
            fields: sortKeys(o.fields),
            recordTypes: sort(o.recordTypes),
            validationRules: sort(o.validationRules),
            layouts: sort(o.layouts),
            recordPages: sort(o.recordPages),
            listViews: sort(o.listViews),
          },
        ]),
      ),
    ),
    apps: sort(c.apps),
    permissionSets: sort(c.permissionSets),
    customPermissions: sort(c.customPermissions),
  };
}

/** Compares `22.82.0`-style versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

const PACKAGE_PARTS: [PackagePart, string][] = [
  ['apps', 'app'],
  ['permissionSets', 'permission set'],
  ['customPermissions', 'custom permission'],
];
const OBJECT_PARTS: [ObjectPart, string][] = [
  ['recordTypes', 'record type'],
  ['validationRules', 'validation rule'],
  ['layouts', 'layout'],
  ['recordPages', 'record page'],
  ['listViews', 'list view'],
];

const typeOf = (f: ReleasedField) => (typeof f === 'string' ? f : f.type);
const targetsOf = (f: ReleasedField) => (typeof f === 'string' ? [] : f.referenceTo);
const sameTargets = (a: string[], b: string[]) =>
  a.length === b.length && a.map(metadataKey).sort().join() === b.map(metadataKey).sort().join();

/**
 * Refuses a package whose current metadata takes back something a released version held:
 * a removed component, a field with another type or lookup target, or a version below the
 * highest released one. Each error stands on the released.yaml line of the component (the
 * newest release that holds it), or on package.yaml's version for the version check.
 */
export function checkReleases(
  pkg: PackageDef,
  packageSource: YamlSource,
  current: PackageComponents,
  releases: Record<string, PackageComponents>,
  releasedSource: YamlSource,
  errors: MetadataError[],
): void {
  const versions = Object.keys(releases).sort(compareVersions);
  if (!versions.length) return;
  const highest = versions[versions.length - 1];
  if (compareVersions(pkg.version, highest) < 0) {
    errors.push(
      packageSource.error(
        ['version'],
        `${pkg.name} ${pkg.version} is lower than ${highest}, already released (see ${releasedSource.file}): a new version must not go below a released one`,
      ),
    );
  }

  // The newest release holding each component: the one it is compared with and reported on.
  const newest = new Map<
    string,
    { version: string; name: string; path: (string | number)[]; key?: string; object?: string; field?: ReleasedField }
  >();
  for (const version of versions) {
    const r = releases[version];
    for (const [part] of PACKAGE_PARTS)
      r[part].forEach((name, i) => newest.set(`${part}:${metadataKey(name)}`, { version, name, path: ['releases', version, part, i] }));
    for (const [objectName, o] of Object.entries(r.objects)) {
      const ok = metadataKey(objectName);
      if (!o.extension) newest.set(`object:${ok}`, { version, name: objectName, path: ['releases', version, 'objects'], key: objectName });
      for (const [fieldName, field] of Object.entries(o.fields)) {
        newest.set(`field:${ok}.${metadataKey(fieldName)}`, {
          version,
          name: `${objectName}.${fieldName}`,
          path: ['releases', version, 'objects', objectName, 'fields'],
          key: fieldName,
          object: ok,
          field,
        });
      }
      for (const [part] of OBJECT_PARTS) {
        o[part].forEach((name, i) =>
          newest.set(`${part}:${ok}.${metadataKey(name)}`, {
            version,
            name: `${objectName}.${name}`,
            path: ['releases', version, 'objects', objectName, part, i],
            object: ok,
          }),
        );
      }
    }
  }

  const have = new Map<string, ReleasedField | true>();
  for (const [part] of PACKAGE_PARTS) current[part].forEach((name) => have.set(`${part}:${metadataKey(name)}`, true));
  for (const [objectName, o] of Object.entries(current.objects)) {
    const ok = metadataKey(objectName);
    if (!o.extension) have.set(`object:${ok}`, true);
    for (const [fieldName, field] of Object.entries(o.fields)) have.set(`field:${ok}.${metadataKey(fieldName)}`, field);
    for (const [part] of OBJECT_PARTS) o[part].forEach((name) => have.set(`${part}:${ok}.${metadataKey(name)}`, true));
  }

  const label = (key: string) => {
    const [kind] = key.split(':');
    return kind === 'object'
      ? 'object'
      : kind === 'field'
        ? 'field'
        : ([...PACKAGE_PARTS, ...OBJECT_PARTS].find(([p]) => p === kind)?.[1] ?? kind);
  };
  const who = `${pkg.name} ${pkg.version}`;
  for (const [key, released] of newest) {
    const name = released.name;
    const now = have.get(key);
    const at = (message: string) => {
      const pos = released.key ? releasedSource.keyAt(released.path, released.key) : releasedSource.at(released.path);
      errors.push({ file: releasedSource.file, ...pos, message });
    };
    // A removed object is reported once, not once more for each of its parts.
    if (released.object && newest.has(`object:${released.object}`) && !have.has(`object:${released.object}`)) continue;
    if (now === undefined) {
      at(
        `${who} removes the ${label(key)} ${name} released in ${released.version}: a released component is never removed (deprecate it instead)`,
      );
      continue;
    }
    if (!released.field || now === true) continue;
    // A field whose file no longer parses has no type now; its own error says why.
    if (!typeOf(now)) continue;
    if (metadataKey(typeOf(now)) !== metadataKey(typeOf(released.field))) {
      at(
        `${who} changes the type of ${name} from ${typeOf(released.field)} to ${typeOf(now)}, released in ${released.version}: a released field keeps its type (add a new field instead)`,
      );
    } else if (!sameTargets(targetsOf(now), targetsOf(released.field))) {
      at(
        `${who} changes the lookup target of ${name} from ${targetsOf(released.field).join(', ')} to ${targetsOf(now).join(', ')}, released in ${released.version}: a released lookup keeps its target (add a new field instead)`,
      );
    }
  }
}
