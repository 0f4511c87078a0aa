import { cents } from './ar-money';

/** How far a line's budget is used: below 80 %, from 80 % (a warning), from 100 % (used up or overrun). */
export type BudgetLevel = 'ok' | 'warning' | 'exceeded';

/** A line's used share of its budget in whole percent (rounded down), and its level; a zero budget is used up at once. */
export function budgetLevel(budget: string, used: string): { percent: number; level: BudgetLevel } {
  const b = cents(budget);
  const u = cents(used);
  if (b <= BigInt(0)) return { percent: u > BigInt(0) ? 100 : 0, level: u > BigInt(0) ? 'exceeded' : 'ok' };
  const percent = Number((u * BigInt(100)) / b);
  // Exact comparisons in cents: 80 % is reached when used × 5 ≥ budget × 4.
  const level: BudgetLevel = u >= b ? 'exceeded' : u * BigInt(5) >= b * BigInt(4) ? 'warning' : 'ok';
  return { percent, level };
}
