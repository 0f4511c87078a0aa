import {
  dropFieldIndex,
  duplicateValue,
  EngineError,
  fillRollup,
  inTenantId,
  isUniqueCustom,
  pivotKind,
  pivotValueSql,
  PIVOT_COLUMNS,
  uniqueValueSql,
  UNIQUE_FIELD_TYPES,
  type RecordError,
} from '@platform/engine';
import {
  basedOnLayout,
  basedOnRecordPage,
  CUSTOM_FIELD_TYPES,
  isComputed,
  layoutFor,
  metadataKey,
  ORDERED_TYPES,
  SUMMABLE_TYPES,
  type FieldDef,
  type LayoutDef,
  type ObjectDef,
  type OverlayEntry,
  type RecordPageDef,
  type Registry,
  type ValidationRuleDef,
} from '@platform/metadata';
import { notEnabledMessage } from '@platform/security';
import {
  CUSTOM_INDEX_BUILD_TABLE,
  CUSTOM_INDEX_TABLE,
  CUSTOM_UNIQUE_TABLE,
  platformRepositories,
  type PlatformRepositories,
} from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';
import { permissionSetRow, replacePermissionSet } from '../permission-set-rows';
import { overlayRowName, readOverlay, type TenantMetadata } from './tenant-metadata';
import type { TenancyErrorCode } from '../tenancy.errors';

/** A job building a custom field's pivot entries for the rows it had before it was indexed. */
export interface IndexBuild {
  tenantId: string;
  object: string;
  field: string;
}

/** Where an index build stands, as Setup's field detail shows it ("Indexing: 40 %"). */
export interface IndexBuildState {
  state: 'building' | 'done' | 'failed';
  total: number;
  done: number;
  percent: number;
  error: string | null;
}

/** Rows per transaction of an index build: each batch commits, so no tenant waits on it. */
const BUILD_BATCH = 5000;

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** What each field type needs besides a label, for the New Field dialog. */
const FIELD_TYPE_NEEDS: Record<string, string[]> = {
  Text: ['length'],
  TextArea: [],
  LongTextArea: ['length'],
  Email: [],
  Phone: [],
  Url: [],
  Number: ['precision', 'scale'],
  Currency: ['precision', 'scale'],
  Percent: ['precision', 'scale'],
  Checkbox: [],
  Date: [],
  DateTime: [],
  Picklist: ['values'],
  MultiPicklist: ['values'],
  Lookup: ['referenceTo'],
  MasterDetail: ['referenceTo'],
  Summary: ['summarizedObject', 'operation', 'summarizedField'],
  AutoNumber: ['displayFormat'],
  Formula: ['formula', 'returnType'],
};

/** Field types as Setup names them to people (the rest are named as they are spelled). */
const LABELS: Record<string, string> = {
  TextArea: 'Text Area',
  LongTextArea: 'Long Text Area',
  DateTime: 'Date/Time',
  MultiPicklist: 'Picklist (Multi-Select)',
  AutoNumber: 'Auto Number',
  Url: 'URL',
  MasterDetail: 'Master-Detail',
  Summary: 'Roll-Up Summary',
};

/** Keys of a package field a tenant may change; the rest (its type above all) belong to the package. */
const PACKAGE_FIELD_CHANGES = ['label', 'helpText', 'description', 'addValues'];

const locked = (what: string, fields: string[] = []) =>
  new EngineError('invalid', [
    { errorCode: 'CANNOT_MODIFY_MANAGED_OBJECT', message: `${what} belongs to its package and cannot be changed.`, fields },
  ]);

const record = (value: unknown, what: string): Record<string, unknown> => {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw EngineError.invalid('JSON_PARSER_ERROR', `${what} must be a JSON object.`);
  return value as Record<string, unknown>;
};

/**
 * Who Setup works for: the tenant and, for a signed-in admin, the licences it lacks (the admin's
 * access policy answers `missingLicence`). A package the tenant is not licensed for is not there
 * in Setup: its objects are neither listed nor opened nor customised (403, not enabled, as the
 * records API answers), and its fields, rules, layouts and record pages on other objects (a
 * package's fields on Contact) are left out and answer 404. A bare tenant id is the platform's
 * own work (the operator's export and import of customisations): every package.
 */
export type SetupTenant = string | { tenantId: string; missingLicence(packageName: string): string | undefined };

interface Scope {
  tenantId: string;
  /** The licence a package needs and the tenant lacks, or undefined. */
  missing(packageName: string | undefined): string | undefined;
}

function scopeOf(tenant: SetupTenant): Scope {
  if (typeof tenant === 'string') return { tenantId: tenant, missing: () => undefined };
  return { tenantId: tenant.tenantId, missing: (packageName) => (packageName ? tenant.missingLicence(packageName) : undefined) };
}

/**
 * Setup for a tenant's admins: custom fields on any object, labels, help text and picklist values
 * of package fields, validation rules, layouts and record pages. Every change is an entry of the
 * tenant's overlay, checked by applying the whole overlay to the base metadata before it is saved
 * (the same checks packages get at load, formulas included), saved with a bump of the tenant's
 * metadata version in one transaction, and in effect on the next request.
 */
export class SetupService {
  constructor(
    private readonly dataSource: DataSource,
    /** The schema owner's connection: expression indexes on object tables are its to create. */
    private readonly owner: DataSource,
    private readonly metadata: TenantMetadata,
    /** The platform's repositories (the API's providers; outside Nest, the storage library's factory). */
    private readonly repositories: Pick<PlatformRepositories, 'tenants' | 'overlays'> = platformRepositories(dataSource),
    /**
     * Starts an index build elsewhere (the job queue); without one, builds run in the request
     * that asked (tests, the operator's tools).
     */
    private readonly startBuild?: (build: IndexBuild) => Promise<unknown>,
  ) {}

  private get base(): Registry {
    return this.metadata.base;
  }

