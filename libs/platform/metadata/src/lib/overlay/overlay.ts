import { stringify } from 'yaml';
import { parseObjectPart } from '../loader/loader';
import { YamlSource } from '../loader/yaml-source';
import {
  FIELD_TYPES,
  ORDERED_TYPES,
  SUMMABLE_TYPES,
  type FieldDef,
  type FieldType,
  type FormulaReturnType,
  type LayoutDef,
  type MetadataError,
  type ObjectDef,
  type PicklistValue,
  type RecordPageComponent,
  type RecordPageDef,
  type ValidationRuleDef,
} from '../model';
import { metadataKey, Registry } from '../registry';

/**
 * A tenant's customisation of the installed packages (Setup): its own fields, changes to package
 * fields' labels, help text and picklist values, its own validation rules, and its versions of
 * layouts and record pages. Each entry is a component in the metadata format, with run-time API
 * names, so it is read by the loader's own code, exported as YAML and imported again as is.
 */
export const OVERLAY_KINDS = ['CustomField', 'FieldChange', 'ValidationRule', 'Layout', 'RecordPage', 'LayoutAssignment'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

export interface OverlayEntry {
  kind: OverlayKind;
  /** The object's run-time API name. */
  object: string;
  apiName: string;
  body: Record<string, unknown>;
}

/** The folder a kind is exported to, under objects/<Object>/ (as in a package). */
export const OVERLAY_FOLDERS: Record<OverlayKind, string> = {
  CustomField: 'fields',
  FieldChange: 'fieldChanges',
  ValidationRule: 'validationRules',
  Layout: 'layouts',
  RecordPage: 'recordPages',
  /** One file per record type: `layout: <the layout's API name>`. */
  LayoutAssignment: 'layoutAssignments',
};

export interface OverlayError extends MetadataError {
  entry: OverlayEntry;
}

/** Checks a formula against a registry; lives in the formula library, so it is passed in. */
export type FormulaCheck = (
  registry: Registry,
  formula: string,
  objectApiName: string,
  usage: 'validationRule' | 'formulaField',
  expected?: FormulaReturnType,
) => { line: number; column: number; message: string }[];

export interface OverlayOptions {
  formulaCheck?: FormulaCheck;
}

/** Field types a tenant may add: all of them. */
export const CUSTOM_FIELD_TYPES: readonly FieldType[] = FIELD_TYPES;

const TENANT = { name: '', namespace: '' };

/** What the tenant saw of a package layout or page when it rearranged it: an upgrade adds what is new since. */
interface BasedOn {
  highlights?: string[];
  sections?: { label: string; fields: string[] }[];
  relatedLists?: { object: string; field: string }[];
  components?: string[];
}

/**
 * The base registry with a tenant's overlay applied, and what in the overlay does not fit it.
 * Objects the overlay leaves alone are shared with the base; the base is never changed.
 */
export function applyOverlay(
  base: Registry,
  entries: OverlayEntry[],
  options: OverlayOptions = {},
): { registry: Registry; errors: OverlayError[] } {
  const registry = base.derive();
  const errors: OverlayError[] = [];
  const cloned = new Map<string, ObjectDef>();
  const objectOf = (entry: OverlayEntry): ObjectDef | undefined => {
    const key = metadataKey(entry.object);
    let object = cloned.get(key);
    if (!object) {
      const original = base.object(entry.object);
      if (!original) {
        errors.push({
          entry,
          file: fileOf(entry),
          line: 1,
          column: 1,
          message: `no object named '${entry.object}'`,
          path: [],
        });
        return undefined;
      }
      object = {
        ...original,
        fields: new Map(original.fields),
        validationRules: new Map(original.validationRules),
        layouts: new Map(original.layouts),
        layoutAssignments: new Map(original.layoutAssignments),
        recordPages: new Map(original.recordPages),
      };
      cloned.set(key, object);
      registry.addObject(object);
    }
    return object;
  };
  const order: OverlayKind[] = ['CustomField', 'FieldChange', 'ValidationRule', 'Layout', 'RecordPage', 'LayoutAssignment'];
  const sorted = [...entries].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const entry of sorted) {
    const object = objectOf(entry);
    if (!object) continue;
    const entryErrors: MetadataError[] = [];
    applyEntry(object, entry, entryErrors);
    errors.push(...entryErrors.map((e) => ({ ...e, entry })));
  }
  errors.push(...checkReferences(registry, sorted, options));
  return { registry, errors };
}

