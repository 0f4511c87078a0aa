import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { metadataKey, Registry } from '../registry';
import { columnName, MAX_IDENTIFIER_LENGTH, tableName } from '../naming';
import type {
  FieldDef,
  FieldType,
  LayoutDef,
  ListViewDef,
  MetadataError,
  RecordPageDef,
  RecordTypeDef,
  ValidationRuleDef,
  ObjectDef,
  PackageDef,
  PicklistValue,
} from '../model';
import { FIELD_TYPES } from '../model';
import { qualify } from './namespaces';
import * as schemas from './schemas';
import { YamlSource } from './yaml-source';
import { crossCheck, type Sources } from './cross-check';
import { checkReleases, emptyComponents, emptyObject, type PackageComponents, type ReleasedField } from './releases';

export interface LoadResult {
  registry: Registry;
  errors: MetadataError[];
  /** Each package's components as written (by package name): what a release records. */
  components: Map<string, PackageComponents>;
  /** Each package's released versions from its released.yaml (by package name; none: empty). */
  releases: Map<string, Record<string, PackageComponents>>;
}

/**
 * A check that needs the whole loaded registry and lives in another library (formulas are
 * checked by the formula library, which itself depends on this one).
 */
export type MetadataCheck = (registry: Registry) => MetadataError[];

export interface LoadOptions {
  checks?: MetadataCheck[];
}

/** Names the platform gives every record; a package may not define a field of the same name. */
const RESERVED_FIELDS = new Set(
  [
    'Id',
    'RecordTypeId',
    'RecordType',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'Version',
    'TenantId',
  ].map(metadataKey),
);

const OBJECT_PARTS = ['fields', 'recordTypes', 'validationRules', 'layouts', 'recordPages', 'listViews'] as const;
const PACKAGE_PARTS = ['objects', 'apps', 'permissionSets', 'customPermissions'];
export type ObjectPart = (typeof OBJECT_PARTS)[number];
export type ObjectPartDef = FieldDef | RecordTypeDef | ValidationRuleDef | LayoutDef | RecordPageDef | ListViewDef;

/** Loads every package under `root` (one folder each, holding a package.yaml). */
export async function loadMetadata(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(root, e.name));
  return loadPackages(dirs.sort(), options);
}

/** Loads the given package folders together, checks them, and reports every error at once. */
export async function loadPackages(dirs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const loader = new Loader();
  await loader.load(dirs);
  for (const check of options.checks ?? []) loader.errors.push(...check(loader.registry));
  const components = new Map([...loader.components].map(([pkg, c]) => [pkg.name, c]));
  const releases = new Map([...loader.releases].map(([pkg, r]) => [pkg.name, r]));
  return {
    registry: loader.registry,
    errors: sortErrors(loader.errors),
    components,
    releases,
  };
}

