import { AbstractControl, FormControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { todayIso } from './server-errors';

/**
 * Dates as an Australian finance user types them (dd/mm/yyyy) and as the API takes them
 * (YYYY-MM-DD). Calendar dates only: no time zone ever shifts them.
 */

/** "2027-01-12" → "12/01/2027"; anything else as it is. */
export function toDayMonthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "12/01/2027" (or "12/1/2027") → "2027-01-12"; null unless it is a real calendar date. */
export function fromDayMonthYear(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date field's check: empty passes (pair it with `required`), otherwise dd/mm/yyyy and a real date. */
export const dayMonthYear: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '').trim();
  if (!value || fromDayMonthYear(value)) return null;
  return { message: 'Enter the date as dd/mm/yyyy.' };
};

/** A dialog's date control: today, as dd/mm/yyyy, required and checked. */
export function todayControl(): FormControl<string | null> {
  return new FormControl(toDayMonthYear(todayIso()), [Validators.required, dayMonthYear]);
}

/** A date control's value as the API takes it (YYYY-MM-DD); as typed when it is no date (the API says so). */
export function apiDate(value: unknown): string {
  return fromDayMonthYear(String(value)) ?? String(value);
}
