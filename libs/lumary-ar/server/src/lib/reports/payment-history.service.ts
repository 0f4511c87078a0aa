import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
import { fieldAccess, fields, type FieldAccess, type Lineage } from '../field-access';
import { isId } from '../journal/journal-entry';
import { formatMoney, money, sum, ZERO } from '../journal/money';
import { PaymentHistoryRepository, type AllocationRow, type PaymentRow } from './payment-history.repository';
import { ReceivablesRepository, type DebtorRef } from './receivables.repository';

export interface PaymentHistoryAllocation {
  id: string;
  invoice: { id: string; name: string };
  amount: string;
  date: string;
  reversed: boolean;
  reversedDate: string | null;
}

export interface PaymentHistoryEntry extends Omit<PaymentRow, 'amount'> {
  amount: string;
  /** Σ allocations still standing. */
  allocated: string;
  /** What is left to allocate: nothing once the payment is reversed. */
  unallocated: string;
  allocations: PaymentHistoryAllocation[];
}

/** A value computed from a field the caller may not read is left out (field-level security: see PAYMENT, ALLOCATION, TOTALS). */
export interface PaymentHistory {
  debtor: DebtorRef;
  payments: Partial<Omit<PaymentHistoryEntry, 'allocations'> & { allocations: Partial<PaymentHistoryAllocation>[] }>[];
  totals: Partial<{ received: string; allocated: string; unallocated: string }>;
}

/** What each value of the history is computed from. */
const PAYMENT_AMOUNT = fields(AR.payment, 'lumary__Amount__c', 'lumary__Status__c');
const ALLOCATED = fields(AR.allocation, 'lumary__Payment__c', 'lumary__Amount__c', 'lumary__Reversed__c');
const PAYMENT: Lineage<keyof PaymentHistoryEntry> = {
  date: fields(AR.payment, 'lumary__Payment_Date__c'),
  method: fields(AR.payment, 'lumary__Method__c'),
  reference: fields(AR.payment, 'lumary__Reference__c'),
  amount: fields(AR.payment, 'lumary__Amount__c'),
  status: fields(AR.payment, 'lumary__Status__c'),
  reversalDate: fields(AR.payment, 'lumary__Reversal_Date__c'),
  reversalReason: fields(AR.payment, 'lumary__Reversal_Reason__c'),
  allocated: ALLOCATED,
  unallocated: [...PAYMENT_AMOUNT, ...ALLOCATED],
  allocations: fields(AR.allocation, 'lumary__Payment__c'),
};
const ALLOCATION: Lineage<keyof PaymentHistoryAllocation> = {
  invoice: fields(AR.allocation, 'lumary__Invoice__c'),
  amount: fields(AR.allocation, 'lumary__Amount__c'),
  date: fields(AR.allocation, 'lumary__Allocation_Date__c'),
  reversed: fields(AR.allocation, 'lumary__Reversed__c'),
  reversedDate: fields(AR.allocation, 'lumary__Reversed_Date__c'),
};
const TOTALS: Lineage<keyof PaymentHistory['totals']> = {
  received: PAYMENT_AMOUNT,
  allocated: [...ALLOCATED, ...fields(AR.payment, 'lumary__Status__c')],
  unallocated: [...PAYMENT_AMOUNT, ...ALLOCATED],
};

const REVERSED = 'Reversed';

/** Every payment of one debtor with its allocations (libs/lumary-ar/RULES.md#payments), newest first. */
export class PaymentHistoryService {
  readonly repository: PaymentHistoryRepository;
  private readonly debtors: ReceivablesRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new PaymentHistoryRepository(engine);
    this.debtors = new ReceivablesRepository(engine);
  }

  async history(ctx: RequestContext, debtorId: string): Promise<PaymentHistory> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    requireObject(ctx, this.engine.object(AR.payment), 'read');
    const notFound = () => EngineError.notFound(`The requested resource does not exist: no Contact or Account with id '${debtorId}'`);
    if (!isId(debtorId)) throw notFound();
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const debtor = await this.debtors.debtor(manager, ctx, debtorId);
      if (!debtor) throw notFound();
      requireObject(ctx, this.engine.object(debtor.type), 'read');
      const allocations = await this.repository.allocations(manager, ctx.tenantId, debtorId);
      const payments = (await this.repository.payments(manager, ctx.tenantId, debtorId)).map((p) =>
        entry(
          p,
          allocations.filter((a) => a.paymentId === p.id),
        ),
      );
      const live = payments.filter((p) => p.status !== REVERSED);
      const totals = {
        received: formatMoney(sum(live.map((p) => money(p.amount)))),
        allocated: formatMoney(sum(live.map((p) => money(p.allocated)))),
        unallocated: formatMoney(sum(live.map((p) => money(p.unallocated)))),
      };
      const can = fieldAccess(ctx, this.engine);
      return { debtor, payments: payments.map((p) => visiblePayment(can, p)), totals: can.visible(totals, TOTALS) };
    });
  }
}

function entry(payment: PaymentRow, allocations: AllocationRow[]): PaymentHistoryEntry {
  const allocated = sum(allocations.filter((a) => !a.reversed).map((a) => money(a.amount)));
  const reversed = payment.status === REVERSED;
  return {
    ...payment,
    amount: formatMoney(money(payment.amount)),
    allocated: formatMoney(allocated),
    unallocated: formatMoney(reversed ? ZERO : money(payment.amount).minus(allocated)),
    allocations: allocations.map((a) => ({
      id: a.id,
      invoice: { id: a.invoiceId, name: a.invoice },
      amount: formatMoney(money(a.amount)),
      date: a.date,
      reversed: a.reversed,
      reversedDate: a.reversedDate,
    })),
  };
}

/** A payment as the caller may see it: its values (PAYMENT) and each allocation's (ALLOCATION). */
function visiblePayment(can: FieldAccess, payment: PaymentHistoryEntry): PaymentHistory['payments'][number] {
  const shown = can.visible(payment, PAYMENT);
  return shown.allocations ? { ...shown, allocations: shown.allocations.map((a) => can.visible(a, ALLOCATION)) } : shown;
}
