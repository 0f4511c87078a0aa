import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';
import { PostingService } from '../journal/posting.service';
import type { InvoiceRow } from '../invoices/invoice.repository';
import { InvoiceService } from '../invoices/invoice.service';
import type { AllocationInput, LaterAllocation, NewPayment, Reversal } from './payment-input';
import { PaymentRepository, type AllocationRow, type PaymentRow, type PaymentStatus } from './payment.repository';
import type { ArErrorCode } from '../ar.errors';

export interface AllocationView {
  id: string;
  name: string;
  invoice: string;
  invoiceName: string;
  amount: string;
  date: string;
  reversed: boolean;
  reversedDate: string | null;
}

/** A payment as the API answers it: money as decimal strings, dates as YYYY-MM-DD. */
export interface PaymentView {
  id: string;
  name: string;
  idempotencyKey: string | null;
  debtor: string;
  date: string;
  amount: string;
  method: string;
  reference: string | null;
  status: PaymentStatus;
  allocated: string;
  unallocated: string;
  journalEntry: string | null;
  reversal: { date: string | null; reason: string | null; journalEntry: string | null } | null;
  allocations: AllocationView[];
}

export interface RecordedPayment {
  payment: PaymentView;
  /** False when the idempotency key had already recorded this payment: nothing was written now. */
  created: boolean;
}

const refuse = (message: string, fields: string[] = []) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);
const conflict = (errorCode: ArErrorCode, message: string, fields: string[] = []) =>
  new EngineError('conflict', [{ errorCode, message, fields }]);
const notFound = (id: string) => EngineError.notFound(`The requested resource does not exist: no Payment with id '${id}'`);

/** The payment's fields as the request names them, so errors from the record's own checks point at the body. */
const BODY_FIELDS: Record<string, string> = {
  lumary__Debtor__c: 'debtor',
  lumary__Payment_Date__c: 'date',
  lumary__Amount__c: 'amount',
  lumary__Method__c: 'method',
  lumary__Reference__c: 'reference',
  lumary__Idempotency_Key__c: 'idempotencyKey',
};

/** Another request recorded a payment with this key first. */
class KeyTaken extends Error {}

/**
 * Payments (libs/lumary-ar/RULES.md#payments): recorded once per idempotency key, posted Dr Bank Account /
 * Cr Debtors Control, allocated to the debtor's open invoices now or later, reversed when
 * dishonoured. Each is one transaction. Locks are always taken in one order - the idempotency
 * key (recording), the payment, the invoices by id, then the journal - the order the invoice
 * core uses too (invoice, then journal), so concurrent payments, credits and reversals wait for
 * each other instead of deadlocking, and every balance is checked after its invoice is locked.
 */
