import { metadataKey, qualify, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import type { FormulaType, PathSegment } from './ast';
import { formulaError, type FormulaError } from './errors';
import { fieldType } from './formula-types';

export interface ResolveContext {
  registry: Registry;
  namespace: string;
}

export interface ResolvedPath {
  path: string[];
  type: FormulaType;
  field?: FieldDef;
}

/** Fields every record has; the platform keeps them outside the package metadata. */
const SYSTEM_FIELDS: Record<string, { apiName: string; type: FormulaType }> = Object.fromEntries(
  (
    [
      ['Id', 'Text'],
      ['RecordTypeId', 'Text'],
      ['CreatedDate', 'DateTime'],
      ['CreatedById', 'Text'],
      ['LastModifiedDate', 'DateTime'],
      ['LastModifiedById', 'Text'],
    ] as const
  ).map(([apiName, type]) => [metadataKey(apiName), { apiName, type }]),
);

/** `RecordType.X`: the record's record type, read as text. */
const RECORD_TYPE_FIELDS = new Map(['Id', 'DeveloperName', 'Name'].map((f) => [metadataKey(f), f]));

/** System relationships to users. */
const USER_RELATIONSHIPS = new Map(['CreatedBy', 'LastModifiedBy'].map((r) => [metadataKey(r), r]));

/**
 * Package source names its own components without the namespace: `Parent__r` means
 * `lumary__Parent__r` in Lumary AR. Standard and already-namespaced names stay as written.
 */
export function qualifyRelationship(name: string, namespace: string): string {
  if (!namespace || !name.endsWith('__r') || name.split('__').length >= 3) return name;
  return `${namespace}__${name}`;
}

/**
 * Resolves a field path as written (`Parent__r.RecordType.DeveloperName`) from `object` to the
 * run-time path and the type of the value at its end, following lookups to any depth.
 */
export function resolvePath(segments: PathSegment[], object: ObjectDef, ctx: ResolveContext): ResolvedPath | FormulaError {
  const path: string[] = [];
  let current = object;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    if (metadataKey(segment.name) === 'recordtype') return recordTypeField(segments.slice(i), current, path);
    const next = relationship(segment, current, ctx);
    if ('code' in next) return next;
    path.push(next.name);
    if (next.targets.length > 1) return polymorphicField(segments.slice(i + 1), next.targets, path, ctx);
    current = next.targets[0];
  }
  const leaf = segments[segments.length - 1];
  const found = leafField(leaf, current, ctx);
  return 'code' in found ? found : { ...found, path: [...path, ...found.path] };
}

function leafField(segment: PathSegment, object: ObjectDef, ctx: ResolveContext): ResolvedPath | FormulaError {
  const field = ctx.registry.field(object.apiName, qualify(segment.name, ctx.namespace));
  if (field)
    return {
      path: [field.apiName],
      type: fieldType(field, ctx.registry),
      field,
    };
  const system = SYSTEM_FIELDS[metadataKey(segment.name)];
  if (system) return { path: [system.apiName], type: system.type };
  const hint = metadataKey(segment.name) === 'recordtype' ? ' (use RecordType.DeveloperName)' : '';
  return formulaError('UNKNOWN_FIELD', `unknown field '${segment.name}' on ${object.apiName}${hint}`, segment.pos);
}

function recordTypeField(segments: PathSegment[], object: ObjectDef, path: string[]): ResolvedPath | FormulaError {
  const [rt, attribute, ...rest] = segments;
  if (object.recordTypes.size === 0) {
    return formulaError('UNKNOWN_RELATIONSHIP', `${object.apiName} has no record types`, rt.pos);
  }
  const name = RECORD_TYPE_FIELDS.get(metadataKey(attribute.name));
  if (!name || rest.length > 0) {
    const bad = name ? rest[0] : attribute;
    return formulaError('UNKNOWN_FIELD', `unknown field '${bad.name}' on RecordType (use Id, DeveloperName or Name)`, bad.pos);
  }
  return { path: [...path, 'RecordType', name], type: 'Text' };
}

interface Relationship {
  name: string;
  targets: ObjectDef[];
}

function relationship(segment: PathSegment, object: ObjectDef, ctx: ResolveContext): Relationship | FormulaError {
  const wanted = metadataKey(qualifyRelationship(segment.name, ctx.namespace));
  const lookup = [...object.fields.values()].find((f) => metadataKey(f.relationshipName ?? '') === wanted);
  const userRelationship = USER_RELATIONSHIPS.get(wanted);
  const user = ctx.registry.object('User');
  if (!lookup && userRelationship && user) return { name: userRelationship, targets: [user] };
  if (!lookup?.relationshipName) {
    return formulaError('UNKNOWN_RELATIONSHIP', `unknown relationship '${segment.name}' on ${object.apiName}`, segment.pos);
  }
  const targets = (lookup.referenceTo ?? []).map((t) => ctx.registry.object(t));
  if (targets.length === 0 || targets.some((t) => !t)) {
    return formulaError('UNKNOWN_RELATIONSHIP', `relationship '${segment.name}' points at an unknown object`, segment.pos);
  }
  return { name: lookup.relationshipName, targets: targets as ObjectDef[] };
}

/** A polymorphic lookup (Contact or Account) can only be read through a field all its targets share. */
function polymorphicField(segments: PathSegment[], targets: ObjectDef[], path: string[], ctx: ResolveContext): ResolvedPath | FormulaError {
  const [leaf, extra] = segments;
  const names = targets.map((t) => t.apiName).join(' or ');
  if (extra) {
    return formulaError(
      'UNKNOWN_RELATIONSHIP',
      `'${leaf.name}' is reached through a lookup to ${names}; only fields they share can be read there, not further relationships`,
      leaf.pos,
    );
  }
  const found = targets.map((t) => leafField(leaf, t, ctx));
  const failed = found.find((f): f is FormulaError => 'code' in f);
  if (failed) return failed;
  const resolved = found as ResolvedPath[];
  if (resolved.some((r) => r.type !== resolved[0].type)) {
    return formulaError('WRONG_TYPE', `'${leaf.name}' has different types on ${names}`, leaf.pos);
  }
  return { path: [...path, ...resolved[0].path], type: resolved[0].type };
}
