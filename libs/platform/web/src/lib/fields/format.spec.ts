import { formatCurrency, formatDate, formatDateTime, formatNumber, formatPercent, formatValue } from './format';

describe('formatting for Australia', () => {
  it('writes money as Australian dollars from the decimal string, never rounding through a float', () => {
    expect(formatCurrency('1234.5')).toBe('$1,234.50');
    expect(formatCurrency('-20')).toBe('-$20.00');
    expect(formatCurrency('0.10')).toBe('$0.10');
    expect(formatCurrency('12345678901234.57')).toBe('$12,345,678,901,234.57');
    expect(formatCurrency(null)).toBe('');
  });

  it('writes dates as "23 Nov 2026", whatever the time zone', () => {
    expect(formatDate('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDate('2026-09-01')).toBe('1 Sep 2026');
    expect(formatDate('')).toBe('');
  });

  it('writes an instant with a 12-hour time', () => {
    const local = new Date(2026, 10, 23, 15, 5);
    expect(formatDateTime(local.toISOString())).toBe('23 Nov 2026, 3:05 pm');
  });

  it('writes numbers and percentages with grouping, to the scale', () => {
    expect(formatNumber('1234.5')).toBe('1,234.5');
    expect(formatNumber('3', 2)).toBe('3.00');
    expect(formatPercent('12.5')).toBe('12.5%');
    expect(formatValue('Checkbox', false)).toBe('No');
    expect(formatValue('MultiPicklist', ['Core', 'Capacity'])).toBe('Core; Capacity');
  });
});