function applyEntry(object: ObjectDef, entry: OverlayEntry, errors: MetadataError[]): void {
  const { body } = entry;
  switch (entry.kind) {
    case 'CustomField': {
      const { indexed, indexBuilding, ...field } = body;
      if (object.fields.has(metadataKey(entry.apiName))) {
        errors.push(at(entry, [], `${object.apiName} has a field called ${entry.apiName} already`));
        return;
      }
      if (!/^[A-Za-z][A-Za-z0-9_]*__c$/.test(entry.apiName) || entry.apiName.split('__').length !== 2) {
        errors.push(
          at(
            entry,
            ['apiName'],
            `'${entry.apiName}' is not a custom field name: letters, digits and single underscores, ending in __c (e.g. Region__c)`,
          ),
        );
        return;
      }
      if (!(CUSTOM_FIELD_TYPES as readonly string[]).includes(String(field['type']))) {
        errors.push(
          at(entry, ['type'], `a custom field's type must be one of ${CUSTOM_FIELD_TYPES.join(', ')}; got '${String(field['type'])}'`),
        );
        return;
      }
      const source = sourceOf(entry, field, errors);
      const def = source && (parseObjectPart(TENANT, object, 'fields', entry.apiName, source, errors) as FieldDef | undefined);
      if (!def) return;
      if ((def.referenceTo?.length ?? 0) > 1) {
        errors.push(
          at(entry, ['referenceTo'], `a custom ${def.type === 'MasterDetail' ? 'master-detail field' : 'lookup'} points at one object`),
        );
        return;
      }
      if (def.summary?.filter !== undefined) {
        errors.push(at(entry, ['filter'], "a tenant's roll-up summary counts every detail record: filter criteria are not supported"));
        return;
      }
      object.fields.set(metadataKey(def.apiName), {
        ...def,
        column: null,
        custom: true,
        indexed: indexed === true || def.unique || def.externalId,
        ...(indexBuilding === true ? { indexBuilding: true } : {}),
      });
      return;
    }
    case 'FieldChange': {
      const key = metadataKey(entry.apiName);
      const field = object.fields.get(key);
      if (!field) {
        errors.push(at(entry, [], `${object.apiName} has no field called ${entry.apiName}`));
        return;
      }
      const changed: FieldDef = { ...field };
      for (const k of ['label', 'helpText', 'description'] as const) {
        const value = body[k];
        if (value === undefined) continue;
        if (typeof value !== 'string' || (k === 'label' && !value.trim())) {
          errors.push(at(entry, [k], `'${k}' must be ${k === 'label' ? 'non-empty ' : ''}text`));
          return;
        }
        changed[k] = value;
      }
      const added = body['values'];
      if (added !== undefined) {
        if (!field.picklist) {
          errors.push(at(entry, ['values'], `${field.label} is not a picklist: it has no values to add to`));
          return;
        }
        const values: PicklistValue[] = [...field.picklist.values];
        for (const [i, v] of (Array.isArray(added) ? added : [added]).entries()) {
          const value = typeof v === 'string' ? v : (v as { value?: unknown })?.value;
          const label =
            typeof v === 'object' && v && typeof (v as { label?: unknown }).label === 'string' ? (v as { label: string }).label : value;
          if (typeof value !== 'string' || !value.trim()) {
            errors.push(at(entry, ['values', String(i)], 'a picklist value must be non-empty text'));
            return;
          }
          if (values.some((x) => x.value.toLowerCase() === value.toLowerCase())) {
            errors.push(at(entry, ['values', String(i)], `${field.label} has the value '${value}' already`));
            return;
          }
          values.push({
            value,
            label: String(label),
            default: false,
            active: true,
            custom: true,
          });
        }
        changed.picklist = { ...field.picklist, values };
      }
      object.fields.set(key, changed);
      return;
    }
    case 'ValidationRule': {
      const existing = object.validationRules.get(metadataKey(entry.apiName));
      if (existing && existing.packageName) {
        errors.push(at(entry, [], `validation rule ${entry.apiName} belongs to a package and is locked`));
        return;
      }
      const source = sourceOf(entry, body, errors);
      const rule =
        source && (parseObjectPart(TENANT, object, 'validationRules', entry.apiName, source, errors) as ValidationRuleDef | undefined);
      if (rule) object.validationRules.set(metadataKey(rule.apiName), rule);
      return;
    }
    case 'Layout': {
      const { basedOn, ...layoutBody } = body as { basedOn?: BasedOn };
      const source = sourceOf(entry, layoutBody, errors);
      const layout = source && (parseObjectPart(TENANT, object, 'layouts', entry.apiName, source, errors) as LayoutDef | undefined);
      if (!layout) return;
      const packaged = object.layouts.get(metadataKey(entry.apiName));
      const merged = packaged && basedOn ? withNewLayoutParts(layout, packaged, basedOn) : layout;
      object.layouts.set(metadataKey(layout.apiName), { ...merged, packageName: packaged?.packageName ?? '', customised: true });
      return;
    }
    case 'RecordPage': {
      const { basedOn, ...pageBody } = body as { basedOn?: BasedOn };
      const source = sourceOf(entry, pageBody, errors);
      const page = source && (parseObjectPart(TENANT, object, 'recordPages', entry.apiName, source, errors) as RecordPageDef | undefined);
      if (!page) return;
      const packaged = object.recordPages.get(metadataKey(entry.apiName));
      const merged = packaged && basedOn ? withNewComponents(page, packaged, basedOn) : page;
      object.recordPages.set(metadataKey(page.apiName), { ...merged, packageName: packaged?.packageName ?? '', customised: true });
      return;
    }
    case 'LayoutAssignment': {
      // The entry's name is the record type's; its layout is any layout of the object, the tenant's too.
      const recordType = object.recordTypes.get(metadataKey(entry.apiName));
      if (!recordType) {
        errors.push(at(entry, [], `${object.apiName} has no record type called '${entry.apiName}'`));
        return;
      }
      const { layout: name, ...rest } = body;
      const unknown = Object.keys(rest);
      if (unknown.length) {
        errors.push(at(entry, [unknown[0]], `unknown key '${unknown[0]}': a layout assignment has only a layout`));
        return;
      }
      const layout = typeof name === 'string' ? object.layouts.get(metadataKey(name)) : undefined;
      if (!layout) {
        errors.push(at(entry, ['layout'], `${object.apiName} has no layout called '${String(name ?? '')}'`));
        return;
      }
      (object.layoutAssignments ??= new Map()).set(metadataKey(recordType.apiName), {
        recordType: recordType.apiName,
        layout: layout.apiName,
        packageName: '',
        customised: true,
      });
      return;
    }
  }
}

