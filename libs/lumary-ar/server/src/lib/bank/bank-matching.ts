import Decimal from 'decimal.js';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';

/** An open invoice a credit line might pay. */
export interface OpenInvoice {
  id: string;
  name: string;
  debtor: string;
  debtorName: string;
  invoiceDate: string;
  balance: Money;
}

export interface UnallocatedPayment {
  id: string;
  name: string;
  debtor: string;
  debtorName: string;
  unallocated: Money;
}

export interface LearntRule {
  id: string;
  name: string;
  pattern: string;
  debtor: string;
  debtorName: string;
}

export type SuggestionKind = 'invoice-number' | 'exact-balance' | 'invoice-set' | 'learnt-rule' | 'unallocated-payment';

export interface SuggestedAllocation {
  invoice: string;
  invoiceName: string;
  amount: string;
}

/** One way to reconcile a credit line: who paid, what it pays, why we think so, how sure (0-100). */
export interface Suggestion {
  kind: SuggestionKind;
  reason: string;
  confidence: number;
  debtor: string;
  debtorName: string;
  allocations: SuggestedAllocation[];
  /** For `unallocated-payment`: the payment already recorded that this line is. */
  payment: string | null;
  paymentName: string | null;
}

/** What the matcher knows about the tenant, fetched for a whole batch of lines at once. */
export interface MatchCandidates {
  /** Open invoices by their number (INV-000123). */
  byNumber: Map<string, OpenInvoice>;
  /** Open invoices by their balance (a few per amount) and how many have that balance in all. */
  byBalance: Map<string, { invoices: OpenInvoice[]; count: number }>;
  /** Open invoices of the debtors a line may be from (rules, invoice numbers), oldest first. */
  byDebtor: Map<string, OpenInvoice[]>;
  rules: LearntRule[];
  /** Received payments with unallocated credit, by that amount. */
  unallocated: Map<string, UnallocatedPayment[]>;
}

const INVOICE_NUMBER = /\bINV[-\s]?0*(\d{1,9})\b/gi;

/** The invoice numbers a text names, each as its number without leading zeros: "inv 000123" → INV-123. */
export function invoiceNumbers(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(INVOICE_NUMBER)) found.add(`INV-${String(Number(m[1]))}`);
  return [...found];
}

/** An invoice's number as invoiceNumbers gives it: INV-000123 → INV-123. */
export const canonicalInvoice = (name: string) => name.replace(/^INV-0*(?=\d)/i, 'INV-').toUpperCase();

/** The names an invoice number may be stored as (zero-padded to 6 digits by the auto-number, or wider), for an indexed look-up. */
export function invoiceNameCandidates(canonical: string): string[] {
  const digits = canonical.slice(4);
  return [...new Set([digits, ...[6, 7, 8, 9, 10].map((w) => digits.padStart(w, '0'))])].map((d) => `INV-${d}`);
}

/**
 * A line's payer text, as a learnt rule keeps it: upper case, without invoice numbers, digits or
 * punctuation, spaces collapsed; empty when too short to mean anything.
 */