export class PaymentService {
  readonly repository: PaymentRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly invoices: InvoiceService = new InvoiceService(engine),
    private readonly posting: PostingService = invoices.posting,
  ) {
    this.repository = new PaymentRepository(engine);
  }

  /** Licence, then the object permission: `create` to record a payment, `edit` to allocate or reverse one. */
  requireAccess(ctx: RequestContext, need: 'create' | 'edit'): void {
    requireObject(ctx, this.engine.object(AR.payment), need);
  }

  /**
   * Records a payment, or answers the one its key already recorded (created: false) when the
   * details match; a key reused for different details is refused (409).
   */
  async record(ctx: RequestContext, input: NewPayment): Promise<RecordedPayment> {
    this.requireAccess(ctx, 'create');
    const earlier = await inTenant(this.engine.dataSource, ctx, (manager) =>
      this.repository.byKey(manager, ctx.tenantId, input.idempotencyKey),
    );
    if (earlier) return { payment: await this.replay(ctx, earlier.id, input), created: false };
    try {
      const payment = await retryDeadlock(() => inTenant(this.engine.dataSource, ctx, (manager) => this.recordIn(manager, ctx, input)));
      return { payment, created: true };
    } catch (error) {
      if (!(error instanceof KeyTaken)) throw error;
      // A concurrent request with the same key committed first (found after the key's lock, or,
      // failing that, by the unique index): this one wrote nothing; answer with that payment.
      const winner = await inTenant(this.engine.dataSource, ctx, (manager) =>
        this.repository.byKey(manager, ctx.tenantId, input.idempotencyKey),
      );
      if (!winner)
        throw conflict('DUPLICATE_VALUE', 'Another request is recording a payment with this idempotency key: try again.', [
          'idempotencyKey',
        ]);
      return { payment: await this.replay(ctx, winner.id, input), created: false };
    }
  }

  /**
   * Records a payment inside the caller's transaction (bank reconciliation: the statement line
   * and its payment commit together). The caller serialises requests for the same key (the line's
   * lock); a key already used is refused with 409.
   */
  async recordWithin(manager: EntityManager, ctx: RequestContext, input: NewPayment): Promise<PaymentView> {
    this.requireAccess(ctx, 'create');
    try {
      return await this.recordIn(manager, ctx, input);
    } catch (error) {
      if (error instanceof KeyTaken)
        throw conflict('DUPLICATE_VALUE', `The idempotency key '${input.idempotencyKey}' has recorded a payment already.`, [
          'idempotencyKey',
        ]);
      throw error;
    }
  }

  /** Allocates a payment's unallocated credit to invoices of its debtor, dated `date` (default today). */
  async allocate(ctx: RequestContext, paymentId: string, input: LaterAllocation): Promise<PaymentView> {
    this.requireAccess(ctx, 'edit');
    if (!isId(paymentId)) throw notFound(paymentId);
    return retryDeadlock(() => inTenant(this.engine.dataSource, ctx, (manager) => this.allocateWithin(manager, ctx, paymentId, input)));
  }

  /** allocate, inside the caller's transaction. */
  async allocateWithin(manager: EntityManager, ctx: RequestContext, paymentId: string, input: LaterAllocation): Promise<PaymentView> {
    this.requireAccess(ctx, 'edit');
    if (!isId(paymentId)) throw notFound(paymentId);
    const payment = await this.lockedPayment(manager, ctx, paymentId);
    if (payment.status === 'Reversed') throw conflict('INVALID_STATUS', `${payment.name} has been reversed: it has no credit to allocate.`);
    const date = input.date ?? ctx.today.toString();
    if (date < payment.date) throw refuse(`The allocation date ${date} is before ${payment.name}'s date ${payment.date}.`, ['date']);
    const total = sum(input.allocations.map((a) => a.amount));
    if (total.greaterThan(payment.unallocated)) {
      throw conflict(
        'UNALLOCATED_EXCEEDED',
        `${payment.name} has ${formatMoney(payment.unallocated)} unallocated: allocations of ${formatMoney(total)} are more than that.`,
        ['allocations'],
      );
    }
    const invoices = await this.lockInvoices(manager, ctx, payment, input.allocations, date);
    await this.writeAllocations(manager, ctx, payment, input.allocations, date, invoices);
    return this.view(manager, ctx.tenantId, paymentId);
  }

  /**
   * Dishonour: every allocation reversed (its invoice reopens), the payment's posting reversed on
   * `date` (default today; its period must be Open), the payment marked Reversed. Once only.
   */
  async reverse(ctx: RequestContext, paymentId: string, input: Reversal): Promise<PaymentView> {
    this.requireAccess(ctx, 'edit');
    if (!isId(paymentId)) throw notFound(paymentId);
    return retryDeadlock(() =>
      inTenant(this.engine.dataSource, ctx, async (manager) => {
        const payment = await this.lockedPayment(manager, ctx, paymentId);
        if (payment.status === 'Reversed')
          throw conflict('INVALID_STATUS', `${payment.name} was already reversed on ${payment.reversalDate}.`);
        const date = input.date ?? ctx.today.toString();
        if (date < payment.date) throw refuse(`The reversal date ${date} is before ${payment.name}'s date ${payment.date}.`, ['date']);
        const live = (await this.repository.allocations(manager, ctx.tenantId, paymentId)).filter((a) => !a.reversed);
        const late = live.find((a) => a.date > date);
        if (late)
          throw refuse(`The reversal date ${date} is before ${late.name}'s allocation to ${late.invoiceName} on ${late.date}.`, ['date']);
        const invoiceIds = [...new Set(live.map((a) => a.invoice))].sort();
        for (const id of invoiceIds) await this.invoices.repository.load(manager, ctx.tenantId, id, true);

        const entry = await this.posting.reverseIn(
          manager,
          ctx,
          payment.journalEntry!,
          date,
          `Payment ${payment.name} reversed: ${input.reason}`.slice(0, 255),
        );
        const writes = this.engine.within(manager, ctx);
        for (const a of live) await writes.update(AR.allocation, a.id, { lumary__Reversed__c: true, lumary__Reversed_Date__c: date });
        for (const id of invoiceIds) await this.invoices.recalculate(manager, ctx, id);
        await writes.update(AR.payment, paymentId, {
          lumary__Status__c: 'Reversed',
          lumary__Reversal_Date__c: date,
          lumary__Reversal_Reason__c: input.reason,
          lumary__Reversal_Entry__c: entry.id,
          // A dishonoured payment brought no money: nothing allocated, no credit left for the debtor.
          lumary__Allocated__c: formatMoney(ZERO),
          lumary__Unallocated__c: formatMoney(ZERO),
        });
        return this.view(manager, ctx.tenantId, paymentId);
      }),
    );
  }

  /** The payment with its allocations, read inside the caller's transaction. */
  async view(manager: EntityManager, tenantId: string, id: string): Promise<PaymentView> {
    const p = await this.repository.load(manager, tenantId, id);
    if (!p) throw notFound(id);
    const allocations = await this.repository.allocations(manager, tenantId, id);
    return {
      id: p.id,
      name: p.name,
      idempotencyKey: p.idempotencyKey,
      debtor: p.debtor,
      date: p.date,
      amount: formatMoney(p.amount),
      method: p.method,
      reference: p.reference,
      status: p.status,
      allocated: formatMoney(p.allocated),
      unallocated: formatMoney(p.unallocated),
      journalEntry: p.journalEntry,
      reversal: p.status === 'Reversed' ? { date: p.reversalDate, reason: p.reversalReason, journalEntry: p.reversalEntry } : null,
      allocations: allocations.map((a) => ({
        id: a.id,
        name: a.name,
        invoice: a.invoice,
        invoiceName: a.invoiceName,
        amount: formatMoney(a.amount),
        date: a.date,
        reversed: a.reversed,
        reversedDate: a.reversedDate,
      })),
    };
  }

  /** The payment row written and posted, then its allocations, all in the caller's transaction. */
  private async recordIn(manager: EntityManager, ctx: RequestContext, input: NewPayment): Promise<PaymentView> {
    const allocated = sum(input.allocations.map((a) => a.amount));
    if (allocated.greaterThan(input.amount)) {
      throw refuse(`The allocations total ${formatMoney(allocated)}, more than the payment's ${formatMoney(input.amount)}.`, [
        'allocations',
      ]);
    }
    await this.repository.lockKey(manager, ctx.tenantId, input.idempotencyKey);
    if (await this.repository.byKey(manager, ctx.tenantId, input.idempotencyKey)) throw new KeyTaken();
    const writes = this.engine.within(manager, ctx);
    const { id } = await writes
      .create(AR.payment, {
        lumary__Idempotency_Key__c: input.idempotencyKey,
        lumary__Debtor__c: input.debtor,
        lumary__Payment_Date__c: input.date,
        lumary__Amount__c: formatMoney(input.amount),
        lumary__Method__c: input.method,
        lumary__Reference__c: input.reference ?? null,
        lumary__Status__c: 'Received',
        lumary__Allocated__c: formatMoney(ZERO),
        lumary__Unallocated__c: formatMoney(input.amount),
      })
      .catch((error: unknown) => {
        throw keyTakenOrBodyFields(error);
      });
    const payment = (await this.repository.load(manager, ctx.tenantId, id, true))!;
    const invoices = await this.lockInvoices(manager, ctx, payment, input.allocations, payment.date);

    const entry = await this.posting.postIn(manager, ctx, {
      date: payment.date,
      // Not the Reference: a journal reader may not be allowed to read it (field-level security),
      // and the journal would hand it on to them; the payment's number finds it.
      description: `Payment ${payment.name} received (${payment.method})`,
      source: { id, object: AR.payment },
      lines: [
        { account: { control: 'Bank Account' }, debit: payment.amount, credit: ZERO, description: payment.name },
        { account: { control: 'Debtors Control Account' }, debit: ZERO, credit: payment.amount, description: payment.name },
      ],
    });
    await writes.update(AR.payment, id, { lumary__Journal_Entry__c: entry.id });
    if (input.allocations.length) await this.writeAllocations(manager, ctx, payment, input.allocations, payment.date, invoices);
    return this.view(manager, ctx.tenantId, id);
  }

  /**
   * Locks the invoices asked for, in id order, and checks each allocation against what is owed
   * now that no one else can change it: the debtor's own Open or Part Paid invoice, dated on or
   * before the allocation, and no more than its balance (less what earlier items of this
   * request take from it).
   */
  private async lockInvoices(
    manager: EntityManager,
    ctx: RequestContext,
    payment: PaymentRow,
    allocations: AllocationInput[],
    date: string,
  ): Promise<Map<string, InvoiceRow>> {
    const locked = new Map<string, InvoiceRow>();
    for (const id of [...new Set(allocations.map((a) => a.invoice))].sort()) {
      const invoice = await this.invoices.repository.load(manager, ctx.tenantId, id, true);
      if (invoice) locked.set(id, invoice);
    }
    const owing = new Map<string, Money>();
    allocations.forEach((a, i) => {
      const n = i + 1;
      const invoice = locked.get(a.invoice);
      if (!invoice) throw EngineError.notFound(`Allocation ${n}: no Invoice with id '${a.invoice}'.`);
      if (invoice.debtor !== payment.debtor) {
        throw refuse(`Allocation ${n}: ${invoice.name} is owed by another debtor; a payment pays only its own debtor's invoices.`, [
          `allocations[${i}].invoice`,
        ]);
      }
      if (invoice.status === 'Draft' || invoice.status === 'Void') {
        throw refuse(`Allocation ${n}: ${invoice.name} is ${invoice.status}: only an Open or Part Paid invoice takes a payment.`, [
          `allocations[${i}].invoice`,
        ]);
      }
      if (invoice.invoiceDate > date) {
        throw refuse(
          `Allocation ${n}: ${invoice.name} is dated ${invoice.invoiceDate}, after the allocation date ${date}: allocate to it on or after that date.`,
          [`allocations[${i}].invoice`],
        );
      }
      const left = owing.get(a.invoice) ?? invoice.balance;
      if (a.amount.greaterThan(left)) {
        throw conflict(
          'BALANCE_EXCEEDED',
          `Allocation ${n}: ${invoice.name} has a balance of ${formatMoney(left)}${left.equals(invoice.balance) ? '' : ' after the allocations before it'}; ${formatMoney(a.amount)} is more than that.`,
          [`allocations[${i}].amount`],
        );
      }
      owing.set(a.invoice, left.minus(a.amount));
    });
    return locked;
  }

  /** The allocation rows, each invoice's balance and status recomputed, the payment's Allocated and Unallocated moved. */
  private async writeAllocations(
    manager: EntityManager,
    ctx: RequestContext,
    payment: PaymentRow,
    allocations: AllocationInput[],
    date: string,
    invoices: Map<string, InvoiceRow>,
  ) {
    const writes = this.engine.within(manager, ctx);
    for (const a of allocations) {
      await writes.create(AR.allocation, {
        lumary__Payment__c: payment.id,
        lumary__Invoice__c: a.invoice,
        lumary__Amount__c: formatMoney(a.amount),
        lumary__Allocation_Date__c: date,
        lumary__Reversed__c: false,
      });
    }
    for (const id of invoices.keys()) await this.invoices.recalculate(manager, ctx, id);
    const total = sum(allocations.map((a) => a.amount));
    await writes.update(AR.payment, payment.id, {
      lumary__Allocated__c: formatMoney(payment.allocated.plus(total)),
      lumary__Unallocated__c: formatMoney(payment.unallocated.minus(total)),
    });
  }

  /** The payment an earlier request recorded with this key, if this request asks for the same. */
  private replay(ctx: RequestContext, id: string, input: NewPayment): Promise<PaymentView> {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const payment = (await this.repository.load(manager, ctx.tenantId, id))!;
      const differs = difference(payment, await this.repository.allocations(manager, ctx.tenantId, id), input);
      if (differs) {
        throw conflict(
          'DUPLICATE_VALUE',
          `The idempotency key '${input.idempotencyKey}' already recorded ${payment.name} with a different ${differs}: send a new key for a new payment.`,
          ['idempotencyKey'],
        );
      }
      return this.view(manager, ctx.tenantId, id);
    });
  }

  private async lockedPayment(manager: EntityManager, ctx: RequestContext, id: string): Promise<PaymentRow> {
    const payment = await this.repository.load(manager, ctx.tenantId, id, true);
    if (!payment) throw notFound(id);
    return payment;
  }
}