/**
 * A rearranged layout keeps the tenant's order, and gains what the package added after the tenant
 * rearranged it (an upgrade's new section or field): new sections at the end, new fields at the
 * end of their section (or of the first section when the tenant removed that one).
 */
function withNewLayoutParts(layout: LayoutDef, packaged: LayoutDef, basedOn: BasedOn): LayoutDef {
  const seenFields = new Set([...(basedOn.sections ?? []).flatMap((s) => s.fields), ...(basedOn.highlights ?? [])].map(metadataKey));
  const seenSections = new Set((basedOn.sections ?? []).map((s) => s.label));
  const onLayout = new Set(layout.sections.flatMap((s) => s.fields).map(metadataKey));
  const sections = layout.sections.map((s) => ({
    ...s,
    fields: [...s.fields],
  }));
  for (const section of packaged.sections) {
    if (!seenSections.has(section.label) && !sections.some((s) => s.label === section.label)) {
      const fields = section.fields.filter((f) => !onLayout.has(metadataKey(f)));
      fields.forEach((f) => onLayout.add(metadataKey(f)));
      sections.push({ ...section, fields });
      continue;
    }
    for (const field of section.fields) {
      if (seenFields.has(metadataKey(field)) || onLayout.has(metadataKey(field))) continue;
      const target = sections.find((s) => s.label === section.label) ?? sections[0];
      target?.fields.push(field);
      onLayout.add(metadataKey(field));
    }
  }
  const seenLists = new Set((basedOn.relatedLists ?? []).map((r) => metadataKey(`${r.object}.${r.field}`)));
  const lists = [...layout.relatedLists];
  for (const list of packaged.relatedLists) {
    const key = metadataKey(`${list.object}.${list.field}`);
    if (!seenLists.has(key) && !lists.some((l) => metadataKey(`${l.object}.${l.field}`) === key)) lists.push(list);
  }
  return { ...layout, sections, relatedLists: lists };
}

const componentKey = (c: RecordPageComponent) => (c.type === 'component' ? c.name : c.type);