export function payerText(text: string): string {
  const plain = text
    .toUpperCase()
    .replace(INVOICE_NUMBER, ' ')
    .replace(/[^A-Z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 255);
  return plain.replace(/ /g, '').length >= 4 ? plain : '';
}

const normal = (text: string) =>
  ` ${text
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

const cents = (m: Money) => m.times(100).toNumber();

/**
 * A set of the invoices (oldest first, at most `width`) whose balances sum to exactly `target`:
 * a depth-first search of at most `budget` steps, preferring older invoices; two or more invoices.
 */
export function exactSubset(invoices: OpenInvoice[], target: Money, width = 20, budget = 20000): OpenInvoice[] | undefined {
  const pool = invoices.filter((i) => i.balance.greaterThan(0) && i.balance.lessThanOrEqualTo(target)).slice(0, width);
  const values = pool.map((i) => cents(i.balance));
  const goal = cents(target);
  // What all invoices from position k on add up to: a branch that cannot reach the goal stops.
  const rest = values.map((_, k) => values.slice(k).reduce((a, b) => a + b, 0));
  let steps = 0;
  const chosen: number[] = [];
  const search = (k: number, left: number): boolean => {
    if (left === 0) return chosen.length >= 2;
    if (k >= values.length || rest[k] < left || ++steps > budget) return false;
    if (values[k] <= left) {
      chosen.push(k);
      if (search(k + 1, left - values[k])) return true;
      chosen.pop();
    }
    return search(k + 1, left);
  };
  return search(0, goal) ? chosen.map((k) => pool[k]) : undefined;
}

const allocationsOf = (invoices: { invoice: OpenInvoice; amount: Money }[]): SuggestedAllocation[] =>
  invoices.map(({ invoice, amount }) => ({ invoice: invoice.id, invoiceName: invoice.name, amount: formatMoney(amount) }));

/** Oldest first, as much of `amount` as each balance takes. */
function oldestFirst(invoices: OpenInvoice[], amount: Money) {
  const out: { invoice: OpenInvoice; amount: Money }[] = [];
  let left = amount;
  for (const invoice of invoices) {
    if (left.lessThanOrEqualTo(0)) break;
    const take = Decimal.min(left, invoice.balance);
    if (take.greaterThan(0)) out.push({ invoice, amount: take });
    left = left.minus(take);
  }
  return out;
}

/**
 * The suggestions for one credit line, best first (DOMAIN.md "Cash in"): invoice numbers in its
 * text; a debtor recognised by a learnt rule, with the exact balance of one or a set of its
 * invoices; an unallocated payment of that amount; the exact balance of an invoice of anyone.
 */
export function suggest(line: { amount: Money; description: string; reference: string }, c: MatchCandidates): Suggestion[] {
  const text = `${line.description} ${line.reference}`;
  const amount = line.amount;
  const key = formatMoney(amount);
  const out: Suggestion[] = [];
  const add = (s: Omit<Suggestion, 'payment' | 'paymentName'> & Partial<Pick<Suggestion, 'payment' | 'paymentName'>>) =>
    out.push({ payment: null, paymentName: null, ...s });

  // 1. Invoice numbers in the reference or description.
  const named = invoiceNumbers(text)
    .map((n) => c.byNumber.get(n))
    .filter((i): i is OpenInvoice => !!i);
  const byDebtor = new Map<string, OpenInvoice[]>();
  for (const i of named) byDebtor.set(i.debtor, [...(byDebtor.get(i.debtor) ?? []), i]);
  for (const [, invoices] of byDebtor) {
    const total = sum(invoices.map((i) => i.balance));
    const names = invoices.map((i) => i.name).join(', ');
    const first = invoices[0];
    if (total.equals(amount)) {
      add({
        kind: 'invoice-number',
        reason: `${names} ${invoices.length > 1 ? 'are' : 'is'} in the reference, and ${invoices.length > 1 ? 'their balances total' : 'its balance is'} ${key}.`,
        confidence: 95,
        debtor: first.debtor,
        debtorName: first.debtorName,
        allocations: allocationsOf(invoices.map((invoice) => ({ invoice, amount: invoice.balance }))),
      });
    } else {
      const paid = oldestFirst(invoices, amount);
      const over = amount.minus(sum(paid.map((p) => p.amount)));
      add({
        kind: 'invoice-number',
        reason: `${names} ${invoices.length > 1 ? 'are' : 'is'} in the reference; the balance ${formatMoney(total)} differs from ${key}${over.greaterThan(0) ? `: ${formatMoney(over)} is left as credit` : ': part payment'}.`,
        confidence: 70,
        debtor: first.debtor,
        debtorName: first.debtorName,
        allocations: allocationsOf(paid),
      });
    }
  }

  // 2. A debtor recognised from earlier confirmed payments.
  const padded = normal(text);
  const seen = new Set<string>();
  for (const rule of c.rules) {
    if (seen.has(rule.debtor) || !padded.includes(` ${rule.pattern} `)) continue;
    seen.add(rule.debtor);
    const invoices = c.byDebtor.get(rule.debtor) ?? [];
    const because = `Paid as "${rule.pattern}" before by ${rule.debtorName} (${rule.name})`;
    const single = invoices.find((i) => i.balance.equals(amount));
    const set = single ? undefined : exactSubset(invoices, amount);
    if (single) {
      add({
        kind: 'learnt-rule',
        reason: `${because}; ${single.name}'s balance is ${key}.`,
        confidence: 90,
        debtor: rule.debtor,
        debtorName: rule.debtorName,
        allocations: allocationsOf([{ invoice: single, amount }]),
      });
    } else if (set) {
      add({
        kind: 'invoice-set',
        reason: `${because}; ${set.map((i) => i.name).join(' + ')} total ${key}.`,
        confidence: 85,
        debtor: rule.debtor,
        debtorName: rule.debtorName,
        allocations: allocationsOf(set.map((invoice) => ({ invoice, amount: invoice.balance }))),
      });
    } else {
      const paid = oldestFirst(invoices, amount);
      add({
        kind: 'learnt-rule',
        reason: `${because}; no invoice or set of its invoices owes exactly ${key}: oldest first${paid.length ? '' : ', all as credit'}.`,
        confidence: 50,
        debtor: rule.debtor,
        debtorName: rule.debtorName,
        allocations: allocationsOf(paid),
      });
    }
  }
  // A debtor named by an invoice number may owe this amount over a set of its other invoices.
  for (const [debtor] of byDebtor) {
    if (seen.has(debtor) || out.some((s) => s.debtor === debtor && s.confidence >= 95)) continue;
    const set = exactSubset(c.byDebtor.get(debtor) ?? [], amount);
    if (set)
      add({
        kind: 'invoice-set',
        reason: `An invoice of ${set[0].debtorName} is in the reference; ${set.map((i) => i.name).join(' + ')} total ${key}.`,
        confidence: 80,
        debtor,
        debtorName: set[0].debtorName,
        allocations: allocationsOf(set.map((invoice) => ({ invoice, amount: invoice.balance }))),
      });
  }

  // 3. An unallocated payment already recorded with this amount.
  for (const p of c.unallocated.get(key) ?? []) {
    add({
      kind: 'unallocated-payment',
      reason: `${p.name} from ${p.debtorName} is recorded with ${key} unallocated.`,
      confidence: 65,
      debtor: p.debtor,
      debtorName: p.debtorName,
      allocations: [],
      payment: p.id,
      paymentName: p.name,
    });
  }

  // 4. The exact open balance of one invoice, whoever owes it.
  const exact = c.byBalance.get(key);
  if (exact) {
    for (const invoice of exact.invoices) {
      add({
        kind: 'exact-balance',
        reason:
          exact.count === 1
            ? `${invoice.name} is the only open invoice with a balance of ${key}.`
            : `${invoice.name} is one of ${exact.count} open invoices with a balance of ${key} (the oldest shown first).`,
        confidence: exact.count === 1 ? 60 : Math.max(20, Math.round(60 / exact.count)),
        debtor: invoice.debtor,
        debtorName: invoice.debtorName,
        allocations: allocationsOf([{ invoice, amount }]),
      });
    }
  }

  // The same match found twice is shown once, with its best reason; best first.
  const unique = new Map<string, Suggestion>();
  for (const s of out) {
    const k = `${s.debtor}|${s.payment ?? ''}|${s.allocations.map((a) => `${a.invoice}:${a.amount}`).join(',')}`;
    const had = unique.get(k);
    if (!had || had.confidence < s.confidence) unique.set(k, s);
  }
  return [...unique.values()].sort((a, b) => b.confidence - a.confidence).slice(0, 5);
}

export const zeroIfNull = (m: Money | null | undefined) => m ?? ZERO;
