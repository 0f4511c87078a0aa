import { FormControl, FormGroup } from '@angular/forms';
import { ApiError, toApiError, applyServerErrors, clearServerErrors } from '@platform/web';
import type { Schemas } from '@platform/api-client';

/**
 * Shows a failed call's errors in a dialog's form: each on the control it names, the rest
 * returned for the top of the dialog (the record form's own rules). `alias` maps the API's
 * field names (`allocations[0].amount`) to the dialog's controls where they differ.
 */
export function showServerErrors(
  group: FormGroup<Record<string, FormControl>>,
  error: unknown,
  alias: (field: string) => string = (f) => f,
): string[] {
  const apiError: ApiError = toApiError(error);
  const errors: Schemas['ApiError'][] = apiError.errors.map((e) => ({ ...e, fields: e.fields.map(alias) }));
  return applyServerErrors(group, errors);
}

export { clearServerErrors };

/** Today as YYYY-MM-DD in the browser's zone: the default date of a payment or credit. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An amount as the API takes it: digits with at most two decimals, kept as text. */
export const MONEY_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;

/** The message under a dialog's field: the server's, else the field's own checks. */
export function controlError(control: FormControl, label: string): string | null {
  const errors = control.errors;
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return `${label} is required.`;
  if (errors['pattern']) return `${label} is an amount such as 110.00.`;
  if (typeof errors['message'] === 'string') return errors['message'];
  return null;
}

/** The look the AR dialogs share: fields stacked, errors in the theme's error colour. */
export const DIALOG_STYLES = `
  .dialog-form { display: flex; flex-direction: column; gap: 4px; padding-top: 8px; min-width: min(360px, 100%); }
  .dialog-error { color: var(--mat-sys-error); }
  .balance { color: var(--mat-sys-on-surface-variant); margin: 0 0 8px; }
`;
