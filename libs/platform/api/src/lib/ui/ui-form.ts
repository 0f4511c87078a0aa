import { EngineError, RecordEngine, requireObject, type RequestContext } from '@platform/engine';
import { layoutFor, pickDesign, type LayoutDef, type ObjectDef, type RecordPageDef } from '@platform/metadata';
import { describeColumn } from './ui-fields';

/** The record types a user may create records of, for the New button's picker. */
export async function recordTypeChoice(engine: RecordEngine, ctx: RequestContext, objectName: string) {
  const object = await engine.objectFor(ctx, objectName);
  const describe = await engine.describe(ctx, object.apiName);
  return {
    object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel },
    createable: describe.createable,
    recordTypes: describe.recordTypeInfos
      .filter((rt) => rt.available)
      .map((rt) => ({ name: rt.developerName, label: rt.name, description: rt.description })),
  };
}

/**
 * The New/Edit form of one record type: its layout's sections, each field with what the user
 * may do with it and, for picklists, only the values that record type offers.
 */
export async function recordForm(engine: RecordEngine, ctx: RequestContext, objectName: string, recordTypeName: string | undefined) {
  const object = await engine.objectFor(ctx, objectName);
  requireObject(ctx, object, 'read');
  const describe = await engine.describe(ctx, object.apiName);
  const recordType = chosenRecordType(object, recordTypeName);
  const layout = layoutFor(object, recordType?.apiName ?? null);
  const info = new Map(describe.fields.map((f) => [f.name, f]));
  const allowed = recordType?.picklistValues ?? {};
  const field = (name: string) => {
    const f = info.get(name)!;
    const def = object.fields.get(name.toLowerCase())!;
    const offered = allowed[name];
    return {
      ...describeColumn(engine, def, f.label),
      required: f.required,
      createable: f.createable,
      updateable: f.updateable,
      length: f.length || null,
      precision: f.precision || null,
      helpText: f.inlineHelpText,
      defaultValue: f.defaultValue,
      picklistValues: f.picklistValues
        .filter((v) => v.active && (!offered || offered.includes(v.value)))
        .map((v) => ({ value: v.value, label: v.label, default: v.defaultValue })),
    };
  };
  const sections = layout?.sections ?? [
    { label: object.label, columns: 2 as const, fields: describe.fields.filter((f) => f.createable || f.updateable).map((f) => f.name) },
  ];
  return {
    object: { name: object.apiName, label: object.label, pluralLabel: object.pluralLabel, nameField: object.nameField },
    recordType: recordType ? { name: recordType.apiName, label: recordType.label } : null,
    createable: describe.createable,
    updateable: describe.updateable,
    sections: sections.map((s) => ({ label: s.label, columns: s.columns, fields: s.fields.filter((n) => info.has(n)).map(field) })),
  };
}

/** The record type asked for; an object with record types needs one named. */
function chosenRecordType(object: ObjectDef, name: string | undefined) {
  const active = [...object.recordTypes.values()].filter((rt) => rt.active);
  if (!name) {
    if (active.length > 1)
      throw EngineError.invalid('REQUIRED_FIELD_MISSING', `Choose the record type of the new ${object.label}.`, ['RecordTypeId']);
    return active[0];
  }
  const recordType = object.recordTypes.get(name.toLowerCase());
  if (!recordType || !recordType.active)
    throw EngineError.invalid('INVALID_CROSS_REFERENCE_KEY', `${object.label} has no active record type '${name}'.`, ['RecordTypeId']);
  return recordType;
}

/** The record page for a record type (see pickDesign); page layouts go by their assignment (layoutFor). */
export function pickDef<T extends LayoutDef | RecordPageDef>(defs: Map<string, T>, recordType: string | null): T | undefined {
  return pickDesign(defs, recordType);
}