  async objects(tenant: SetupTenant) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const registry = await this.metadata.registryFor(tenantId);
    return registry.objects
      .filter((o) => !scope.missing(o.packageName))
      .map((o) => {
        const fields = [...o.fields.values()];
        return {
          apiName: o.apiName,
          label: o.label,
          pluralLabel: o.pluralLabel,
          packageName: o.packageName,
          fieldCount: fields.length,
          customFieldCount: fields.filter((f) => f.custom).length,
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  fieldTypes() {
    return CUSTOM_FIELD_TYPES.map((type) => ({ type, label: LABELS[type] ?? type, needs: FIELD_TYPE_NEEDS[type] ?? [] }));
  }

  async object(tenant: SetupTenant, objectName: string) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const registry = await this.metadata.registryFor(tenantId);
    const object = this.licensed(scope, this.objectIn(registry, objectName));
    const builds = await this.builds(tenantId, object.apiName);
    const shown = <T extends { packageName?: string }>(items: Iterable<T>) => [...items].filter((item) => !scope.missing(item.packageName));
    const components = new Map<string, string>();
    for (const o of this.base.objects) {
      for (const page of o.recordPages.values()) {
        for (const region of page.regions)
          for (const c of region.components) if (c.type === 'component') components.set(c.name, componentLabel(c.name));
      }
    }
    return {
      apiName: object.apiName,
      label: object.label,
      pluralLabel: object.pluralLabel,
      packageName: object.packageName,
      fields: shown(object.fields.values()).map((f) => this.fieldView(f, builds.get(f.apiName))),
      validationRules: shown(object.validationRules.values()).map((r) => ruleView(r)),
      recordTypes: [...object.recordTypes.values()].map((rt) => ({ apiName: rt.apiName, label: rt.label, active: rt.active })),
      layouts: shown(object.layouts.values()).map((l) => designView(l)),
      layoutAssignments: this.assignmentRows(object),
      recordPages: shown(object.recordPages.values()).map((p) => designView(p)),
      components: [...components].map(([name, label]) => ({ name, label })),
      relatedListOptions: shown(registry.objects).flatMap((child) =>
        shown(child.fields.values())
          .filter((f) => f.referenceTo?.some((t) => metadataKey(t) === metadataKey(object.apiName)))
          .map((f) => ({ object: child.apiName, field: f.apiName, label: child.pluralLabel })),
      ),
      summaryOptions: summaryOptions(registry, object, scope),
    };
  }

  // ---- fields ----

  async addField(tenant: SetupTenant, objectName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    // The object's licence before the body: an unlicensed tenant learns nothing from what it sent.
    const object = this.licensed(scope, this.objectIn(this.base, objectName));
    const body = { ...record(input, 'The field') };
    this.licensedTargets(scope, body);
    const label = typeof body['label'] === 'string' ? body['label'].trim() : '';
    if (!label) throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'A field needs a label.', ['label']);
    const apiName = typeof body['apiName'] === 'string' && body['apiName'] ? body['apiName'] : fieldNameOf(label);
    delete body['apiName'];
    const grants = fieldGrants(body['grants']);
    delete body['grants'];
    if ((body['type'] === 'Lookup' || body['type'] === 'MasterDetail') && body['relationshipName'] === undefined)
      body['relationshipName'] = apiName.replace(/__c$/, '');
    if (body['type'] === 'Summary' && (body['summarizedField'] === null || body['summarizedField'] === '')) delete body['summarizedField'];
    delete body['indexBuilding'];
    checkUniqueType(body);
    const current = this.objectIn(await this.metadata.registryFor(tenantId), object.apiName);
    if (current.fields.has(metadataKey(apiName)))
      throw EngineError.invalid('DUPLICATE_VALUE', `${object.label} has a field called ${apiName} already.`, ['apiName']);
    // Values may be there already under the name (rows loaded in bulk): then an indexed field is built as when made indexed later.
    const building =
      !!pivotKind({ custom: true, indexed: isIndexed(body), type: body['type'] as FieldDef['type'] }) &&
      (await this.hasValues(tenantId, object, apiName));
    if (building) body['indexBuilding'] = true;
    const entry: OverlayEntry = { kind: 'CustomField', object: object.apiName, apiName, body };
    // A roll-up starts with what its masters' details already hold, and the permission sets named
    // grant the field, in the same transaction: a refused grant leaves no field behind.
    const registry = await this.save(tenantId, entry, async (manager, applied) => {
      const field = this.objectIn(applied, object.apiName).fields.get(metadataKey(apiName))!;
      if (field.type === 'Summary') await fillRollup(manager, tenantId, applied, this.objectIn(applied, object.apiName), field);
      await this.grantField(manager, tenantId, object, field, grants);
      if (isUniqueCustom(field)) await fillUnique(manager, tenantId, object, field);
      if (building) await startBuildRow(manager, tenantId, object, field);
    });
    if (building) await this.build({ tenantId, object: object.apiName, field: apiName });
    // A new field has no values yet: its pivot entries start with its first write.
    const field = this.objectIn(registry, object.apiName).fields.get(metadataKey(apiName))!;
    return this.fieldView(field);
  }

  async changeField(tenant: SetupTenant, objectName: string, fieldName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const current = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const field = this.shown(scope, current.fields.get(metadataKey(fieldName)));
    if (!field) throw EngineError.notFound(`${current.label} has no field called '${fieldName}'.`);
    const body = record(input, 'The change');
    this.licensedTargets(scope, body);
    const entries = await this.entries(tenantId);
    let entry: OverlayEntry;
    if (field.custom) {
      const own = entries.find((e) => e.kind === 'CustomField' && sameEntry(e, current.apiName, field.apiName))!;
      const next = { ...own.body };
      for (const [key, value] of Object.entries(body)) {
        if (key === 'type' && value !== own.body['type'])
          throw EngineError.invalid('FIELD_INTEGRITY_EXCEPTION', `${field.label}'s type cannot be changed: make a new field instead.`, [
            'type',
          ]);
        if (key === 'apiName' && value !== field.apiName)
          throw EngineError.invalid('FIELD_INTEGRITY_EXCEPTION', `${field.label}'s API name cannot be changed.`, ['apiName']);
        if (key === 'addValues') next['values'] = [...((own.body['values'] as unknown[]) ?? []), ...asList(value)];
        else if (key !== 'type' && key !== 'apiName' && key !== 'indexBuilding') next[key] = value;
      }
      checkUniqueType({ ...next, type: own.body['type'] });
      entry = { ...own, body: next };
    } else {
      const refused = Object.keys(body).filter((k) => !PACKAGE_FIELD_CHANGES.includes(k));
      if (refused.length) throw locked(`${field.label}'s ${refused.join(', ')}`, refused);
      const own = entries.find((e) => e.kind === 'FieldChange' && sameEntry(e, current.apiName, field.apiName));
      const next: Record<string, unknown> = { ...(own?.body ?? {}) };
      for (const key of ['label', 'helpText', 'description']) if (body[key] !== undefined) next[key] = body[key];
      if (body['addValues'] !== undefined) next['values'] = [...((next['values'] as unknown[]) ?? []), ...asList(body['addValues'])];
      entry = { kind: 'FieldChange', object: current.apiName, apiName: field.apiName, body: next };
    }
    // Indexing a field with values already: the field works unindexed, new writes are indexed at
    // once, and a build (a job) adds the rows it had; made unique, its values must be unique now.
    const building = field.custom && !!pivotKind({ ...field, indexed: isIndexed(entry.body) }) && !field.indexed;
    if (building) entry.body['indexBuilding'] = true;
    const registry = await this.save(tenantId, entry, async (manager, applied) => {
      const after = this.objectIn(applied, current.apiName).fields.get(metadataKey(field.apiName))!;
      if (field.custom && pivotKind(field) && !pivotKind(after)) await dropFieldIndex(manager, tenantId, current, field.apiName, ['index']);
      if (isUniqueCustom(field) && !isUniqueCustom(after)) await dropFieldIndex(manager, tenantId, current, field.apiName, ['unique']);
      if (!isUniqueCustom(field) && isUniqueCustom(after)) await fillUnique(manager, tenantId, current, after);
      if (building) await startBuildRow(manager, tenantId, current, after);
    });
    if (building) await this.build({ tenantId, object: current.apiName, field: field.apiName });
    const after = this.objectIn(registry, current.apiName).fields.get(metadataKey(field.apiName))!;
    return this.fieldView(after, (await this.builds(tenantId, current.apiName)).get(after.apiName));
  }

  async deleteField(tenant: SetupTenant, objectName: string, fieldName: string): Promise<void> {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const field = this.shown(scope, object.fields.get(metadataKey(fieldName)));
    if (!field) throw EngineError.notFound(`${object.label} has no field called '${fieldName}'.`);
    if (!field.custom) throw locked(`Field ${field.apiName}`);
    // Its values go with it, in the same transaction, and then its index: a field made later
    // under the same name (of another type, perhaps) starts empty and gets an index of its own.
    await this.remove(tenantId, { kind: 'CustomField', object: object.apiName, apiName: field.apiName }, async (manager) => {
      await clearValues(manager, tenantId, object, field.apiName);
      await dropFieldIndex(manager, tenantId, object, field.apiName);
      await manager.query(`DELETE FROM "${CUSTOM_INDEX_BUILD_TABLE}" WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3`, [
        tenantId,
        object.apiName,
        field.apiName,
      ]);
    });
  }

  // ---- validation rules ----

  async addRule(tenant: SetupTenant, objectName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(this.base, objectName));
    const body = { ...record(input, 'The rule') };
    if (body['errorDisplayField'] === null || body['errorDisplayField'] === '') delete body['errorDisplayField'];
    const apiName = typeof body['apiName'] === 'string' ? body['apiName'].trim() : '';
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(apiName))
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'A rule needs an API name: letters, digits and underscores.', ['apiName']);
    delete body['apiName'];
    const current = this.objectIn(await this.metadata.registryFor(tenantId), object.apiName);
    if (current.validationRules.has(metadataKey(apiName)))
      throw EngineError.invalid('DUPLICATE_VALUE', `${object.label} has a validation rule called ${apiName} already.`, ['apiName']);
    const registry = await this.save(tenantId, { kind: 'ValidationRule', object: object.apiName, apiName, body });
    return ruleView(this.objectIn(registry, object.apiName).validationRules.get(metadataKey(apiName))!);
  }

  async changeRule(tenant: SetupTenant, objectName: string, ruleName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const body = record(input, 'The change');
    const rule = this.shown(scope, object.validationRules.get(metadataKey(ruleName)));
    if (!rule) throw EngineError.notFound(`${object.label} has no validation rule called '${ruleName}'.`);
    if (rule.packageName) throw locked(`Validation rule ${rule.apiName}`);
    const own = (await this.entries(tenantId)).find((e) => e.kind === 'ValidationRule' && sameEntry(e, object.apiName, rule.apiName))!;
    const next = { ...own.body, ...body };
    delete next['apiName'];
    // No error location (null or empty): the message goes to the top of the form.
    if (next['errorDisplayField'] === null || next['errorDisplayField'] === '') delete next['errorDisplayField'];
    const registry = await this.save(tenantId, { ...own, body: next });
    return ruleView(this.objectIn(registry, object.apiName).validationRules.get(metadataKey(rule.apiName))!);
  }

  async deleteRule(tenant: SetupTenant, objectName: string, ruleName: string): Promise<void> {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const rule = this.shown(scope, object.validationRules.get(metadataKey(ruleName)));
    if (!rule) throw EngineError.notFound(`${object.label} has no validation rule called '${ruleName}'.`);
    if (rule.packageName) throw locked(`Validation rule ${rule.apiName}`);
    await this.remove(tenantId, { kind: 'ValidationRule', object: object.apiName, apiName: rule.apiName });
  }

  // ---- layouts and record pages ----

  async putLayout(tenant: SetupTenant, objectName: string, layoutName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(this.base, objectName));
    const body = withoutViewKeys(record(input, 'The layout'));
    // A related list added without columns shows the child's name.
    if (Array.isArray(body['relatedLists'])) {
      body['relatedLists'] = (body['relatedLists'] as Record<string, unknown>[]).map((r) =>
        r && typeof r === 'object' && r['columns'] === undefined
          ? { ...r, columns: [this.base.object(String(r['object']))?.nameField ?? 'Name'] }
          : r,
      );
    }
    const packaged = object.layouts.get(metadataKey(layoutName));
    if (packaged && scope.missing(packaged.packageName))
      throw EngineError.notFound(`${object.label} has no layout called '${layoutName}'.`);
    const apiName = packaged?.apiName ?? layoutName;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(apiName))
      throw EngineError.invalid('INVALID_FIELD', `'${layoutName}' is not a layout name: letters, digits and underscores.`);
    if (body['label'] === undefined) body['label'] = packaged?.label ?? apiName.replace(/_/g, ' ');
    if (packaged) body['basedOn'] = basedOnLayout(packaged);
    const registry = await this.save(tenantId, { kind: 'Layout', object: object.apiName, apiName, body });
    return designView(this.objectIn(registry, object.apiName).layouts.get(metadataKey(apiName))!);
  }

  async resetLayout(tenant: SetupTenant, objectName: string, layoutName: string): Promise<void> {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const layout = this.shown(scope, object.layouts.get(metadataKey(layoutName)));
    if (!layout?.customised) throw EngineError.notFound(`${object.label} has no rearranged layout called '${layoutName}'.`);
    await this.remove(tenantId, { kind: 'Layout', object: object.apiName, apiName: layout.apiName });
  }

  async putRecordPage(tenant: SetupTenant, objectName: string, pageName: string, input: unknown) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(this.base, objectName));
    const body = withoutViewKeys(record(input, 'The record page'));
    // A region emptied in the editor is left out, as a page file would leave it out.
    if (Array.isArray(body['regions']))
      body['regions'] = (body['regions'] as { components?: unknown[] }[]).filter(
        (r) => !Array.isArray(r?.components) || r.components.length > 0,
      );
    const packaged = object.recordPages.get(metadataKey(pageName));
    if (packaged && scope.missing(packaged.packageName))
      throw EngineError.notFound(`${object.label} has no record page called '${pageName}'.`);
    const apiName = packaged?.apiName ?? pageName;
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(apiName))
      throw EngineError.invalid('INVALID_FIELD', `'${pageName}' is not a record page name: letters, digits and underscores.`);
    if (body['label'] === undefined) body['label'] = packaged?.label ?? apiName.replace(/_/g, ' ');
    if (packaged) body['basedOn'] = basedOnRecordPage(packaged);
    const registry = await this.save(tenantId, { kind: 'RecordPage', object: object.apiName, apiName, body });
    return designView(this.objectIn(registry, object.apiName).recordPages.get(metadataKey(apiName))!);
  }

  /**
   * Page layout assignment (Salesforce's "Edit Assignment"): each row assigns a record type one of
   * the object's layouts, all or none; a row naming what the packages assign drops the tenant's
   * assignment. Every unknown record type or layout is named by its row.
   */
  async putLayoutAssignments(tenant: SetupTenant, objectName: string, rows: { recordType: string; layout: string }[]) {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(this.base, objectName));
    const current = this.objectIn(await this.metadata.registryFor(tenantId), object.apiName);
    const problems: RecordError[] = [];
    const seen = new Set<string>();
    const chosen = rows.flatMap((row, i) => {
      const recordType = current.recordTypes.get(metadataKey(row.recordType));
      const layout = this.shown(scope, current.layouts.get(metadataKey(row.layout)));
      if (!recordType) {
        const message = `assignments[${i}].recordType: ${current.label} has no record type called '${row.recordType}'.`;
        problems.push({ errorCode: 'INVALID_FIELD', message, fields: [`assignments[${i}].recordType`] });
      } else if (seen.has(metadataKey(recordType.apiName))) {
        const message = `assignments[${i}].recordType: ${recordType.apiName} is assigned twice.`;
        problems.push({ errorCode: 'DUPLICATE_VALUE', message, fields: [`assignments[${i}].recordType`] });
      }
      if (!layout) {
        const message = `assignments[${i}].layout: ${current.label} has no layout called '${row.layout}'.`;
        problems.push({ errorCode: 'INVALID_FIELD', message, fields: [`assignments[${i}].layout`] });
      }
      if (!recordType || !layout) return [];
      seen.add(metadataKey(recordType.apiName));
      return [{ recordType: recordType.apiName, layout: layout.apiName }];
    });
    if (problems.length) throw new EngineError('invalid', problems);
    const packaged = (recordType: string) => layoutFor(object, recordType)?.apiName;
    const puts: OverlayEntry[] = chosen
      .filter((c) => metadataKey(packaged(c.recordType) ?? '') !== metadataKey(c.layout))
      .map((c) => ({ kind: 'LayoutAssignment', object: object.apiName, apiName: c.recordType, body: { layout: c.layout } }));
    const registry = await inTenantId(this.dataSource, tenantId, async (manager) => {
      const existing = await this.lock(manager, tenantId);
      const named = (e: OverlayEntry) => e.kind === 'LayoutAssignment' && chosen.some((c) => sameEntry(e, object.apiName, c.recordType));
      const dropped = existing.filter(named);
      const applied = this.check([...existing.filter((e) => !named(e)), ...puts], puts);
      const overlay = this.repositories.overlays.in(manager);
      for (const entry of dropped) await overlay.deleteByName(tenantId, entry.kind, overlayRowName(entry));
      for (const entry of puts) await this.write(manager, tenantId, entry);
      await this.bump(manager, tenantId);
      return applied;
    });
    return this.assignmentRows(this.objectIn(registry, object.apiName));
  }

  async resetRecordPage(tenant: SetupTenant, objectName: string, pageName: string): Promise<void> {
    const scope = scopeOf(tenant);
    const { tenantId } = scope;
    const object = this.licensed(scope, this.objectIn(await this.metadata.registryFor(tenantId), objectName));
    const page = this.shown(scope, object.recordPages.get(metadataKey(pageName)));
    if (!page?.customised) throw EngineError.notFound(`${object.label} has no rearranged record page called '${pageName}'.`);
    await this.remove(tenantId, { kind: 'RecordPage', object: object.apiName, apiName: page.apiName });
  }

  // ---- the overlay as a whole (export and import) ----

  entries(tenantId: string): Promise<OverlayEntry[]> {
    return inTenantId(this.dataSource, tenantId, (m) => readOverlay(this.repositories.overlays.in(m), tenantId));
  }

  /**
   * Adds (or replaces, by name) these entries in the tenant's overlay, all or none: the overlay
   * they make must apply cleanly. `alongside` writes more in the same transaction (an import's
   * permission sets), given the registry the new overlay makes; if it throws, nothing is written.
   * Returns how many entries were written.
   */
  async importEntries(
    tenantId: string,
    incoming: OverlayEntry[],
    alongside?: (manager: EntityManager, registry: Registry) => Promise<void>,
  ): Promise<number> {
    let retyped: OverlayEntry[] = [];
    const builds: IndexBuild[] = [];
    await inTenantId(this.dataSource, tenantId, async (manager) => {
      const existing = await this.lock(manager, tenantId);
      retyped = incoming.filter(
        (i) =>
          i.kind === 'CustomField' &&
          existing.some((e) => e.kind === 'CustomField' && sameEntry(e, i.object, i.apiName) && e.body['type'] !== i.body['type']),
      );
      const next = [...existing.filter((e) => !incoming.some((i) => i.kind === e.kind && sameEntry(i, e.object, e.apiName))), ...incoming];
      const applied = this.check(next, incoming);
      // A custom field imported with another type than the tenant's starts empty, as if deleted and made again.
      for (const entry of retyped) {
        await clearValues(manager, tenantId, this.objectIn(applied, entry.object), entry.apiName);
        await dropFieldIndex(manager, tenantId, this.objectIn(applied, entry.object), entry.apiName);
      }
      // An imported indexed or unique field may have values already (the tenant had it): unique
      // ones are checked and entered now, indexed ones are built after (a job).
      for (const entry of incoming.filter((e) => e.kind === 'CustomField')) {
        const object = this.objectIn(applied, entry.object);
        const field = object.fields.get(metadataKey(entry.apiName))!;
        if (isUniqueCustom(field)) await fillUnique(manager, tenantId, object, field);
        if (pivotKind(field)) {
          entry.body['indexBuilding'] = true;
          await startBuildRow(manager, tenantId, object, field);
          builds.push({ tenantId, object: object.apiName, field: field.apiName });
        }
      }
      for (const entry of incoming) await this.write(manager, tenantId, entry);
      await alongside?.(manager, applied);
      await this.bump(manager, tenantId);
      return applied;
    });
    for (const build of builds) await this.build(build);
    return incoming.length;
  }

  /**
   * Field-level security for a new field, as Salesforce's wizard asks for it: each of the tenant's
   * own permission sets named gets Read (and Edit, unless the field is computed) on it. A package's
   * set is read-only, and one that does not exist is named; either refusal rolls the field back.
   */
  private async grantField(
    manager: EntityManager,
    tenantId: string,
    object: ObjectDef,
    field: FieldDef,
    grants: FieldGrant[],
  ): Promise<void> {
    const overlays = this.repositories.overlays.in(manager);
    for (const [i, grant] of grants.entries()) {
      const path = [`grants[${i}].permissionSet`];
      const row = await permissionSetRow(overlays, tenantId, grant.permissionSet, true);
      if (!row) {
        const pkg = this.base.permissionSet(grant.permissionSet);
        if (pkg) {
          throw EngineError.invalid(
            'CANNOT_MODIFY_MANAGED_OBJECT',
            `grants[${i}].permissionSet: ${pkg.apiName} belongs to ${pkg.packageName} and cannot be changed; grant the field in a permission set of your own.`,
            path,
          );
        }
        throw EngineError.invalid('INVALID_FIELD', `grants[${i}].permissionSet: no permission set called '${grant.permissionSet}'.`, path);
      }
      const fields = { ...row.body.fields, [`${object.apiName}.${field.apiName}`]: { read: true, edit: grant.edit && !isComputed(field) } };
      await replacePermissionSet(overlays, tenantId, row.id, { ...row.body, fields });
    }
  }

  // ---- index builds ----

  /** Starts a build: on the job queue when there is one, else here and now. */
  private async build(build: IndexBuild): Promise<void> {
    if (this.startBuild) await this.startBuild(build);
    else await this.buildIndex(build);
  }

  /**
   * Builds a custom field's pivot entries for the tenant's rows, in batches of `batchSize` rows by
   * id, each its own tenant transaction (reads of the tenant's rows only: nothing of another
   * tenant's waits), recording progress; then clears the field's `indexBuilding` mark, from which
   * on filters use the pivot. Safe to run again: entries a write made meanwhile are kept.
   */
  async buildIndex(build: IndexBuild, batchSize = BUILD_BATCH, onProgress?: (state: IndexBuildState) => Promise<void>): Promise<void> {
    const { tenantId } = build;
    const registry = await this.metadata.registryFor(tenantId);
    const object = registry.object(build.object);
    const field = object?.fields.get(metadataKey(build.field));
    const kind = field && pivotKind(field);
    // Deleted or no longer indexed since; whether it is still to build is the overlay's mark, read at the end (a cached registry may not show it yet).
    if (!object || !field || !kind) return;
    const table = q(object.table);
    await inTenantId(this.dataSource, tenantId, async (manager) => {
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS "n" FROM ${table} WHERE "tenant_id" = $1`, [tenantId])) as {
        n: number;
      }[];
      await manager.query(
        `INSERT INTO "${CUSTOM_INDEX_BUILD_TABLE}" ("tenant_id", "object", "field", "state", "total", "done")
         VALUES ($1, $2, $3, 'building', $4, 0)
         ON CONFLICT ("tenant_id", "object", "field") DO UPDATE SET "state" = 'building', "total" = $4, "done" = 0, "error" = NULL, "started_date" = now(), "finished_date" = NULL`,
        [tenantId, object.apiName, field.apiName, n],
      );
    });
    let after: string | null = null;
    for (;;) {
      const value = pivotValueSql(kind, 'b."custom"', '$3::text');
      const columns = PIVOT_COLUMNS.map(([k, type]) => (k === kind ? value : `NULL::${type}`));
      const [batch] = await inTenantId(this.dataSource, tenantId, async (manager) => {
        const rows = (await manager.query(
          `WITH "b" AS (SELECT "id", "custom" FROM ${table} WHERE "tenant_id" = $1 AND ($4::uuid IS NULL OR "id" > $4::uuid) ORDER BY "id" LIMIT $5),
                "ins" AS (INSERT INTO "${CUSTOM_INDEX_TABLE}" ("tenant_id", "object", "field", "record_id", "str", "num", "dat", "ts")
                          SELECT $1, $2, $3, b."id", ${columns.join(', ')} FROM "b" WHERE ${value} IS NOT NULL
                          ON CONFLICT ("tenant_id", "record_id", "field") DO NOTHING)
           SELECT count(*)::int AS "n", (SELECT "id" FROM "b" ORDER BY "id" DESC LIMIT 1) AS "last" FROM "b"`,
          [tenantId, object.apiName, field.apiName, after, batchSize],
        )) as { n: number; last: string | null }[];
        await manager.query(
          `UPDATE "${CUSTOM_INDEX_BUILD_TABLE}" SET "done" = LEAST("total", "done" + $4) WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3`,
          [tenantId, object.apiName, field.apiName, rows[0].n],
        );
        return rows;
      });
      if (onProgress) await onProgress((await this.builds(tenantId, object.apiName)).get(field.apiName)!);
      if (!batch.n || !batch.last) break;
      after = batch.last;
    }
    // Done: filters may use the pivot from the tenant's next request on.
    await inTenantId(this.dataSource, tenantId, async (manager) => {
      const entries = await this.lock(manager, tenantId);
      const own = entries.find((e) => e.kind === 'CustomField' && sameEntry(e, object.apiName, field.apiName));
      if (own?.body['indexBuilding']) {
        const { indexBuilding: _done, ...body } = own.body;
        await this.write(manager, tenantId, { ...own, body });
        await this.bump(manager, tenantId);
      }
      await manager.query(
        `UPDATE "${CUSTOM_INDEX_BUILD_TABLE}" SET "state" = 'done', "done" = "total", "finished_date" = now() WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3`,
        [tenantId, object.apiName, field.apiName],
      );
    });
  }

  /** A build that failed for good: its state says so (the field keeps working unindexed). */
  async buildFailed(build: IndexBuild, error: string): Promise<void> {
    await inTenantId(this.dataSource, build.tenantId, (manager) =>
      manager.query(
        `UPDATE "${CUSTOM_INDEX_BUILD_TABLE}" SET "state" = 'failed', "error" = $4 WHERE "tenant_id" = $1 AND "object" = $2 AND "field" = $3`,
        [build.tenantId, build.object, build.field, error],
      ),
    );
  }

  /**
   * The builds still to do, in every tenant: fields marked `indexBuilding` (Setup's, or the
   * migration's that converted the old per-tenant indexes). The API starts them when it starts.
   */
  async pendingBuilds(): Promise<IndexBuild[]> {
    const rows = (await this.owner.query(
      `SELECT "tenant_id", "object_api_name", "api_name" FROM "sys_metadata_overlay" WHERE "kind" = 'CustomField' AND "body" ->> 'indexBuilding' = 'true'`,
    )) as { tenant_id: string; object_api_name: string; api_name: string }[];
    // Object-scoped rows are named `Object.Field` (overlayRowName).
    return rows.map((r) => ({ tenantId: r.tenant_id, object: r.object_api_name, field: r.api_name.split('.').pop()! }));
  }

  /** Whether any of the tenant's rows holds a value under the name (a scan of the tenant's rows, when a field is made indexed). */
  private async hasValues(tenantId: string, object: ObjectDef, apiName: string): Promise<boolean> {
    const rows = (await inTenantId(this.dataSource, tenantId, (manager) =>
      manager.query(`SELECT 1 FROM ${q(object.table)} WHERE "tenant_id" = $1 AND "custom" ? $2::text LIMIT 1`, [tenantId, apiName]),
    )) as unknown[];
    return rows.length > 0;
  }

  /** Where each of an object's index builds stands, by field API name. */
  async builds(tenantId: string, objectApiName: string): Promise<Map<string, IndexBuildState>> {
    const rows = (await inTenantId(this.dataSource, tenantId, (manager) =>
      manager.query(
        `SELECT "field", "state", "total", "done", "error" FROM "${CUSTOM_INDEX_BUILD_TABLE}" WHERE "tenant_id" = $1 AND "object" = $2`,
        [tenantId, objectApiName],
      ),
    )) as { field: string; state: IndexBuildState['state']; total: number; done: number; error: string | null }[];
    return new Map(
      rows.map((r) => [
        r.field,
        { state: r.state, total: r.total, done: r.done, error: r.error, percent: r.total ? Math.floor((100 * r.done) / r.total) : 100 },
      ]),
    );
  }

  // ---- internals ----

  /** The object, when the tenant holds its package's licence; else 403 "not enabled", as the records API answers. */
  private licensed(scope: Scope, object: ObjectDef): ObjectDef {
    const licence = scope.missing(object.packageName);
    if (licence)
      throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: notEnabledMessage(licence), fields: [] }]);
    return object;
  }

  /** A field, rule, layout or record page, unless its package is one the tenant lacks the licence for. */
  private shown<T extends { packageName?: string }>(scope: Scope, item: T | undefined): T | undefined {
    return item && !scope.missing(item.packageName) ? item : undefined;
  }

  /** A lookup or roll-up may not point at an object of a package the tenant lacks the licence for. */
  private licensedTargets(scope: Scope, body: Record<string, unknown>): void {
    const targets = [body['referenceTo'], body['summarizedObject']].flat().filter((t): t is string => typeof t === 'string');
    for (const target of targets) {
      const object = this.base.object(target);
      if (object) this.licensed(scope, object);
    }
  }

  private objectIn(registry: Registry, name: string): ObjectDef {
    const object = registry.object(name);
    if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${name}'`);
    return object;
  }

  /** Saves one entry if the overlay with it applies cleanly; the registry it makes. */
  private async save(
    tenantId: string,
    entry: OverlayEntry,
    alongside?: (manager: EntityManager, registry: Registry) => Promise<void>,
  ): Promise<Registry> {
    return inTenantId(this.dataSource, tenantId, async (manager) => {
      const existing = await this.lock(manager, tenantId);
      const next = [...existing.filter((e) => !(e.kind === entry.kind && sameEntry(e, entry.object, entry.apiName))), entry];
      const registry = this.check(next, [entry]);
      await this.write(manager, tenantId, entry);
      await alongside?.(manager, registry);
      await this.bump(manager, tenantId);
      return registry;
    });
  }

  private async remove(
    tenantId: string,
    entry: Pick<OverlayEntry, 'kind' | 'object' | 'apiName'>,
    alongside?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await inTenantId(this.dataSource, tenantId, async (manager) => {
      const existing = await this.lock(manager, tenantId);
      const next = existing.filter((e) => !(e.kind === entry.kind && sameEntry(e, entry.object, entry.apiName)));
      // What is left must still apply: a field a rule or layout of the tenant's names stays.
      const { errors } = this.metadata.apply(next);
      if (errors.length) {
        throw new EngineError('invalid', [
          {
            errorCode: 'FIELD_INTEGRITY_EXCEPTION',
            message: `${entry.apiName} is still used: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`,
            fields: [],
          },
        ]);
      }
      await this.repositories.overlays.in(manager).deleteByName(tenantId, entry.kind, overlayRowName(entry));
      await alongside?.(manager);
      await this.bump(manager, tenantId);
    });
  }

  /** One Setup change at a time per tenant: the tenant's row is locked, then its overlay read. */
  private async lock(manager: EntityManager, tenantId: string): Promise<OverlayEntry[]> {
    await this.repositories.tenants.in(manager).lockForSetup(tenantId);
    return readOverlay(this.repositories.overlays.in(manager), tenantId);
  }

  /** Applies the overlay; errors in the changed entries refuse the change, naming the key. */
  private check(next: OverlayEntry[], changed: OverlayEntry[]): Registry {
    const { registry, errors } = this.metadata.apply(next);
    const mine = errors.filter((e) => changed.some((c) => c.kind === e.entry.kind && sameEntry(c, e.entry.object, e.entry.apiName)));
    if (mine.length) {
      const many = changed.length > 1;
      throw new EngineError(
        'invalid',
        mine.map(
          (e): RecordError => ({
            errorCode: errorCodeOf(e.message, e.path),
            message: `${many ? `${e.file}: ` : ''}${e.message}`,
            fields: e.path?.length ? [e.path[0]] : [],
          }),
        ),
      );
    }
    return registry;
  }

  private async write(manager: EntityManager, tenantId: string, entry: OverlayEntry): Promise<void> {
    await this.repositories.overlays.in(manager).put(tenantId, {
      kind: entry.kind,
      objectApiName: entry.object,
      apiName: overlayRowName(entry),
      body: entry.body,
    });
  }

  private async bump(manager: EntityManager, tenantId: string): Promise<void> {
    await this.repositories.tenants.in(manager).bumpMetadataVersion(tenantId);
  }

  /** Each record type with the layout its records are shown with, and the one the packages assign. */
  private assignmentRows(object: ObjectDef) {
    const packaged = this.base.object(object.apiName);
    return [...object.recordTypes.values()].map((rt) => ({
      recordType: rt.apiName,
      recordTypeLabel: rt.label,
      active: rt.active,
      layout: layoutFor(object, rt.apiName)?.apiName ?? null,
      packageLayout: (packaged && layoutFor(packaged, rt.apiName)?.apiName) ?? null,
      customised: !!object.layoutAssignments?.get(metadataKey(rt.apiName))?.customised,
    }));
  }

  private fieldView(f: FieldDef, build?: IndexBuildState) {
    return {
      apiName: f.apiName,
      label: f.label,
      type: f.type,
      typeLabel: LABELS[f.type] ?? f.type,
      packageName: f.packageName,
      custom: !!f.custom,
      locked: !f.custom,
      helpText: f.helpText ?? null,
      description: f.description ?? null,
      required: f.required,
      length: f.length ?? null,
      precision: f.precision ?? null,
      scale: f.scale ?? null,
      referenceTo: f.referenceTo ?? [],
      formula: f.formula ?? null,
      returnType: f.returnType ?? null,
      displayFormat: f.displayFormat ?? null,
      indexed: !!f.indexed,
      unique: !!f.unique,
      externalId: !!f.externalId,
      // While the rows it had are being indexed ("Indexing: 40 %"); null once filters use the index.
      indexing: f.indexBuilding || build?.state === 'failed' ? (build ?? null) : null,
      summary: f.summary
        ? {
            summarizedObject: f.summary.childObject,
            relationshipField: f.summary.childField,
            operation: f.summary.operation,
            summarizedField: f.summary.summarizedField ?? null,
          }
        : null,
      picklist: f.picklist
        ? {
            restricted: f.picklist.restricted,
            values: f.picklist.values.map((v) => ({
              value: v.value,
              label: v.label,
              active: v.active,
              default: v.default,
              custom: !!v.custom || !!f.custom,
            })),
          }
        : null,
    };
  }
}

