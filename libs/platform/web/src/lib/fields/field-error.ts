import { AbstractControl } from '@angular/forms';

/** The message under a field: the server's own first, else what is missing. */
export function fieldError(control: AbstractControl, label: string): string | null {
  const errors = control.errors;
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return `${label} is required.`;
  return null;
}
