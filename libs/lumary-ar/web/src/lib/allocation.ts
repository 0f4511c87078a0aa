import { cents } from './ar-money';

/** An open invoice of the debtor, as the allocation table lists it. */
export interface OpenInvoice {
  id: string;
  name: string;
  invoiceDate: string | null;
  dueDate: string | null;
  /** What it still owes: a decimal string ("110.00"). */
  balance: string;
}

/** 1250n → "12.50"; -307n → "-3.07". Cents back to the API's decimal string. */
export function fromCents(value: bigint): string {
  const negative = value < BigInt(0);
  const abs = negative ? -value : value;
  const whole = abs / BigInt(100);
  const fraction = String(abs % BigInt(100)).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Oldest first: by invoice date, then due date, then number (the order money is applied in). */
export function oldestFirst(invoices: OpenInvoice[]): OpenInvoice[] {
  const key = (i: OpenInvoice) => `${i.invoiceDate ?? '9999-12-31'}|${i.dueDate ?? '9999-12-31'}|${i.name}`;
  return [...invoices].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Auto-fill: the amount applied to the invoices oldest first, each up to its balance, until it
 * runs out. Returns one amount per invoice ("0.00" where nothing reaches it), in cents' exactness.
 */
export function autoFill(amount: string, invoices: OpenInvoice[]): string[] {
  let left = cents(amount);
  return invoices.map((invoice) => {
    const balance = cents(invoice.balance);
    const applied = left <= BigInt(0) ? BigInt(0) : left < balance ? left : balance;
    left -= applied;
    return fromCents(applied);
  });
}

/** The allocations' total and what stays on account (amount − total; negative when over-allocated). */
export function allocationTotals(amount: string, allocations: string[]): { allocated: string; onAccount: string } {
  const allocated = allocations.reduce((sum, a) => sum + (a.trim() ? cents(a) : BigInt(0)), BigInt(0));
  return { allocated: fromCents(allocated), onAccount: fromCents(cents(amount || '0') - allocated) };
}

/**
 * What is wrong with the allocations, if anything: each at most its invoice's balance, together
 * at most the amount (RULES.md#payments). Messages name the invoice, as the user reads the row.
 */
export function allocationProblems(amount: string, invoices: OpenInvoice[], allocations: string[]): string[] {
  const problems: string[] = [];
  invoices.forEach((invoice, i) => {
    const a = allocations[i]?.trim();
    if (a && cents(a) > cents(invoice.balance)) problems.push(`${invoice.name}: at most its balance, ${invoice.balance}.`);
  });
  const { onAccount } = allocationTotals(amount, allocations);
  if (cents(onAccount) < BigInt(0)) problems.push(`The allocations come to more than ${amount}.`);
  return problems;
}