/** What a roll-up summary on `object` may summarise: each detail object (by its master-detail field) and how each of its fields may be aggregated. */
function summaryOptions(registry: Registry, object: ObjectDef, scope: Scope) {
  const licensed = (item: { packageName?: string }) => !scope.missing(item.packageName);
  return registry.objects.filter(licensed).flatMap((child) =>
    [...child.fields.values()]
      .filter(
        (link) =>
          licensed(link) && link.type === 'MasterDetail' && link.referenceTo?.some((t) => metadataKey(t) === metadataKey(object.apiName)),
      )
      .map((link) => ({
        object: child.apiName,
        objectLabel: child.label,
        relationshipField: link.apiName,
        relationshipLabel: link.label,
        fields: [...child.fields.values()]
          .filter((f) => licensed(f) && ORDERED_TYPES.has(f.type))
          .map((f) => ({
            apiName: f.apiName,
            label: f.label,
            type: f.type,
            operations: SUMMABLE_TYPES.has(f.type) ? ['sum', 'min', 'max'] : ['min', 'max'],
          })),
      })),
  );
}

function ruleView(r: ValidationRuleDef) {
  return {
    apiName: r.apiName,
    active: r.active,
    errorConditionFormula: r.errorConditionFormula,
    errorMessage: r.errorMessage,
    errorDisplayField: r.errorDisplayField ?? null,
    description: r.description ?? null,
    packageName: r.packageName,
    locked: !!r.packageName,
  };
}

