import type { RecordEngine, RequestContext } from '@platform/engine';
import { AR, JOURNAL_ENTRY } from './ar-names';
import { fieldAccess, fields, type FieldAccess, type Lineage } from './field-access';
import type { InvoiceResult } from './invoices/invoice.service';
import type { PostedEntry } from './journal/posting.service';
import type { AllocationView, PaymentView } from './payments/payment.service';

/**
 * The answers of the package's writes (an invoice created, issued, voided or credited; a payment
 * recorded, allocated or reversed) as the caller may read them: a value over a field they may not
 * read is left out, as the package's reads leave it out (field-level security, see FieldAccess).
 */
const POSTED: Lineage<keyof PostedEntry> = {
  total: fields(JOURNAL_ENTRY, 'lumary__Total__c'),
  date: fields(JOURNAL_ENTRY, 'lumary__Entry_Date__c'),
};
const INVOICE: Lineage<keyof InvoiceResult> = { status: fields(AR.invoice, 'lumary__Status__c') };
const PAYMENT: Lineage<keyof PaymentView> = {
  debtor: fields(AR.payment, 'lumary__Debtor__c'),
  date: fields(AR.payment, 'lumary__Payment_Date__c'),
  amount: fields(AR.payment, 'lumary__Amount__c'),
  method: fields(AR.payment, 'lumary__Method__c'),
  reference: fields(AR.payment, 'lumary__Reference__c'),
  status: fields(AR.payment, 'lumary__Status__c'),
  allocated: fields(AR.allocation, 'lumary__Amount__c', 'lumary__Reversed__c'),
  unallocated: [
    ...fields(AR.payment, 'lumary__Amount__c', 'lumary__Status__c'),
    ...fields(AR.allocation, 'lumary__Amount__c', 'lumary__Reversed__c'),
  ],
  reversal: fields(AR.payment, 'lumary__Reversal_Date__c', 'lumary__Reversal_Reason__c'),
};
const ALLOCATION: Lineage<keyof AllocationView> = {
  amount: fields(AR.allocation, 'lumary__Amount__c'),
  date: fields(AR.allocation, 'lumary__Allocation_Date__c'),
  reversed: fields(AR.allocation, 'lumary__Reversed__c'),
  reversedDate: fields(AR.allocation, 'lumary__Reversed_Date__c'),
};

/** What the write answers of one request may show: `invoice(...)`, `payment(...)`, `posted(...)`. */
export class VisibleAnswers {
  private readonly can: FieldAccess;

  constructor(ctx: RequestContext, engine: RecordEngine) {
    this.can = fieldAccess(ctx, engine);
  }

  posted(entry: PostedEntry) {
    return this.can.visible(entry, POSTED);
  }

  invoice(result: InvoiceResult) {
    const shown = this.can.visible(result, INVOICE);
    return shown.journalEntry ? { ...shown, journalEntry: this.posted(shown.journalEntry) } : shown;
  }

  payment(view: PaymentView) {
    const shown = this.can.visible(view, PAYMENT);
    return { ...shown, allocations: (shown.allocations ?? []).map((a) => this.can.visible(a, ALLOCATION)) };
  }
}
