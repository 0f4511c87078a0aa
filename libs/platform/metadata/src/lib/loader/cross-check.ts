import { ORDERED_TYPES, SUMMABLE_TYPES, type FieldDef, type MetadataError, type ObjectDef } from '../model';
import type { Registry } from '../registry';
import { metadataKey } from '../registry';
import type { YamlSource } from './yaml-source';

/** Every loaded component remembers the file it came from, to report errors on their lines. */
export type Sources = WeakMap<object, YamlSource>;

type Path = (string | number)[];

/**
 * The checks that need the whole registry: every name a component mentions must resolve to
 * something that exists, of the right kind.
 */
export function crossCheck(registry: Registry, sources: Sources, errors: MetadataError[]): void {
  const at = (def: object, path: Path, message: string) => {
    const source = sources.get(def);
    if (source) errors.push(source.error(path, message));
  };
  const needObject = (def: object, path: Path, name: string): ObjectDef | undefined => {
    const object = registry.object(name);
    if (!object) at(def, path, `unknown object '${name}'`);
    return object;
  };
  const needField = (def: object, path: Path, object: ObjectDef, name: string): FieldDef | undefined => {
    const field = object.fields.get(metadataKey(name));
    if (!field) at(def, path, `unknown field '${name}' on ${object.apiName}`);
    return field;
  };
  const needRecordTypes = (def: object, path: Path, object: ObjectDef, names: string[]) =>
    names.forEach((rt, i) => {
      if (!object.recordTypes.has(metadataKey(rt))) at(def, [...path, i], `unknown record type '${rt}' of ${object.apiName}`);
    });

  for (const object of registry.objects) {
    if (!object.fields.has(metadataKey(object.nameField))) {
      at(object, ['nameField'], `name field '${object.nameField}' is not a field of ${object.apiName}`);
    }
    for (const field of object.fields.values()) {
      field.referenceTo?.forEach((target, i) => {
        const path = Array.isArray((sources.get(field)?.value as { referenceTo?: unknown })?.referenceTo)
          ? ['referenceTo', i]
          : ['referenceTo'];
        if (!registry.object(target)) at(field, path, `lookup to unknown object '${target}'`);
      });
      if (field.picklist && field.picklist.values.filter((v) => v.default).length > 1) {
        at(field, ['values'], 'a picklist may have at most one default value');
      }
      if (field.summary) checkSummary(object, field);
    }
    for (const rt of object.recordTypes.values()) {
      for (const [fieldName, values] of Object.entries(rt.picklistValues)) {
        const field = needField(rt, ['picklistValues', unqualifiedKey(rt, fieldName)], object, fieldName);
        if (!field) continue;
        if (!field.picklist) {
          at(rt, ['picklistValues', unqualifiedKey(rt, fieldName)], `'${fieldName}' is not a picklist`);
          continue;
        }
        values.forEach((v, i) => {
          if (!field.picklist!.values.some((pv) => pv.value === v)) {
            at(rt, ['picklistValues', unqualifiedKey(rt, fieldName), i], `'${v}' is not a value of picklist ${fieldName}`);
          }
        });
      }
    }
    object.indexes?.forEach((index, i) => checkIndex(object, index.fields, i));
    if (object.sharingModel) {
      const detail = [...object.fields.values()].some((f) => f.type === 'MasterDetail' && !f.custom);
      if (object.sharingModel === 'ControlledByParent' && !detail) {
        at(object, ['sharingModel'], `ControlledByParent needs a master-detail field: ${object.apiName} has none`);
      } else if (object.sharingModel !== 'ControlledByParent' && detail) {
        at(object, ['sharingModel'], `${object.apiName} is the detail of a master-detail: its sharing is ControlledByParent`);
      } else if (['user', 'userrole'].includes(metadataKey(object.apiName))) {
        at(object, ['sharingModel'], `${object.apiName} records have no owner, so no sharing model`);
      }
    }
    for (const rule of object.validationRules.values()) {
      if (rule.errorDisplayField) needField(rule, ['errorDisplayField'], object, rule.errorDisplayField);
    }
    for (const layout of object.layouts.values()) {
      needRecordTypes(layout, ['recordTypes'], object, layout.recordTypes);
      layout.highlights.forEach((f, i) => needField(layout, ['highlights', i], object, f));
      layout.sections.forEach((s, si) => s.fields.forEach((f, fi) => needField(layout, ['sections', si, 'fields', fi], object, f)));
      layout.relatedLists.forEach((rl, i) => {
        const child = needObject(layout, ['relatedLists', i, 'object'], rl.object);
        if (!child) return;
        const link = needField(layout, ['relatedLists', i, 'field'], child, rl.field);
        if (link && !link.referenceTo?.some((t) => metadataKey(t) === metadataKey(object.apiName))) {
          at(layout, ['relatedLists', i, 'field'], `${child.apiName}.${link.apiName} does not point at ${object.apiName}`);
        }
        rl.columns.forEach((c, ci) => needField(layout, ['relatedLists', i, 'columns', ci], child, c));
      });
    }
    for (const page of object.recordPages.values()) needRecordTypes(page, ['recordTypes'], object, page.recordTypes);
    for (const view of object.listViews.values()) {
      needRecordTypes(view, ['recordTypes'], object, view.recordTypes);
      view.columns.forEach((c, i) => needField(view, ['columns', i], object, c));
      view.filters.forEach((f, i) => needField(view, ['filters', i, 'field'], object, f.field));
      view.sort.forEach((s, i) => needField(view, ['sort', i, 'field'], object, s.field));
    }
  }

  for (const app of registry.apps) {
    app.tabs.forEach((t, i) => needObject(app, ['tabs', i], t));
    app.dashboard.forEach((card, i) => {
      const object = needObject(app, ['dashboard', i, 'object'], card.object);
      if (object && card.listView && !object.listViews.has(metadataKey(card.listView))) {
        at(app, ['dashboard', i, 'listView'], `unknown list view '${card.listView}' of ${object.apiName}`);
      }
    });
  }

  for (const ps of registry.permissionSets) {
    Object.keys(ps.objects).forEach((o, i) => needObject(ps, ['objects', rawKey(ps, 'objects', i)], o));
    Object.keys(ps.fields).forEach((of, i) => {
      const [o, f] = of.split('.');
      const object = needObject(ps, ['fields', rawKey(ps, 'fields', i)], o);
      if (object) needField(ps, ['fields', rawKey(ps, 'fields', i)], object, f);
    });
    ps.customPermissions.forEach((c, i) => {
      if (!registry.customPermission(c)) at(ps, ['customPermissions', i], `unknown custom permission '${c}'`);
    });
    ps.apps.forEach((a, i) => {
      if (!registry.app(a)) at(ps, ['apps', i], `unknown app '${a}'`);
    });
  }

  function checkSummary(parent: ObjectDef, field: FieldDef): void {
    const s = field.summary!;
    const child = needObject(field, ['summarizedObject'], s.childObject);
    if (!child) return;
    const link = needField(field, ['relationshipField'], child, s.childField);
    if (link && !(link.type === 'MasterDetail' && link.referenceTo?.some((t) => metadataKey(t) === metadataKey(parent.apiName)))) {
      at(field, ['relationshipField'], `${child.apiName}.${link.apiName} must be a MasterDetail field pointing at ${parent.apiName}`);
    }
    if (s.operation === 'count') return;
    if (!s.summarizedField) {
      at(field, ['operation'], `'${s.operation}' needs a 'summarizedField'`);
      return;
    }
    const target = needField(field, ['summarizedField'], child, s.summarizedField);
    const allowed = s.operation === 'sum' ? SUMMABLE_TYPES : ORDERED_TYPES;
    if (target && !allowed.has(target.type)) {
      at(field, ['summarizedField'], `cannot ${s.operation} a ${target.type} field`);
    }
  }

  /** Every field of a declared index exists and has a column, once; no two indexes are the same. */
  function checkIndex(object: ObjectDef, fields: string[], i: number): void {
    fields.forEach((name, j) => {
      const path = ['indexes', i, 'fields', j];
      const field = needField(object, path, object, name);
      if (field && field.column === null) at(object, path, `'${name}' is a ${field.type} field: it has no column to index`);
      if (fields.findIndex((f) => metadataKey(f) === metadataKey(name)) < j) at(object, path, `'${name}' is already in this index`);
    });
    const key = fields.map(metadataKey).join(',');
    const same = (object.indexes ?? []).findIndex((other) => other.fields.map(metadataKey).join(',') === key);
    if (same < i) at(object, ['indexes', i], `the same index as indexes[${same}]`);
  }

  /** Map keys in a file are written unqualified; find the one written for entry `i`. */
  function rawKey(def: object, mapName: string, i: number): string {
    const raw = (sources.get(def)?.value as Record<string, Record<string, unknown>>)?.[mapName];
    return raw ? Object.keys(raw)[i] : '';
  }
  function unqualifiedKey(def: object, qualified: string): string {
    const raw = (sources.get(def)?.value as { picklistValues?: Record<string, unknown> })?.picklistValues ?? {};
    return Object.keys(raw).find((k) => qualified === k || qualified.endsWith(`__${k}`)) ?? qualified;
  }
}
