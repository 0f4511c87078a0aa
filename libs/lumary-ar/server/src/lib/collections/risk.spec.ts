import { LocalDate } from '@js-joda/core';
import { assessRisk, expectedLateness, predictedPayDate } from './risk';
import { dueStep, nextStep, promiseStatus } from './collections.service';
import { money } from '../journal/money';

/** The collections rules as pure functions (libs/lumary-ar/RULES.md#collections), figures worked by hand. */
describe('expected lateness L', () => {
  it('is the median of max(0, days late), rounded up', () => {
    expect(expectedLateness([-5, 3, 10])).toBe(3);
    // Even count: the middle two 3 and 8 -> 5.5 -> 6.
    expect(expectedLateness([-2, 3, 8, 40])).toBe(6);
    expect(expectedLateness([-9, -1, -3])).toBe(0);
  });
});

describe('risk level', () => {
  const none = { reversedPayments: 0, brokenPromises: 0 };
  it('has no level under 3 invoices, even with a reversal', () => {
    expect(assessRisk({ daysLate: [90, 90], reversedPayments: 1, brokenPromises: 0 })).toMatchObject({ level: null, noHistory: true });
  });
  it('is Medium when L > 7 or over half were late, otherwise Low', () => {
    // 8, 8, -1, -1 -> 0, 0, 8, 8 -> L = 4: 2 of 4 late is not over half: Low.
    expect(assessRisk({ daysLate: [8, 8, -1, -1], ...none }).level).toBe('Low');
    expect(assessRisk({ daysLate: [7, 7, 0], ...none })).toMatchObject({ level: 'Medium', expectedLateness: 7, shareLate: '66.7' });
    expect(assessRisk({ daysLate: [8, 8, 0], ...none }).reasons.map((r) => r.code)).toEqual(['LATENESS_OVER_7', 'MOSTLY_LATE']);
    expect(assessRisk({ daysLate: [7, 0, 0], ...none })).toMatchObject({ level: 'Low', expectedLateness: 0 });
  });
  it('is High at L = 31, listing every High reason that applied', () => {
    const r = assessRisk({ daysLate: [31, 31, 31], reversedPayments: 2, brokenPromises: 1 });
    expect(r.level).toBe('High');
    expect(r.reasons.map((x) => x.text)).toEqual([
      'Usually pays 31 days late (over 30).',
      '2 payments reversed in the last 90 days.',
      '1 promise to pay broken in the last 90 days.',
    ]);
    expect(assessRisk({ daysLate: [30, 30, 30], ...none }).level).toBe('Medium');
  });
});

describe('predicted pay date', () => {
  const today = LocalDate.parse('2027-03-10');
  it('is max(today, Due Date + L)', () => {
    expect(predictedPayDate('2027-03-01', 5, today)).toBe('2027-03-10');
    expect(predictedPayDate('2027-03-01', 12, today)).toBe('2027-03-13');
    expect(predictedPayDate('2027-03-01', null, today)).toBeNull();
  });
});

describe('reminder steps', () => {
  const steps = [-3, 7, 21, 45].map((offset) => ({ id: String(offset), name: `S${offset}`, offset, subject: null, body: null }));
  const invoice = { dueDate: '2027-03-01' };
  it('sends only the furthest due step, never an earlier one after a later', () => {
    expect(dueStep(invoice, steps, [], LocalDate.parse('2027-02-25'))).toBeUndefined(); // due + -3 = 26/02
    expect(dueStep(invoice, steps, [], LocalDate.parse('2027-02-26'))?.offset).toBe(-3);
    expect(dueStep(invoice, steps, [], LocalDate.parse('2027-04-20'))?.offset).toBe(45);
    expect(dueStep(invoice, steps, [21], LocalDate.parse('2027-03-25'))).toBeUndefined(); // 21 sent: 7 is never sent late
    expect(dueStep(invoice, steps, [7], LocalDate.parse('2027-03-22'))?.offset).toBe(21);
  });
  it('says when the next one goes', () => {
    const row = {
      id: 'i',
      name: 'INV-1',
      debtor: { id: 'd', name: null, type: 'Account' },
      invoiceDate: '2027-02-15',
      dueDate: '2027-03-01',
      total: money('1'),
      balance: money('1'),
    };
    expect(nextStep(row, steps, [7], LocalDate.parse('2027-03-10'))).toMatchObject({ date: '2027-03-22', offset: 21 });
    expect(nextStep(row, steps, [], LocalDate.parse('2027-03-10'))).toMatchObject({ date: '2027-03-10', offset: 7 });
    expect(nextStep(row, steps, [45], LocalDate.parse('2027-05-10'))).toBeUndefined();
  });
});

describe('promise to pay', () => {
  const p = { id: 'p', name: 'PTP-1', debtorId: 'd', promiseDate: '2027-03-10', madeOn: '2027-03-01', amount: money('100.00'), note: null };
  it('is kept when paid by its date, broken after it, open before', () => {
    expect(promiseStatus({ ...p, paidTowards: money('100.00') }, LocalDate.parse('2027-03-05'))).toBe('Kept');
    expect(promiseStatus({ ...p, paidTowards: money('99.99') }, LocalDate.parse('2027-03-10'))).toBe('Open');
    expect(promiseStatus({ ...p, paidTowards: money('99.99') }, LocalDate.parse('2027-03-11'))).toBe('Broken');
  });
});