function withNewComponents(page: RecordPageDef, packaged: RecordPageDef, basedOn: BasedOn): RecordPageDef {
  const seen = new Set(basedOn.components ?? []);
  const placed = new Set(page.regions.flatMap((r) => r.components.map(componentKey)));
  const regions = page.regions.map((r) => ({
    ...r,
    components: [...r.components],
  }));
  for (const region of packaged.regions) {
    for (const component of region.components) {
      const key = componentKey(component);
      if (seen.has(key) || placed.has(key)) continue;
      let target = regions.find((r) => r.name === region.name);
      if (!target) regions.push((target = { name: region.name, components: [] }));
      target.components.push(component);
      placed.add(key);
    }
  }
  return { ...page, regions };
}

/** What a tenant saw of a package layout or page, kept with its rearranged copy (see applyOverlay). */
export function basedOnLayout(layout: LayoutDef): BasedOn {
  return {
    highlights: layout.highlights,
    sections: layout.sections.map((s) => ({
      label: s.label,
      fields: s.fields,
    })),
    relatedLists: layout.relatedLists.map((r) => ({
      object: r.object,
      field: r.field,
    })),
  };
}

export function basedOnRecordPage(page: RecordPageDef): BasedOn {
  return {
    components: page.regions.flatMap((r) => r.components.map(componentKey)),
  };
}

/**
 * A tenant's roll-up summary: its details must reach this object through a master-detail field,
 * and what it aggregates must be a number (SUM) or a number or date (MIN, MAX). Records what the
 * roll-up holds (`valueType`), which says how SQL reads it out of the jsonb.
 */
function checkSummary(registry: Registry, parent: ObjectDef, field: FieldDef, fail: (path: string[], message: string) => void): void {
  const summary = field.summary!;
  const child = registry.object(summary.childObject);
  if (!child) return fail(['summarizedObject'], `no object named '${summary.childObject}' to summarise`);
  if (child.writtenByPackage)
    return fail(
      ['summarizedObject'],
      `${child.pluralLabel} are written by ${child.packageName}'s own code, not the record engine, so no roll-up can follow them`,
    );
  summary.childObject = child.apiName;
  const link = child.fields.get(metadataKey(summary.childField));
  if (!link || link.type !== 'MasterDetail' || !link.referenceTo?.some((t) => metadataKey(t) === metadataKey(parent.apiName))) {
    return fail(
      ['relationshipField'],
      `${child.apiName}.${summary.childField} must be a master-detail field pointing at ${parent.apiName}`,
    );
  }
  summary.childField = link.apiName;
  summary.valueType = 'number';
  if (summary.operation === 'count') {
    if (summary.summarizedField) fail(['summarizedField'], "COUNT counts the detail records: leave 'summarizedField' out");
    return;
  }
  const target = summary.summarizedField ? child.fields.get(metadataKey(summary.summarizedField)) : undefined;
  if (!summary.summarizedField)
    return fail(['summarizedField'], `${summary.operation.toUpperCase()} needs the field to aggregate ('summarizedField')`);
  if (!target) return fail(['summarizedField'], `${child.apiName} has no field called ${summary.summarizedField}`);
  summary.summarizedField = target.apiName;
  const type = target.type === 'Formula' ? target.returnType : target.type;
  const allowed = summary.operation === 'sum' ? SUMMABLE_TYPES : ORDERED_TYPES;
  if (target.type === 'Formula' || target.type === 'Summary' || !type || !allowed.has(type)) {
    const takes =
      summary.operation === 'sum'
        ? 'SUM takes a Number, Currency or Percent field'
        : 'MIN and MAX take a Number, Currency, Percent, Date or Date/Time field';
    return fail(['summarizedField'], `cannot ${summary.operation.toUpperCase()} ${target.label} (${target.type}): ${takes}`);
  }
  summary.valueType = type === 'Date' ? 'date' : type === 'DateTime' ? 'datetime' : 'number';
}