/** What a replayed request asks differently from the payment its key recorded, or undefined. */
function difference(payment: PaymentRow, allocations: AllocationRow[], input: NewPayment): string | undefined {
  if (payment.debtor !== input.debtor) return 'debtor';
  if (payment.date !== input.date) return 'date';
  if (!payment.amount.equals(input.amount)) return `amount (${formatMoney(payment.amount)})`;
  if (payment.method !== input.method) return `method (${payment.method})`;
  if ((payment.reference ?? '') !== (input.reference ?? '')) return 'reference';
  // Only the allocations made with the payment: later ones were asked for separately.
  const asked = input.allocations.map((a) => `${a.invoice} ${formatMoney(a.amount)}`).sort();
  const made = allocations
    .filter((a) => a.withPayment)
    .map((a) => `${a.invoice} ${formatMoney(a.amount)}`)
    .sort();
  if (asked.join() !== made.join()) return 'set of allocations';
  return undefined;
}

function keyTakenOrBodyFields(error: unknown): unknown {
  if (!(error instanceof EngineError)) return error;
  if (error.errors.some((e) => e.errorCode === 'DUPLICATE_VALUE' && (e.fields.includes('lumary__Idempotency_Key__c') || !e.fields.length)))
    return new KeyTaken();
  return new EngineError(
    error.kind,
    error.errors.map((e) => ({ ...e, fields: e.fields.map((f) => BODY_FIELDS[f] ?? f) })),
  );
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again. */
function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.code ?? e?.driverError?.code;
  return code === '40P01' || code === '40001';
}

/** Runs a transaction again (up to 3 times in all) when PostgreSQL chose it as a deadlock's victim. */
async function retryDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3 || !isRetryable(error)) throw error;
    }
  }
}