/** `file:line:column  message`, one per line: the report CLI and API boot both print. */
export function formatErrors(errors: MetadataError[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.column}  ${e.message}`).join('\n');
}

class Loader {
  readonly registry = new Registry();
  readonly errors: MetadataError[] = [];
  private readonly sources: Sources = new WeakMap();
  readonly components = new Map<PackageDef, PackageComponents>();
  readonly releases = new Map<PackageDef, Record<string, PackageComponents>>();

  async load(dirs: string[]): Promise<void> {
    const packages: PackageDef[] = [];
    for (const dir of dirs) {
      const pkg = await this.readPackage(dir);
      if (pkg) packages.push(pkg);
    }
    for (const pkg of this.orderByDependencies(packages)) {
      this.registry.packages.set(pkg.name, pkg);
      await this.readPackageContents(pkg);
    }
    // After every package's layouts and record types: in load order, a later package's assignment wins.
    for (const pkg of this.registry.packages.values()) this.assignLayouts(pkg);
    crossCheck(this.registry, this.sources, this.errors);
    for (const pkg of this.registry.packages.values()) await this.checkReleased(pkg);
  }

  /**
   * package.yaml's `layoutAssignments`: each names an object, one of its record types and one of
   * its layouts (any package's), and the layout must be for that record type (or for all).
   */
  private assignLayouts(pkg: PackageDef): void {
    const source = this.sources.get(pkg)!;
    const written = Object.entries(
      (source.value as { layoutAssignments?: Record<string, Record<string, string>> })?.layoutAssignments ?? {},
    );
    for (const { object: objectName, recordType, layout } of pkg.layoutAssignments ?? []) {
      const objectKey = written.find(([o]) => metadataKey(qualify(o, pkg.namespace)) === metadataKey(objectName))?.[0] ?? objectName;
      const path = ['layoutAssignments', objectKey, recordType];
      const object = this.registry.object(objectName);
      if (!object) {
        this.errors.push(source.error(['layoutAssignments', objectKey], `unknown object '${objectName}'`));
        continue;
      }
      const rt = object.recordTypes.get(metadataKey(recordType));
      if (!rt) {
        this.errors.push(source.error(path, `unknown record type '${recordType}' of ${object.apiName}`));
        continue;
      }
      const def = object.layouts.get(metadataKey(layout));
      if (!def) {
        this.errors.push(source.error(path, `unknown layout '${layout}' of ${object.apiName}`));
        continue;
      }
      if (def.recordTypes.length && !def.recordTypes.some((r) => metadataKey(r) === metadataKey(rt.apiName))) {
        this.errors.push(
          source.error(path, `layout '${def.apiName}' is for record types ${def.recordTypes.join(', ')}, not ${rt.apiName}`),
        );
        continue;
      }
      (object.layoutAssignments ??= new Map()).set(metadataKey(rt.apiName), {
        recordType: rt.apiName,
        layout: def.apiName,
        packageName: pkg.name,
      });
    }
  }

  /** A package never takes back what it has released (see released.yaml in metadata/README.md). */
  private async checkReleased(pkg: PackageDef): Promise<void> {
    const file = join(pkg.directory, 'released.yaml');
    if (!(await exists(file))) return;
    const source = await YamlSource.read(file, display(file), this.errors);
    const data = source?.parse(schemas.releasedSchema, this.errors);
    if (!source || !data) return;
    this.releases.set(pkg, data.releases);
    checkReleases(pkg, this.sources.get(pkg)!, this.componentsOf(pkg), data.releases, source, this.errors);
  }

  private componentsOf(pkg: PackageDef): PackageComponents {
    let c = this.components.get(pkg);
    if (!c) this.components.set(pkg, (c = emptyComponents()));
    return c;
  }

  private async readPackage(dir: string): Promise<PackageDef | undefined> {
    const file = join(dir, 'package.yaml');
    if (!(await exists(file))) {
      this.errors.push({
        file: display(dir),
        line: 1,
        column: 1,
        message: 'a package folder needs a package.yaml manifest',
      });
      return undefined;
    }
    const source = await YamlSource.read(file, display(file), this.errors);
    const data = source?.parse(schemas.packageSchema, this.errors);
    if (!source || !data) return undefined;
    const pkg: PackageDef = {
      name: data.name,
      namespace: data.namespace ?? '',
      version: data.version,
      description: data.description,
      licence: data.licence,
      dependencies: data.dependencies,
      layoutAssignments: Object.entries(data.layoutAssignments).flatMap(([object, byRecordType]) =>
        Object.entries(byRecordType).map(([recordType, layout]) => ({ object: qualify(object, data.namespace ?? ''), recordType, layout })),
      ),
      directory: resolve(dir),
      source: source.ref,
    };
    this.sources.set(pkg, source);
    return pkg;
  }

  /** Dependencies load first, so a package may extend the objects of those it depends on. */
  private orderByDependencies(packages: PackageDef[]): PackageDef[] {
    const byName = new Map<string, PackageDef>();
    const namespaces = new Map<string, PackageDef>();
    for (const pkg of packages) {
      const source = this.sources.get(pkg)!;
      const sameName = byName.get(pkg.name);
      if (sameName) this.errors.push(source.error(['name'], `duplicate package name '${pkg.name}' (also ${sameName.source.file})`));
      const sameNs = pkg.namespace && namespaces.get(pkg.namespace);
      if (sameNs) this.errors.push(source.error(['namespace'], `duplicate namespace '${pkg.namespace}' (also ${sameNs.source.file})`));
      byName.set(pkg.name, pkg);
      if (pkg.namespace) namespaces.set(pkg.namespace, pkg);
    }
    const ordered: PackageDef[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (pkg: PackageDef) => {
      if (state.get(pkg.name) === 'done') return;
      if (state.get(pkg.name) === 'visiting') {
        this.errors.push(
          this.sources.get(pkg)!.error(['dependencies'], `package '${pkg.name}' depends on itself through its dependencies`),
        );
        return;
      }
      state.set(pkg.name, 'visiting');
      pkg.dependencies.forEach((dep, i) => {
        const target = byName.get(dep);
        if (target) visit(target);
        else
          this.errors.push(
            this.sources.get(pkg)!.error(['dependencies', i], `depends on package '${dep}', which is not in the metadata folder`),
          );
      });
      state.set(pkg.name, 'done');
      ordered.push(pkg);
    };
    packages.forEach(visit);
    return ordered;
  }

  private async readPackageContents(pkg: PackageDef): Promise<void> {
    for (const entry of await readdir(pkg.directory, { withFileTypes: true })) {
      if (['package.yaml', 'released.yaml', 'README.md'].includes(entry.name) || entry.name.startsWith('.')) continue;
      if (!entry.isDirectory() || !PACKAGE_PARTS.includes(entry.name)) {
        this.unexpected(join(pkg.directory, entry.name), PACKAGE_PARTS);
      }
    }
    const components = this.componentsOf(pkg);
    for (const objectDir of await subdirs(join(pkg.directory, 'objects'))) {
      await this.readObject(pkg, objectDir);
    }
    for (const [file, name] of await yamlFiles(join(pkg.directory, 'apps'), this)) {
      components.apps.push(name);
      const source = await YamlSource.read(file, display(file), this.errors);
      const data = source?.parse(schemas.appSchema, this.errors);
      if (!source || !data) continue;
      const apiName = qualifyComponent(name, pkg.namespace);
      if (this.duplicate(this.registry.app(apiName), source, `app '${apiName}'`)) continue;
      const app = {
        apiName,
        label: data.label,
        description: data.description,
        icon: data.icon,
        packageName: pkg.name,
        licence: pkg.licence?.name,
        tabs: data.tabs.map((t) => qualify(t, pkg.namespace)),
        dashboard: data.dashboard.map((c) => ({
          ...c,
          object: qualify(c.object, pkg.namespace),
        })),
        source: source.ref,
      };
      this.sources.set(app, source);
      this.registry.addApp(app);
    }
    for (const [file, name] of await yamlFiles(join(pkg.directory, 'customPermissions'), this)) {
      components.customPermissions.push(name);
      const source = await YamlSource.read(file, display(file), this.errors);
      const data = source?.parse(schemas.customPermissionSchema, this.errors);
      if (!source || !data) continue;
      const apiName = qualifyComponent(name, pkg.namespace);
      if (this.duplicate(this.registry.customPermission(apiName), source, `custom permission '${apiName}'`)) continue;
      const def = {
        apiName,
        ...data,
        packageName: pkg.name,
        source: source.ref,
      };
      this.sources.set(def, source);
      this.registry.addCustomPermission(def);
    }
    for (const [file, name] of await yamlFiles(join(pkg.directory, 'permissionSets'), this)) {
      components.permissionSets.push(name);
      const source = await YamlSource.read(file, display(file), this.errors);
      const data = source?.parse(schemas.permissionSetSchema, this.errors);
      if (!source || !data) continue;
      const apiName = qualifyComponent(name, pkg.namespace);
      if (this.duplicate(this.registry.permissionSet(apiName), source, `permission set '${apiName}'`)) continue;
      const ns = pkg.namespace;
      const def = {
        apiName,
        label: data.label,
        description: data.description,
        packageName: pkg.name,
        licence: pkg.licence?.name,
        objects: Object.fromEntries(Object.entries(data.objects).map(([o, p]) => [qualify(o, ns), p])),
        fields: Object.fromEntries(
          Object.entries(data.fields).map(([of, p]) => {
            const [o, f] = of.split('.');
            return [`${qualify(o, ns)}.${qualify(f, ns)}`, p];
          }),
        ),
        customPermissions: data.customPermissions.map((c) => qualifyComponent(c, ns)),
        apps: data.apps.map((a) => qualifyComponent(a, ns)),
        source: source.ref,
      };
      this.sources.set(def, source);
      this.registry.addPermissionSet(def);
    }
  }

  private async readObject(pkg: PackageDef, dir: string): Promise<void> {
    const folder = dir.split(/[\\/]/).pop()!;
    const apiName = qualify(folder, pkg.namespace);
    const objectFile = join(dir, 'object.yaml');
    let object = this.registry.object(apiName);
    const hasObjectFile = await exists(objectFile);
    const written = (this.componentsOf(pkg).objects[folder] ??= emptyObject(!hasObjectFile));
    if (hasObjectFile) {
      const source = await YamlSource.read(objectFile, display(objectFile), this.errors);
      const data = source?.parse(schemas.objectSchema, this.errors);
      if (source && data && !this.duplicate(object, source, `object '${apiName}'`)) {
        if (apiName.length > MAX_IDENTIFIER_LENGTH) {
          this.errors.push(source.error([], `object API name '${apiName}' is longer than ${MAX_IDENTIFIER_LENGTH} characters`));
        }
        object = {
          apiName,
          table: tableName(apiName),
          label: data.label,
          pluralLabel: data.pluralLabel,
          description: data.description,
          packageName: pkg.name,
          nameField: qualify(data.nameField, pkg.namespace),
          ...(data.writtenByPackage ? { writtenByPackage: true } : {}),
          ...(data.sharingModel ? { sharingModel: data.sharingModel } : {}),
          ...(data.balanced
            ? {
                balanced: {
                  by: qualify(data.balanced.by, pkg.namespace),
                  debit: qualify(data.balanced.debit, pkg.namespace),
                  credit: qualify(data.balanced.credit, pkg.namespace),
                },
              }
            : {}),
          ...(data.appendOnly
            ? { appendOnly: { updatable: data.appendOnly === true ? [] : data.appendOnly.updatable.map((f) => qualify(f, pkg.namespace)) } }
            : {}),
          fields: new Map(),
          recordTypes: new Map(),
          validationRules: new Map(),
          layouts: new Map(),
          recordPages: new Map(),
          listViews: new Map(),
          indexes: data.indexes.map((index) => ({
            fields: index.fields.map((f) => qualify(f, pkg.namespace)),
          })),
          source: source.ref,
        };
        this.sources.set(object, source);
        this.registry.addObject(object);
      }
    }
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === 'object.yaml') continue;
      if (!entry.isDirectory() || !(OBJECT_PARTS as readonly string[]).includes(entry.name)) {
        this.unexpected(join(dir, entry.name), ['object.yaml', ...OBJECT_PARTS]);
      }
    }
    for (const part of OBJECT_PARTS) {
      for (const [file, name] of await yamlFiles(join(dir, part), this)) {
        const source = await YamlSource.read(file, display(file), this.errors);
        if (part === 'fields') written.fields[name] = releasedField(source?.value);
        else written[part].push(name);
        if (!source) continue;
        if (!object) {
          this.errors.push(
            source.error(
              [],
              `${singular(part)} '${name}' belongs to object '${apiName}', which is not defined: add objects/${folder}/object.yaml or depend on the package that defines it`,
            ),
          );
          continue;
        }
        this.readObjectPart(pkg, object, part, name, source);
      }
    }
  }

  private readObjectPart(pkg: PackageDef, object: ObjectDef, part: ObjectPart, name: string, source: YamlSource): void {
    const def = parseObjectPart(pkg, object, part, name, source, this.errors);
    if (!def) return;
    const what = part === 'fields' ? `field '${object.apiName}.${def.apiName}'` : `${singular(part)} '${name}' of ${object.apiName}`;
    this.add(object[part] as Map<string, typeof def>, def, source, what);
  }

  private add<T extends { apiName: string; source: { file: string } }>(
    map: Map<string, T>,
    def: T,
    source: YamlSource,
    what: string,
  ): void {
    if (this.duplicate(map.get(metadataKey(def.apiName)), source, what)) return;
    this.sources.set(def, source);
    map.set(metadataKey(def.apiName), def);
  }

  private duplicate(existing: { source: { file: string } } | undefined, source: YamlSource, what: string): boolean {
    if (!existing) return false;
    this.errors.push(source.error([], `duplicate API name: ${what} is already defined in ${existing.source.file}`));
    return true;
  }

  unexpected(path: string, expected: readonly string[]): void {
    this.errors.push({
      file: display(path),
      line: 1,
      column: 1,
      message: `unexpected entry; expected one of ${expected.join(', ')}`,
    });
  }
}

/**
 * One file of an object's folder (a field, record type, rule, layout, record page or list view)
 * as its definition, or undefined with the errors added: the loader and tenants' customisations
 * (which are metadata in the same format) both read components through here.
 */
export function parseObjectPart(
  pkg: Pick<PackageDef, 'name' | 'namespace'>,
  object: ObjectDef,
  part: ObjectPart,
  name: string,
  source: YamlSource,
  errors: MetadataError[],
): ObjectPartDef | undefined {
  const ns = pkg.namespace;
  const base = { objectApiName: object.apiName, source: source.ref };
  switch (part) {
    case 'fields': {
      return readField(pkg, object, name, source, errors);
    }
    case 'recordTypes': {
      const data = source.parse(schemas.recordTypeSchema, errors);
      if (!data) return undefined;
      const picklistValues = Object.fromEntries(Object.entries(data.picklistValues).map(([f, v]) => [qualify(f, ns), v]));
      return { apiName: name, ...base, ...data, picklistValues };
    }
    case 'validationRules': {
      const data = source.parse(schemas.validationRuleSchema, errors);
      if (!data) return undefined;
      return {
        apiName: name,
        ...base,
        ...data,
        errorDisplayField: data.errorDisplayField && qualify(data.errorDisplayField, ns),
        packageName: pkg.name,
      };
    }
    case 'layouts': {
      const data = source.parse(schemas.layoutSchema, errors);
      if (!data) return undefined;
      return {
        packageName: pkg.name,
        apiName: name,
        ...base,
        label: data.label,
        recordTypes: data.recordTypes,
        highlights: data.highlights.map((f) => qualify(f, ns)),
        sections: data.sections.map((s) => ({
          ...s,
          fields: s.fields.map((f) => qualify(f, ns)),
        })),
        relatedLists: data.relatedLists.map((r) => ({
          ...r,
          object: qualify(r.object, ns),
          field: qualify(r.field, ns),
          columns: r.columns.map((c) => qualify(c, ns)),
        })),
      };
    }
    case 'recordPages': {
      const data = source.parse(schemas.recordPageSchema, errors);
      return data ? { apiName: name, ...base, ...data, packageName: pkg.name } : undefined;
    }
    case 'listViews': {
      const data = source.parse(schemas.listViewSchema, errors);
      if (!data) return undefined;
      return {
        apiName: name,
        ...base,
        ...data,
        columns: data.columns.map((c) => qualify(c, ns)),
        filters: data.filters.map((f) => ({
          ...f,
          field: qualify(f.field, ns),
        })),
        sort: data.sort.map((s) => ({ ...s, field: qualify(s.field, ns) })),
      };
    }
  }
}

function readField(
  pkg: Pick<PackageDef, 'name' | 'namespace'>,
  object: ObjectDef,
  name: string,
  source: YamlSource,
  errors: MetadataError[],
): FieldDef | undefined {
  const ns = pkg.namespace;
  const raw = source.value as { type?: unknown };
  const type = raw?.type;
  if (typeof type !== 'string' || !(FIELD_TYPES as readonly string[]).includes(type)) {
    const got = type === undefined ? 'it is missing' : `got '${String(type)}'`;
    errors.push(source.error(['type'], `'type' must be one of ${FIELD_TYPES.join(', ')}; ${got}`));
    return undefined;
  }
  const data = source.parse(schemas.fieldSchemas[type as FieldType], errors) as RawField | undefined;
  if (!data) return undefined;
  const apiName = qualify(name, ns);
  if (RESERVED_FIELDS.has(metadataKey(name))) {
    errors.push(source.error([], `'${name}' is a field every record has already; choose another API name`));
    return undefined;
  }
  if (apiName.length > MAX_IDENTIFIER_LENGTH - 5) {
    errors.push(source.error([], `field API name '${apiName}' is too long for a column`));
  }
  const field: FieldDef = {
    apiName,
    column: columnName({ apiName, type: type as FieldType }),
    objectApiName: object.apiName,
    label: data.label,
    type: type as FieldType,
    packageName: pkg.name,
    required: data.required ?? false,
    unique: data.unique ?? false,
    externalId: data.externalId ?? false,
    tracked: data.tracked ?? false,
    helpText: data.helpText,
    description: data.description,
    length: data.length,
    precision: data.precision,
    scale: data.scale,
    defaultValue: data.defaultValue,
    displayFormat: data.displayFormat,
    startingNumber: data.startingNumber,
    formula: data.formula,
    returnType: data.returnType,
    source: source.ref,
  };
  if (data.values)
    field.picklist = {
      values: data.values.map(picklistValue),
      restricted: data.restricted ?? true,
    };
  if (data.referenceTo) {
    field.referenceTo = (Array.isArray(data.referenceTo) ? data.referenceTo : [data.referenceTo]).map((o: string) => qualify(o, ns));
    field.relationshipName = apiName.endsWith('__c') ? `${ns ? `${ns}__` : ''}${data.relationshipName}__r` : data.relationshipName;
    field.deleteConstraint = type === 'MasterDetail' ? 'Cascade' : data.deleteConstraint;
  }
  if (type === 'Summary') {
    field.summary = {
      childObject: qualify(data.summarizedObject!, ns),
      childField: qualify(data.relationshipField!, ns),
      operation: data.operation!,
      summarizedField: data.summarizedField && qualify(data.summarizedField, ns),
      filter: data.filter,
    };
  }
  if (type === 'Number' || type === 'Currency' || type === 'Percent') {
    if ((field.scale ?? 0) >= (field.precision ?? 18)) {
      errors.push(source.error(['scale'], `'scale' (${field.scale}) must be less than 'precision' (${field.precision})`));
    }
  }
  if (type === 'Checkbox' && data.required) {
    errors.push(source.error(['required'], 'a Checkbox is always true or false and cannot be required'));
  }
  return field;
}

/** A parsed field file: the union of what the per-type schemas allow. */
interface RawField {
  label: string;
  description?: string;
  helpText?: string;
  required?: boolean;
  unique?: boolean;
  externalId?: boolean;
  tracked?: boolean;
  length?: number;
  precision?: number;
  scale?: number;
  defaultValue?: string | number | boolean;
  values?: (string | { value: string; label?: string; default: boolean; active: boolean })[];
  restricted?: boolean;
  referenceTo?: string | string[];
  relationshipName?: string;
  deleteConstraint?: 'SetNull' | 'Restrict';
  displayFormat?: string;
  startingNumber?: number;
  formula?: string;
  returnType?: FieldDef['returnType'];
  summarizedObject?: string;
  relationshipField?: string;
  operation?: 'count' | 'sum' | 'min' | 'max';
  summarizedField?: string;
  filter?: string;
}

/** A field file's type and lookup targets as written, read before (and whatever) its schema says. */
function releasedField(raw: unknown): ReleasedField {
  const { type, referenceTo } = (raw ?? {}) as {
    type?: unknown;
    referenceTo?: unknown;
  };
  const t = typeof type === 'string' ? type : '';
  const targets = (Array.isArray(referenceTo) ? referenceTo : [referenceTo]).filter((r): r is string => typeof r === 'string');
  return (t === 'Lookup' || t === 'MasterDetail') && targets.length ? { type: t, referenceTo: targets } : t;
}

function picklistValue(v: string | { value: string; label?: string; default: boolean; active: boolean }): PicklistValue {
  return typeof v === 'string'
    ? { value: v, label: v, default: false, active: true }
    : {
        value: v.value,
        label: v.label ?? v.value,
        default: v.default,
        active: v.active,
      };
}

/** Apps, permission sets and custom permissions carry the namespace whatever their suffix. */
const qualifyComponent = (name: string, ns: string) => (ns && !name.startsWith(`${ns}__`) ? `${ns}__${name}` : name);

const singular = (part: string) =>
  ({
    fields: 'field',
    recordTypes: 'record type',
    validationRules: 'validation rule',
    layouts: 'layout',
    recordPages: 'record page',
    listViews: 'list view',
  })[part] ?? part;

const display = (path: string) => relative(process.cwd(), path) || path;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function subdirs(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}

/** The YAML files of a folder as [path, component name]; anything else in it is an error. */
async function yamlFiles(dir: string, loader: Loader): Promise<[string, string][]> {
  if (!(await exists(dir))) return [];
  const out: [string, string][] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const m = /^([A-Za-z][A-Za-z0-9_]*)\.ya?ml$/.exec(e.name);
    if (e.isFile() && m) out.push([join(dir, e.name), m[1]]);
    else loader.unexpected(join(dir, e.name), ['<ApiName>.yaml']);
  }
  return out;
}

function sortErrors(errors: MetadataError[]): MetadataError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