/** A layout or record page as Setup shows it: without where it was read from. */
function designView<T extends LayoutDef | RecordPageDef>(d: T) {
  const { source: _source, objectApiName: _object, ...rest } = d;
  return { ...rest, customised: !!d.customised };
}

interface FieldGrant {
  permissionSet: string;
  edit: boolean;
}

/** A new field's `grants`: `[{ permissionSet, edit? }]`, each giving Read, and Edit when asked. */
function fieldGrants(value: unknown): FieldGrant[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw EngineError.invalid('INVALID_FIELD', 'grants: a list of { permissionSet, edit }.', ['grants']);
  return value.map((g, i) => {
    const grant = g as { permissionSet?: unknown; edit?: unknown };
    if (!grant || typeof grant.permissionSet !== 'string' || !grant.permissionSet.trim()) {
      throw EngineError.invalid('INVALID_FIELD', `grants[${i}].permissionSet: the API name of a permission set of yours.`, [
        `grants[${i}].permissionSet`,
      ]);
    }
    if (grant.edit !== undefined && typeof grant.edit !== 'boolean')
      throw EngineError.invalid('INVALID_FIELD', `grants[${i}].edit: true or false.`, [`grants[${i}].edit`]);
    return { permissionSet: grant.permissionSet.trim(), edit: grant.edit === true };
  });
}

