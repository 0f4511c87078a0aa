import { DayOfWeek, LocalDate } from '@js-joda/core';
import { checkDateLiteral, dateRange } from './soql-date-ranges';

// Wednesday 12 March 2025, in the third month of a July fiscal year (FY2025) and of calendar Q1.
const today = LocalDate.parse('2025-03-12');
const range = (literal: string, settings = {}) => {
  const { start, end } = dateRange(literal, today, settings);
  return `${start} .. ${end.minusDays(1)}`;
};

describe('SOQL date literals as ranges of days', () => {
  it('reads days', () => {
    expect(range('TODAY')).toBe('2025-03-12 .. 2025-03-12');
    expect(range('YESTERDAY')).toBe('2025-03-11 .. 2025-03-11');
    expect(range('TOMORROW')).toBe('2025-03-13 .. 2025-03-13');
    // LAST_N_DAYS:n runs back n days and includes today; NEXT_N_DAYS:n starts tomorrow.
    expect(range('LAST_N_DAYS:7')).toBe('2025-03-05 .. 2025-03-12');
    expect(range('NEXT_N_DAYS:7')).toBe('2025-03-13 .. 2025-03-19');
    expect(range('LAST_90_DAYS')).toBe('2024-12-12 .. 2025-03-12');
    expect(range('NEXT_90_DAYS')).toBe('2025-03-13 .. 2025-06-10');
    expect(range('N_DAYS_AGO:12')).toBe('2025-02-28 .. 2025-02-28');
  });

  it('reads weeks from Monday (Australia), or from the day the tenant starts them', () => {
    expect(range('THIS_WEEK')).toBe('2025-03-10 .. 2025-03-16');
    expect(range('LAST_WEEK')).toBe('2025-03-03 .. 2025-03-09');
    expect(range('NEXT_WEEK')).toBe('2025-03-17 .. 2025-03-23');
    expect(range('LAST_N_WEEKS:2')).toBe('2025-02-24 .. 2025-03-09');
    expect(range('NEXT_N_WEEKS:2')).toBe('2025-03-17 .. 2025-03-30');
    expect(range('N_WEEKS_AGO:1')).toBe('2025-03-03 .. 2025-03-09');
    expect(range('THIS_WEEK', { weekStart: DayOfWeek.SUNDAY })).toBe('2025-03-09 .. 2025-03-15');
  });

  it('reads months, quarters and years as whole calendar units', () => {
    expect(range('THIS_MONTH')).toBe('2025-03-01 .. 2025-03-31');
    expect(range('LAST_MONTH')).toBe('2025-02-01 .. 2025-02-28');
    expect(range('NEXT_MONTH')).toBe('2025-04-01 .. 2025-04-30');
    expect(range('LAST_N_MONTHS:3')).toBe('2024-12-01 .. 2025-02-28');
    expect(range('NEXT_N_MONTHS:2')).toBe('2025-04-01 .. 2025-05-31');
    expect(range('N_MONTHS_AGO:13')).toBe('2024-02-01 .. 2024-02-29');
    expect(range('THIS_QUARTER')).toBe('2025-01-01 .. 2025-03-31');
    expect(range('LAST_QUARTER')).toBe('2024-10-01 .. 2024-12-31');
    expect(range('NEXT_N_QUARTERS:2')).toBe('2025-04-01 .. 2025-09-30');
    expect(range('THIS_YEAR')).toBe('2025-01-01 .. 2025-12-31');
    expect(range('LAST_N_YEARS:2')).toBe('2023-01-01 .. 2024-12-31');
    expect(range('N_YEARS_AGO:1')).toBe('2024-01-01 .. 2024-12-31');
  });

  it('reads fiscal quarters and years from the month the fiscal year starts', () => {
    const july = { fiscalYearStartMonth: 7 };
    expect(range('THIS_FISCAL_YEAR', july)).toBe('2024-07-01 .. 2025-06-30');
    expect(range('LAST_FISCAL_YEAR', july)).toBe('2023-07-01 .. 2024-06-30');
    expect(range('THIS_FISCAL_QUARTER', july)).toBe('2025-01-01 .. 2025-03-31');
    expect(range('NEXT_FISCAL_QUARTER', july)).toBe('2025-04-01 .. 2025-06-30');
    expect(range('N_FISCAL_QUARTERS_AGO:3', july)).toBe('2024-04-01 .. 2024-06-30');
    expect(range('LAST_N_FISCAL_YEARS:2', july)).toBe('2022-07-01 .. 2024-06-30');
    // Without a fiscal year set it is the calendar year, as in a new Salesforce org.
    expect(range('THIS_FISCAL_YEAR')).toBe('2025-01-01 .. 2025-12-31');
  });

  it('spells each literal one way and bounds n', () => {
    expect(checkDateLiteral('last_n_days:007')).toEqual({ value: 'LAST_N_DAYS:7' });
    expect(checkDateLiteral('This_Month')).toEqual({ value: 'THIS_MONTH' });
    expect(checkDateLiteral('LAST_N_DAYS:10001')).toEqual({ error: 'LAST_N_DAYS:10001: n must be a whole number up to 10000' });
  });
});
