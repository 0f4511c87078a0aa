import type { RecordEngine, RequestContext } from '@platform/engine';
import type { FieldDef } from '@platform/metadata';

/** A lookup's target as the shell shows it: a link to the record, titled by its name. */
export interface Reference {
  object: string;
  id: string;
  name: string | null;
}

/**
 * The type a field's value is drawn as: a Formula by the type it returns, a roll-up Summary by
 * the field it sums (a COUNT is a Number), everything else by its own type.
 */
export function displayType(engine: RecordEngine, field: FieldDef): string {
  if (field.type === 'Formula') return field.returnType ?? 'Text';
  if (field.type !== 'Summary') return field.type;
  const summary = field.summary;
  if (!summary || summary.operation === 'count' || !summary.summarizedField) return 'Number';
  const summed = engine.registry.object(summary.childObject)?.fields.get(summary.summarizedField.toLowerCase());
  return summed?.type === 'Currency' || summed?.type === 'Percent' || summed?.type === 'Date' || summed?.type === 'DateTime'
    ? summed.type
    : 'Number';
}

/**
 * The relationship path that names a lookup's target (`lumary__Client__r.Name`), when the user
 * may read every object the lookup can point at; a polymorphic lookup's targets share `Name`.
 */
export function namePath(engine: RecordEngine, ctx: RequestContext, field: FieldDef): string | undefined {
  if ((field.type !== 'Lookup' && field.type !== 'MasterDetail') || !field.relationshipName || !field.referenceTo?.length) return undefined;
  const targets = field.referenceTo.map((t) => engine.registry.object(t));
  if (targets.some((t) => !t || ctx.access?.denial(t))) return undefined;
  const nameField = targets.length === 1 ? targets[0]!.nameField : 'Name';
  return `${field.relationshipName}.${nameField}`;
}

/**
 * Replaces each lookup's SOQL relationship object (`{attributes: {type, url}, Name}`) in a row by
 * the `{object, id, name}` the shell links with, under the same relationship name.
 */
export function withReferences(engine: RecordEngine, fields: FieldDef[], row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const field of fields) {
    if (!field.relationshipName || !(field.relationshipName in row)) continue;
    out[field.relationshipName] = referenceOf(engine, field, row);
  }
  return out;
}

/** The target of one lookup in a row queried with its `namePath`, or null when it is empty. */
export function referenceOf(engine: RecordEngine, field: FieldDef, row: Record<string, unknown>): Reference | null {
  const id = row[field.apiName];
  const related = field.relationshipName ? (row[field.relationshipName] as Record<string, unknown> | null | undefined) : undefined;
  if (typeof id !== 'string' || !related) return null;
  const type = (related['attributes'] as { type?: string } | undefined)?.type ?? field.referenceTo?.[0] ?? '';
  const target = engine.registry.object(type);
  const name = related[target?.nameField ?? 'Name'];
  return { object: target?.apiName ?? type, id, name: typeof name === 'string' ? name : null };
}

/** A column or field descriptor's common part: name, label, type and how to draw it. */
export function describeColumn(engine: RecordEngine, field: FieldDef, label: string) {
  return {
    name: field.apiName,
    label,
    type: field.type,
    displayType: displayType(engine, field),
    relationshipName: field.relationshipName ?? null,
    referenceTo: field.referenceTo ?? [],
    scale: field.scale ?? null,
  };
}
