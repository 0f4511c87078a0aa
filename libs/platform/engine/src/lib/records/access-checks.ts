import { isComputed, type ObjectDef, type ObjectPermission } from '@platform/metadata';
import { EngineError, type RecordError } from '../engine.errors';
import type { RecordValues } from './record-rows';
import type { RequestContext } from './request-context';
import { allFields, fieldOf } from './system-fields';

const VERBS: Record<keyof ObjectPermission, string> = {
  read: 'read',
  create: 'create',
  edit: 'edit',
  delete: 'delete',
  viewAll: 'view all',
  modifyAll: 'modify all',
};

/** Licence, then object permission: refused with 403 INSUFFICIENT_ACCESS and a message saying why. */
export function requireObject(ctx: RequestContext, object: ObjectDef, need: keyof ObjectPermission): void {
  const access = ctx.access;
  if (!access) return;
  const denial = access.denial(object);
  if (denial) throw new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message: denial.message, fields: [] }]);
  if (!access.object(object)[need]) {
    throw new EngineError('forbidden', [
      { errorCode: 'INSUFFICIENT_ACCESS', message: `You do not have permission to ${VERBS[need]} ${object.pluralLabel}.`, fields: [] },
    ]);
  }
}

/** Field-level security on a write: every field the caller may not edit is named. */
export function requireEditableFields(ctx: RequestContext, object: ObjectDef, body: unknown): void {
  const access = ctx.access;
  if (!access || !body || typeof body !== 'object' || Array.isArray(body)) return;
  const errors: RecordError[] = [];
  for (const name of Object.keys(body)) {
    const field = fieldOf(object, name);
    // A computed field (formula, roll-up, auto-number) is nobody's to write: the writer refuses it
    // with 400 INVALID_FIELD_FOR_INSERT_UPDATE, which says why better than a permission error.
    if (!field || field.apiName === 'RecordTypeId' || isComputed(field)) continue;
    if (!access.field(object, field).edit) {
      errors.push({
        errorCode: 'INSUFFICIENT_ACCESS',
        message: `You do not have permission to edit ${field.label} (${field.apiName}).`,
        fields: [field.apiName],
      });
    }
  }
  if (errors.length) throw new EngineError('forbidden', errors);
}

/** Field-level security on a read: unreadable fields are left out, as if they did not exist. */
export function readableValues<T extends RecordValues>(ctx: RequestContext, object: ObjectDef, record: T): T {
  const access = ctx.access;
  if (!access) return record;
  const hidden = allFields(object)
    .filter((f) => !access.field(object, f).read)
    .map((f) => f.apiName);
  if (!hidden.length) return record;
  const copy = { ...record };
  for (const name of hidden) delete copy[name];
  return copy;
}

export function canReadField(ctx: RequestContext, object: ObjectDef, fieldApiName: string): boolean {
  const field = fieldOf(object, fieldApiName);
  return !ctx.access || !field || ctx.access.field(object, field).read;
}
