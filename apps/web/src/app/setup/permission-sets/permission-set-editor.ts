import type { Schemas } from '@platform/api-client';
import { DescribedField } from './permission-sets-api.service';

/**
 * The permission set editor's rules, as pure functions over an immutable draft: which boxes a
 * tick brings along or takes away, which fields are configurable, what Save sends.
 */
/** A permission set's object permissions (ObjectPermission's keys), in the editor's column order. */
export const OBJECT_PERMISSIONS = [
  'read',
  'create',
  'edit',
  'delete',
  'viewAll',
  'modifyAll',
] as const satisfies readonly (keyof Schemas['ObjectPermission'])[];
export type ObjectPermissionKey = (typeof OBJECT_PERMISSIONS)[number];

export interface PermissionSetDraft {
  label: string;
  description: string;
  objects: Record<string, Schemas['ObjectPermission']>;
  fields: Record<string, Schemas['FieldPermission']>;
  customPermissions: string[];
}

export const NO_OBJECT_PERMISSION: Schemas['ObjectPermission'] = {
  read: false,
  create: false,
  edit: false,
  delete: false,
  viewAll: false,
  modifyAll: false,
};

/** Fields every record has; the platform shows them to whoever may read the object. */
const SYSTEM_FIELDS = new Set(['Id', 'RecordTypeId', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById']);

export function draftOf(ps: Schemas['PermissionSetDetail']): PermissionSetDraft {
  return {
    label: ps.label,
    description: ps.description ?? '',
    objects: Object.fromEntries(Object.entries(ps.objects).map(([name, p]) => [name, { ...NO_OBJECT_PERMISSION, ...p }])),
    fields: Object.fromEntries(Object.entries(ps.fields).map(([key, p]) => [key, { ...p }])),
    customPermissions: [...ps.customPermissions],
  };
}

/**
 * One object permission ticked or unticked, with what it depends on (as Salesforce does): create,
 * edit and view all need read, delete needs edit, modify all needs all of them; unticking one
 * takes away what needs it.
 */
export function setObjectPermission(
  current: Schemas['ObjectPermission'] | undefined,
  key: ObjectPermissionKey,
  value: boolean,
): Schemas['ObjectPermission'] {
  const p = { ...NO_OBJECT_PERMISSION, ...current, [key]: value };
  if (value) {
    if (key === 'modifyAll') Object.assign(p, { read: true, edit: true, delete: true, viewAll: true });
    if (key === 'delete') Object.assign(p, { read: true, edit: true });
    if (key === 'create' || key === 'edit' || key === 'viewAll') p.read = true;
    return p;
  }
  if (key === 'read') return { ...NO_OBJECT_PERMISSION };
  if (key === 'edit') Object.assign(p, { delete: false, modifyAll: false });
  if (key === 'delete' || key === 'viewAll') p.modifyAll = false;
  return p;
}

export function withObjectPermission(
  draft: PermissionSetDraft,
  object: string,
  key: ObjectPermissionKey,
  value: boolean,
): PermissionSetDraft {
  return { ...draft, objects: { ...draft.objects, [object]: setObjectPermission(draft.objects[object], key, value) } };
}

/** A field's Read or Edit: edit brings read along, unticking read takes edit away. */
export function withFieldPermission(
  draft: PermissionSetDraft,
  fieldKey: string,
  key: keyof Schemas['FieldPermission'],
  value: boolean,
): PermissionSetDraft {
  const current = draft.fields[fieldKey] ?? { read: false, edit: false };
  const next: Schemas['FieldPermission'] =
    key === 'edit' ? { read: value || current.read, edit: value } : { read: value, edit: value && current.edit };
  return { ...draft, fields: { ...draft.fields, [fieldKey]: next } };
}

export function withCustomPermission(draft: PermissionSetDraft, apiName: string, on: boolean): PermissionSetDraft {
  const others = draft.customPermissions.filter((c) => c !== apiName);
  return { ...draft, customPermissions: on ? [...others, apiName] : others };
}

/** What Save sends: objects and fields granted nothing are left out; the apps stay as they were. */
export function toInput(draft: PermissionSetDraft, apps: string[]): Schemas['PermissionSetRequest'] {
  const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  return {
    label: draft.label.trim(),
    description: draft.description.trim() || null,
    objects: sorted(Object.entries(draft.objects).filter(([, p]) => OBJECT_PERMISSIONS.some((k) => p[k]))),
    fields: sorted(Object.entries(draft.fields).filter(([, p]) => p.read || p.edit)),
    customPermissions: [...draft.customPermissions].sort(),
    apps: [...apps],
  };
}

/** True when the draft grants something other than the saved set does (or is named differently). */
export function isChanged(draft: PermissionSetDraft, saved: Schemas['PermissionSetDetail']): boolean {
  return JSON.stringify(toInput(draft, saved.apps)) !== JSON.stringify(toInput(draftOf(saved), saved.apps));
}

/** How many of an object's fields the draft lets its users read. */
export function readableFieldCount(draft: PermissionSetDraft, object: string): number {
  const prefix = `${object}.`;
  return Object.entries(draft.fields).filter(([key, p]) => key.startsWith(prefix) && p.read).length;
}

export interface FieldControl {
  /** False for fields that come with the object (system, name, required): always visible. */
  configurable: boolean;
  /** False for computed fields: they can be read, never edited. */
  editable: boolean;
  note: string | null;
}

export function fieldControl(field: DescribedField, nameField: string): FieldControl {
  const editable = !(field.calculated || field.autoNumber);
  if (SYSTEM_FIELDS.has(field.name)) return { configurable: false, editable, note: 'System field: always visible' };
  if (field.name === nameField) return { configurable: false, editable, note: 'Record name: always visible' };
  if (field.required && field.platformType !== 'MasterDetail') return { configurable: false, editable, note: 'Required: always visible' };
  return { configurable: true, editable, note: editable ? null : 'Calculated: read only' };
}

/** A refused Save: the messages to show, and the paths (`objects.X`, `fields.X.Y`) to mark. */
export function saveErrors(errors: Schemas['ApiError'][]): { messages: string[]; paths: Set<string> } {
  return { messages: errors.map((e) => e.message), paths: new Set(errors.flatMap((e) => e.fields ?? [])) };
}

/** The API name a label suggests: words joined by _, letters and digits only, starting with a letter. */
export function apiNameFromLabel(label: string): string {
  const name = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join('_')
    .replace(/^[^A-Za-z]+/, '');
  return name.slice(0, 40);
}