/** Takes a custom field's values out of every record of the tenant (its key out of `custom`). */
async function clearValues(manager: EntityManager, tenantId: string, object: ObjectDef, apiName: string): Promise<void> {
  await manager.query(`UPDATE ${q(object.table)} SET "custom" = "custom" - $2::text WHERE "tenant_id" = $1 AND "custom" ? $2::text`, [
    tenantId,
    apiName,
  ]);
}

const sameEntry = (e: Pick<OverlayEntry, 'object' | 'apiName'>, object: string, apiName: string) =>
  metadataKey(e.object) === metadataKey(object) && metadataKey(e.apiName) === metadataKey(apiName);

/** What GET adds to a layout or page, so a client may send back what it read. */
function withoutViewKeys(body: Record<string, unknown>): Record<string, unknown> {
  const { apiName: _a, packageName: _p, customised: _c, objectApiName: _o, basedOn: _b, ...rest } = body;
  return rest;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** `Region`, `Funding body` → `Region__c`, `Funding_body__c`. */
export function fieldNameOf(label: string): string {
  const base = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, '_');
  return `${/^[A-Za-z]/.test(base) ? base : `X${base}`}__c`;
}

function componentLabel(name: string): string {
  const local = name.includes(':') ? name.split(':')[1] : name;
  return local.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

function errorCodeOf(message: string, path: string[] | undefined): TenancyErrorCode {
  if (path?.[0] === 'errorConditionFormula' || path?.[0] === 'formula') return 'INVALID_FORMULA';
  if (/already/.test(message)) return 'DUPLICATE_VALUE';
  if (/locked/.test(message)) return 'CANNOT_MODIFY_MANAGED_OBJECT';
  return 'FIELD_INTEGRITY_EXCEPTION';
}

const isIndexed = (body: Record<string, unknown>) => body['indexed'] === true || body['unique'] === true || body['externalId'] === true;

/** Unique and external-id custom fields are Text, Number or Email, as in Salesforce. */
function checkUniqueType(body: Record<string, unknown>): void {
  for (const key of ['unique', 'externalId'] as const) {
    if (body[key] !== undefined && typeof body[key] !== 'boolean')
      throw EngineError.invalid('INVALID_FIELD', `${key}: true or false.`, [key]);
    if (body[key] === true && !(UNIQUE_FIELD_TYPES as readonly string[]).includes(String(body['type']))) {
      throw EngineError.invalid(
        'FIELD_INTEGRITY_EXCEPTION',
        `Only ${UNIQUE_FIELD_TYPES.join(', ')} fields can be ${key === 'unique' ? 'unique' : 'external ids'}; mark the field indexed to filter on it quickly.`,
        [key],
      );
    }
  }
}

/** Records that a build of the field's entries is on its way (its progress starts at 0). */
async function startBuildRow(manager: EntityManager, tenantId: string, object: ObjectDef, field: FieldDef): Promise<void> {
  await manager.query(
    `INSERT INTO "${CUSTOM_INDEX_BUILD_TABLE}" ("tenant_id", "object", "field", "state", "total", "done")
     VALUES ($1, $2, $3, 'building', 0, 0)
     ON CONFLICT ("tenant_id", "object", "field") DO UPDATE SET "state" = 'building', "total" = 0, "done" = 0, "error" = NULL, "started_date" = now(), "finished_date" = NULL`,
    [tenantId, object.apiName, field.apiName],
  );
}

/**
 * Makes a field unique on the rows it has: refused with DUPLICATE_VALUE, naming an example, when
 * two of the tenant's records share a value; else every value goes into the unique pivot (one
 * statement over the tenant's rows, which locks nothing of another tenant's).
 */
async function fillUnique(manager: EntityManager, tenantId: string, object: ObjectDef, field: FieldDef): Promise<void> {
  const value = uniqueValueSql(field, '"custom"', '$2::text');
  const [dup] = (await manager.query(
    `SELECT min("custom" ->> $2::text) AS "example" FROM ${q(object.table)} WHERE "tenant_id" = $1 AND ${value} IS NOT NULL GROUP BY ${value} HAVING count(*) > 1 LIMIT 1`,
    [tenantId, field.apiName],
  )) as { example: string }[];
  if (dup) throw duplicateValue(object, field, dup.example);
  await manager.query(
    `INSERT INTO "${CUSTOM_UNIQUE_TABLE}" ("tenant_id", "object", "field", "value", "record_id")
     SELECT "tenant_id", $3::text, $2::text, ${value}, "id" FROM ${q(object.table)} WHERE "tenant_id" = $1 AND ${value} IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [tenantId, field.apiName, object.apiName],
  );
}
