/**
 * Values as an Australian user reads them. Money and numbers arrive as decimal strings and are
 * formatted from the string itself (Intl formats a numeric string exactly), never via a float.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const currency = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', minimumFractionDigits: 2 });

/** "1234.5" → "$1,234.50"; "-20" → "-$20.00". */
export function formatCurrency(value: unknown): string {
  if (isBlank(value)) return '';
  return currency.format(decimalString(value) as unknown as number);
}

/** "1234.5" → "1,234.5", to the field's scale when it has one. */
export function formatNumber(value: unknown, scale?: number | null): string {
  if (isBlank(value)) return '';
  const digits = scale ?? undefined;
  const format = new Intl.NumberFormat('en-AU', { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 20 });
  return format.format(decimalString(value) as unknown as number);
}

/** "12.5" → "12.5%". */
export function formatPercent(value: unknown, scale?: number | null): string {
  return isBlank(value) ? '' : `${formatNumber(value, scale)}%`;
}

/** "2026-11-23" → "23 Nov 2026", read as a calendar date (no time zone can shift it). */
export function formatDate(value: unknown): string {
  if (isBlank(value)) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!match) return String(value);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** An instant, in the browser's time zone: "23 Nov 2026, 3:05 pm". */
export function formatDateTime(value: unknown): string {
  if (isBlank(value)) return '';
  const instant = new Date(String(value));
  if (Number.isNaN(instant.getTime())) return String(value);
  const local = `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  const hours = instant.getHours();
  return `${formatDate(local)}, ${hours % 12 || 12}:${pad(instant.getMinutes())} ${hours < 12 ? 'am' : 'pm'}`;
}

/** A multi-select picklist's values, stored as a list (or Salesforce's "a;b"). */
export function picklistValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return isBlank(value) ? [] : String(value).split(';');
}

/** The text of a value of any type, as a list cell or a read-only field shows it. */
export function formatValue(type: string, value: unknown, scale?: number | null): string {
  switch (type) {
    case 'Currency':
      return formatCurrency(value);
    case 'Number':
      return formatNumber(value, scale);
    case 'Percent':
      return formatPercent(value, scale);
    case 'Date':
      return formatDate(value);
    case 'DateTime':
      return formatDateTime(value);
    case 'Checkbox':
      return value === true ? 'Yes' : 'No';
    case 'MultiPicklist':
      return picklistValues(value).join('; ');
    default:
      return isBlank(value) ? '' : String(value);
  }
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function decimalString(value: unknown): string {
  return typeof value === 'number' ? String(value) : String(value).trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
