import { LocalDate } from '@js-joda/core';

/**
 * Risk and the predicted pay date (libs/lumary-ar/RULES.md#collections), as pure functions of a
 * debtor's history: the invoices it paid in full in the last 365 days (days late each), whether a
 * payment of theirs was reversed, or a promise of theirs broken, in the last 90 days.
 */

export type RiskLevel = 'High' | 'Medium' | 'Low';

/** Fewer paid invoices than this in the window: no history, no level and no prediction. */
export const MIN_HISTORY = 3;
/** The window of paid invoices (days ending today) and of reversals and broken promises. */
export const HISTORY_DAYS = 365;
export const RECENT_DAYS = 90;
/** High when the expected lateness is above this many days. */
export const HIGH_LATENESS = 30;
/** Medium when the expected lateness is above this many days... */
export const MEDIUM_LATENESS = 7;
/** ...or more than this share of the invoices were paid late. */
export const MEDIUM_SHARE_LATE = 0.5;

/** The worklist's risk weights; a debtor without history weighs 1.5, between Low and Medium. */
export const RISK_WEIGHTS: Record<RiskLevel | 'None', number> = { High: 3, Medium: 2, Low: 1, None: 1.5 };

export interface RiskHistory {
  /** Paid Date − Due Date of each invoice paid in full in the window (negative when early). */
  daysLate: number[];
  /** Payments of the debtor reversed in the last 90 days. */
  reversedPayments: number;
  /** Promises to pay of the debtor broken in the last 90 days. */
  brokenPromises: number;
}

export type RiskReasonCode = 'LATENESS_OVER_30' | 'REVERSED_PAYMENT' | 'BROKEN_PROMISE' | 'LATENESS_OVER_7' | 'MOSTLY_LATE' | 'ON_TIME';

export interface RiskReason {
  code: RiskReasonCode;
  /** The reason in words, with its figure. */
  text: string;
}

export interface Risk {
  /** null: no history (fewer than 3 invoices paid in full in the last 365 days). */
  level: RiskLevel | null;
  noHistory: boolean;
  /** How many paid invoices it is computed from. */
  basedOn: number;
  /** L: the median of max(0, days late), rounded up; null without history. */
  expectedLateness: number | null;
  /** Invoices paid late / all, as a percentage with one decimal ("66.7"); null without history. */
  shareLate: string | null;
  paidLate: number;
  reversedPayments: number;
  brokenPromises: number;
  reasons: RiskReason[];
}

/** The median of max(0, days late), rounded up to a whole day (the median of an even count is the mean of the middle two). */
export function expectedLateness(daysLate: number[]): number {
  const late = daysLate.map((d) => Math.max(0, d)).sort((a, b) => a - b);
  const mid = Math.floor(late.length / 2);
  // Whole days: the mean of two middles is a half at most, so doubling keeps it in integers.
  return late.length % 2 ? late[mid] : Math.ceil((late[mid - 1] + late[mid]) / 2);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The debtor's level and the reasons that applied, with their figures. */
export function assessRisk(history: RiskHistory): Risk {
  const { daysLate, reversedPayments, brokenPromises } = history;
  const basedOn = daysLate.length;
  const paidLate = daysLate.filter((d) => d > 0).length;
  const base = { basedOn, paidLate, reversedPayments, brokenPromises };
  if (basedOn < MIN_HISTORY) {
    return {
      ...base,
      level: null,
      noHistory: true,
      expectedLateness: null,
      shareLate: null,
      reasons: [],
    };
  }
  const lateness = expectedLateness(daysLate);
  const share = paidLate / basedOn;
  const sharePct = ((paidLate * 1000) / basedOn / 10).toFixed(1);
  const high: RiskReason[] = [];
  if (lateness > HIGH_LATENESS)
    high.push({ code: 'LATENESS_OVER_30', text: `Usually pays ${plural(lateness, 'day')} late (over ${HIGH_LATENESS}).` });
  if (reversedPayments > 0)
    high.push({ code: 'REVERSED_PAYMENT', text: `${plural(reversedPayments, 'payment')} reversed in the last ${RECENT_DAYS} days.` });
  if (brokenPromises > 0)
    high.push({ code: 'BROKEN_PROMISE', text: `${plural(brokenPromises, 'promise')} to pay broken in the last ${RECENT_DAYS} days.` });
  const result = { ...base, noHistory: false, expectedLateness: lateness, shareLate: sharePct };
  if (high.length) return { ...result, level: 'High', reasons: high };
  const medium: RiskReason[] = [];
  if (lateness > MEDIUM_LATENESS)
    medium.push({ code: 'LATENESS_OVER_7', text: `Usually pays ${plural(lateness, 'day')} late (over ${MEDIUM_LATENESS}).` });
  if (share > MEDIUM_SHARE_LATE)
    medium.push({ code: 'MOSTLY_LATE', text: `${paidLate} of ${basedOn} invoices paid late (${sharePct}%, over 50%).` });
  if (medium.length) return { ...result, level: 'Medium', reasons: medium };
  return {
    ...result,
    level: 'Low',
    reasons: [
      {
        code: 'ON_TIME',
        text: `Usually pays ${lateness ? `${plural(lateness, 'day')} late` : 'on time'}; ${paidLate} of ${basedOn} invoices paid late (${sharePct}%).`,
      },
    ],
  };
}

/** An open invoice's predicted pay date: max(today, Due Date + L); null without history or a Due Date. */
export function predictedPayDate(dueDate: string | null, lateness: number | null, today: LocalDate): string | null {
  if (lateness === null || !dueDate) return null;
  const expected = LocalDate.parse(dueDate).plusDays(lateness);
  return (expected.isBefore(today) ? today : expected).toString();
}
