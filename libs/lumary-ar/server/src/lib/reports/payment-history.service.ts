import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR } from '../ar-names';
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

export interface PaymentHistory {
  debtor: DebtorRef;
  payments: PaymentHistoryEntry[];
  totals: { received: string; allocated: string; unallocated: string };
}

const REVERSED = 'Reversed';

/** Every payment of one debtor with its allocations (DOMAIN.md, "Payments"), newest first. */
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
      const payments = (await this.repository.payments(manager, ctx.tenantId, debtorId)).map((p) => entry(p, allocations.filter((a) => a.paymentId === p.id)));
      const live = payments.filter((p) => p.status !== REVERSED);
      return {
        debtor,
        payments,
        totals: {
          received: formatMoney(sum(live.map((p) => money(p.amount)))),
          allocated: formatMoney(sum(live.map((p) => money(p.allocated)))),
          unallocated: formatMoney(sum(live.map((p) => money(p.unallocated)))),
        },
      };
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
    allocations: allocations.map((a) => ({ id: a.id, invoice: { id: a.invoiceId, name: a.invoice }, amount: formatMoney(money(a.amount)), date: a.date, reversed: a.reversed, reversedDate: a.reversedDate })),
  };
}