/** Names the overlay's components use must exist once everything is applied; formulas must check. */
function checkReferences(registry: Registry, entries: OverlayEntry[], options: OverlayOptions): OverlayError[] {
  const errors: OverlayError[] = [];
  const fail = (entry: OverlayEntry, path: string[], message: string) => errors.push({ entry, ...at(entry, path, message) });
  for (const entry of entries) {
    const object = registry.object(entry.object);
    if (!object) continue;
    const hasField = (name: string) => !!object.fields.get(metadataKey(name)) || SYSTEM_NAMES.has(metadataKey(name));
    switch (entry.kind) {
      case 'CustomField': {
        const field = object.fields.get(metadataKey(entry.apiName));
        if (!field?.custom) break;
        for (const target of field.referenceTo ?? []) {
          if (!registry.object(target)) fail(entry, ['referenceTo'], `no object named '${target}' to look up`);
          else if (field.type === 'MasterDetail' && metadataKey(target) === metadataKey(object.apiName)) {
            fail(entry, ['referenceTo'], `a master-detail field cannot point at its own object (${object.apiName}); use a Lookup`);
          }
        }
        if (field.type === 'MasterDetail' && object.writtenByPackage) {
          fail(
            entry,
            ['type'],
            `${object.pluralLabel} are written by ${object.packageName}'s own code, which would leave a master-detail field empty; use a Lookup`,
          );
        }
        if (field.type === 'Summary') checkSummary(registry, object, field, (path, message) => fail(entry, path, message));
        if (field.type === 'Formula' && field.formula && options.formulaCheck) {
          for (const e of options.formulaCheck(registry, field.formula, object.apiName, 'formulaField', field.returnType)) {
            fail(entry, ['formula'], `formula: ${e.message} (line ${e.line}, column ${e.column})`);
          }
        }
        break;
      }
      case 'ValidationRule': {
        const rule = object.validationRules.get(metadataKey(entry.apiName));
        if (!rule || rule.packageName) break;
        if (rule.errorDisplayField && !hasField(rule.errorDisplayField)) {
          fail(entry, ['errorDisplayField'], `${object.apiName} has no field called ${rule.errorDisplayField}`);
        }
        if (options.formulaCheck) {
          for (const e of options.formulaCheck(registry, rule.errorConditionFormula, object.apiName, 'validationRule')) {
            fail(entry, ['errorConditionFormula'], `errorConditionFormula: ${e.message} (line ${e.line}, column ${e.column})`);
          }
        }
        break;
      }
      case 'Layout': {
        const layout = object.layouts.get(metadataKey(entry.apiName));
        if (!layout) break;
        layout.highlights.forEach(
          (f, i) => hasField(f) || fail(entry, ['highlights', String(i)], `${object.apiName} has no field called ${f}`),
        );
        layout.sections.forEach((s, si) =>
          s.fields.forEach(
            (f, i) =>
              hasField(f) || fail(entry, ['sections', String(si), 'fields', String(i)], `${object.apiName} has no field called ${f}`),
          ),
        );
        layout.relatedLists.forEach((r, i) => {
          const child = registry.object(r.object);
          const link = child?.fields.get(metadataKey(r.field));
          if (!child || !link?.referenceTo?.some((t) => metadataKey(t) === metadataKey(object.apiName))) {
            fail(entry, ['relatedLists', String(i)], `no related list of ${r.object} through ${r.field} on ${object.apiName}`);
            return;
          }
          r.columns.forEach(
            (c) =>
              child.fields.get(metadataKey(c)) ||
              SYSTEM_NAMES.has(metadataKey(c)) ||
              fail(entry, ['relatedLists', String(i), 'columns'], `${child.apiName} has no field called ${c}`),
          );
        });
        layout.recordTypes.forEach(
          (rt, i) =>
            object.recordTypes.has(metadataKey(rt)) ||
            fail(entry, ['recordTypes', String(i)], `${object.apiName} has no record type called ${rt}`),
        );
        break;
      }
      case 'RecordPage': {
        const page = object.recordPages.get(metadataKey(entry.apiName));
        page?.recordTypes.forEach(
          (rt, i) =>
            object.recordTypes.has(metadataKey(rt)) ||
            fail(entry, ['recordTypes', String(i)], `${object.apiName} has no record type called ${rt}`),
        );
        break;
      }
      default:
        break;
    }
  }
  return errors;
}

const SYSTEM_NAMES = new Set(['Id', 'RecordTypeId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById'].map(metadataKey));

/** The file an entry is exported to (objects/Contact/fields/Region__c.yaml): where its errors point. */
export function fileOf(entry: Pick<OverlayEntry, 'kind' | 'object' | 'apiName'>): string {
  return `objects/${entry.object}/${OVERLAY_FOLDERS[entry.kind]}/${entry.apiName}.yaml`;
}

function sourceOf(entry: OverlayEntry, body: unknown, errors: MetadataError[]): YamlSource | undefined {
  return YamlSource.fromText(stringify(body), fileOf(entry), errors);
}

function at(entry: OverlayEntry, path: string[], message: string): MetadataError {
  return { file: fileOf(entry), line: 1, column: 1, message, path };
}
