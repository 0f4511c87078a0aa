import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Schemas } from '@platform/api-client';
import { isBlank, picklistValues } from '../fields/format';

export type FormMode = 'create' | 'edit';
export type RecordFormGroup = FormGroup<Record<string, FormControl>>;

/** The fields of a form the user may fill in this mode. */
export function writableFields(form: Schemas['RecordForm'], mode: FormMode): Schemas['UiFormField'][] {
  return form.sections.flatMap((s) => s.fields).filter((f) => (mode === 'create' ? f.createable : f.updateable));
}

/**
 * One control per field of the form, holding the record's value (or, for a new record, the
 * field's default: a picklist's default value, a checkbox's default). Money and numbers stay strings.
 */
export function toFormGroup(form: Schemas['RecordForm'], mode: FormMode, values: Record<string, unknown> = {}): RecordFormGroup {
  const controls: Record<string, FormControl> = {};
  for (const field of form.sections.flatMap((s) => s.fields)) {
    const value = mode === 'edit' ? values[field.name] : initialValue(field);
    const editable = mode === 'create' ? field.createable : field.updateable;
    controls[field.name] = new FormControl(
      controlValue(field, value),
      field.required && editable && field.type !== 'Checkbox' ? Validators.required : [],
    );
  }
  return new FormGroup(controls);
}

/**
 * What Save sends: for a new record every filled-in field (and the record type), for an edit
 * only the fields the user changed. An emptied field is sent as null.
 */
export function formValues(form: Schemas['RecordForm'], group: RecordFormGroup, mode: FormMode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of writableFields(form, mode)) {
    const control = group.controls[field.name];
    if (mode === 'edit' && !control.dirty) continue;
    const value = apiValue(field, control.value);
    if (mode === 'create' && value === null) continue;
    out[field.name] = value;
  }
  if (mode === 'create' && form.recordType) out['RecordTypeId'] = form.recordType.name;
  return out;
}

/**
 * Puts the server's errors where they belong: each on the field it names (when that field is on
 * the form), the rest (record-level, or about a field not shown) in the list returned for the top.
 */
export function applyServerErrors(group: RecordFormGroup, errors: Schemas['ApiError'][]): string[] {
  const atTop: string[] = [];
  for (const error of errors) {
    const named = error.fields.map((f) => fieldControl(group, f)).filter((c): c is FormControl => !!c);
    if (!named.length) {
      atTop.push(error.message);
      continue;
    }
    for (const control of named) {
      control.setErrors({ ...(control.errors ?? {}), server: error.message });
      control.markAsTouched();
    }
  }
  return atTop;
}

/** Clears the server's errors before the next save (a field's own checks run again). */
export function clearServerErrors(group: RecordFormGroup): void {
  for (const control of Object.values(group.controls)) {
    if (control.hasError('server')) control.updateValueAndValidity({ emitEvent: false });
  }
}

/** Field names are case-insensitive, as in Salesforce. */
function fieldControl(group: RecordFormGroup, name: string): FormControl | undefined {
  const key = Object.keys(group.controls).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? group.controls[key] : undefined;
}

function initialValue(field: Schemas['UiFormField']): unknown {
  if (field.type === 'Picklist') return field.picklistValues.find((v) => v.default)?.value ?? null;
  if (field.type === 'MultiPicklist') return field.picklistValues.filter((v) => v.default).map((v) => v.value);
  return field.defaultValue ?? null;
}

function controlValue(field: Schemas['UiFormField'], value: unknown): unknown {
  switch (field.type) {
    case 'Checkbox':
      return value === true || value === 'true';
    case 'MultiPicklist':
      return picklistValues(value);
    case 'DateTime':
      return isBlank(value) ? '' : toLocalInput(String(value));
    default:
      return isBlank(value) ? (field.type === 'Picklist' || field.type === 'Lookup' ? null : '') : String(value);
  }
}

function apiValue(field: Schemas['UiFormField'], value: unknown): unknown {
  if (field.type === 'Checkbox') return value === true;
  if (field.type === 'MultiPicklist') return Array.isArray(value) && value.length ? value : null;
  if (isBlank(value)) return null;
  if (field.type === 'DateTime') return new Date(String(value)).toISOString();
  return typeof value === 'string' ? value.trim() : value;
}

/** An instant as the `datetime-local` input shows it, in the browser's zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
