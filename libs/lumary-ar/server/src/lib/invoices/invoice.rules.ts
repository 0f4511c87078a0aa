import { EngineError, type RecordEngine, type RecordValues, type TriggerEvent } from '@platform/engine';
import { AR } from '../ar-names';
import { isId } from '../journal/journal-entry';
import { formatMoney } from '../journal/money';
import { lineAmounts, type TaxCode } from './invoice-math';
import type { InvoiceService } from './invoice.service';

/** Invoice fields only the package writes: statuses, totals and postings follow from what happened. */
const INVOICE_MAINTAINED = [
  'lumary__Status__c',
  'lumary__Accounting_Period__c',
  'lumary__Subtotal__c',
  'lumary__GST__c',
  'lumary__Total__c',
  'lumary__Amount_Paid__c',
  'lumary__Amount_Credited__c',
  'lumary__Balance__c',
  'lumary__Paid_Date__c',
  'lumary__Issued_Date__c',
  'lumary__Journal_Entry__c',
  'lumary__Voided_Date__c',
  'lumary__Void_Reason__c',
  'lumary__Last_Sent__c',
  'lumary__Billing_Run__c',
];
const LINE_MAINTAINED = ['lumary__Amount__c', 'lumary__GST__c'];
const CREDIT_NOTE_EDITABLE = ['lumary__Notes__c'];

const forbid = (message: string, fields: string[] = []) =>
  new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message, fields }]);
const changed = (record: RecordValues, old: RecordValues | undefined, fields: string[]) =>
  fields.filter((f) => JSON.stringify(record[f] ?? null) !== JSON.stringify(old ? (old[f] ?? null) : null));

/**
 * The invoice core's triggers: what a user may change through the records API (a Draft's header
 * and lines; nothing of an issued invoice), line amounts and GST computed per line, the invoice's
 * totals kept in step with its lines, and open invoices re-dated when a debtor's terms change.
 * The package's own writes (`trusted`) pass the guards: they are how issued invoices change.
 */
export function registerInvoiceRules(engine: RecordEngine, invoices: InvoiceService): void {
  engine.triggers.register(AR.invoice, {
    beforeInsert: async (event) => {
      if (!event.trusted) {
        const set = changed(
          event.record,
          undefined,
          INVOICE_MAINTAINED.filter((f) => f !== 'lumary__Status__c'),
        );
        if (set.length) throw forbid(`These invoice fields are kept by Lumary AR and cannot be set: ${set.join(', ')}.`, set);
        if (event.record['lumary__Status__c'] !== 'Draft')
          throw forbid('A new invoice starts as a Draft; issue it to open it.', ['lumary__Status__c']);
      }
      await fillHeader(invoices, event);
    },
    beforeUpdate: async (event) => {
      if (event.trusted) return;
      const name = String(event.old!['Name']);
      if (event.old!['lumary__Status__c'] !== 'Draft') {
        throw forbid(
          `${name} is ${String(event.old!['lumary__Status__c'])}: an issued invoice changes only through payments, credit notes or voiding.`,
        );
      }
      const set = changed(event.record, event.old, INVOICE_MAINTAINED);
      if (set.length) throw forbid(`These invoice fields are kept by Lumary AR and cannot be changed: ${set.join(', ')}.`, set);
      if (changed(event.record, event.old, ['lumary__Debtor__c', 'lumary__Invoice_Date__c']).length)
        await fillHeader(invoices, event, true);
    },
    beforeDelete: ({ trusted, old }) => {
      if (!trusted && old!['lumary__Status__c'] !== 'Draft') {
        throw new EngineError('conflict', [
          {
            errorCode: 'DELETE_FAILED',
            message: `${String(old!['Name'])} has been issued: void or credit it instead of deleting it.`,
            fields: [],
          },
        ]);
      }
    },
  });

  const lineGuard = async (event: TriggerEvent) => {
    // The line's invoices are locked first, in id order, before the line's own write takes a key
    // share on them: concurrent line writes to one invoice then queue instead of deadlocking when
    // the totals are recalculated (which updates the invoice).
    const ids = [
      ...new Set([event.record['lumary__Invoice__c'], event.old?.['lumary__Invoice__c']].filter((v): v is string => isId(v))),
    ].sort();
    for (const invoiceId of ids) {
      const invoice = await invoices.repository.load(event.manager, event.ctx.tenantId, invoiceId, true);
      if (!event.trusted && invoice && invoice.status !== 'Draft')
        throw forbid(`${invoice.name} is ${invoice.status}: the lines of an issued invoice cannot change.`);
    }
  };
  const computeLine = (event: TriggerEvent) => {
    const r = event.record;
    if (r['lumary__Quantity__c'] == null || r['lumary__Unit_Price__c'] == null) return;
    const amounts = lineAmounts(
      String(r['lumary__Quantity__c']),
      String(r['lumary__Unit_Price__c']),
      (r['lumary__Tax_Code__c'] ?? 'GST') as TaxCode,
    );
    if (!event.trusted) {
      const wrong = LINE_MAINTAINED.filter(
        (f, i) => r[f] != null && r[f] !== (event.old?.[f] ?? null) && r[f] !== formatMoney(i === 0 ? amounts.amount : amounts.gst),
      );
      if (wrong.length)
        throw forbid(`Amount and GST are computed from Quantity, Unit Price and Tax Code; they cannot be set: ${wrong.join(', ')}.`, wrong);
    }
    r['lumary__Amount__c'] = formatMoney(amounts.amount);
    r['lumary__GST__c'] = formatMoney(amounts.gst);
  };
  const totals = async (event: TriggerEvent) => {
    const ids = new Set(
      [event.record?.['lumary__Invoice__c'], event.old?.['lumary__Invoice__c']].filter((v): v is string => typeof v === 'string'),
    );
    for (const id of ids)
      if (await invoices.repository.load(event.manager, event.ctx.tenantId, id)) await invoices.recalculate(event.manager, event.ctx, id);
  };
  engine.triggers.register(AR.line, {
    beforeInsert: async (event) => {
      await lineGuard(event);
      computeLine(event);
    },
    beforeUpdate: async (event) => {
      await lineGuard(event);
      computeLine(event);
    },
    beforeDelete: lineGuard,
    afterInsert: totals,
    afterUpdate: totals,
    afterDelete: totals,
  });

  // Credit notes are made by crediting an invoice (POST /api/lumary/invoices/{id}/credit-notes), which posts them.
  engine.triggers.register(AR.creditNote, {
    beforeInsert: ({ trusted }) => {
      if (!trusted)
        throw forbid('Credit an invoice with POST /api/lumary/invoices/{id}/credit-notes: it posts the credit to the Finance Journal.');
    },
    beforeUpdate: ({ trusted, record, old }) => {
      if (trusted) return;
      const fields = Object.keys(record).filter((f) => !CREDIT_NOTE_EDITABLE.includes(f) && !f.includes('.'));
      const set = changed(record, old, fields).filter((f) => !['Version', 'LastModifiedDate', 'LastModifiedById'].includes(f));
      if (set.length) throw forbid(`A posted credit note cannot change (${set.join(', ')}); only its Notes can.`, set);
    },
    beforeDelete: () => {
      throw new EngineError('conflict', [
        { errorCode: 'DELETE_FAILED', message: 'Credit notes are posted to the Finance Journal and are never deleted.', fields: [] },
      ]);
    },
  });

  // Payment Terms moved: every Open and Part Paid invoice of the debtor is re-dated, in this transaction.
  const redate = async (event: TriggerEvent) => {
    const before = event.old;
    const after = event.record;
    const debtors = new Set<string>();
    const termsChanged =
      JSON.stringify(before?.['lumary__Payment_Terms__c'] ?? null) !== JSON.stringify(after?.['lumary__Payment_Terms__c'] ?? null);
    const debtorChanged = before?.['lumary__Debtor__c'] !== after?.['lumary__Debtor__c'];
    if (!termsChanged && !debtorChanged) return;
    for (const d of [before?.['lumary__Debtor__c'], after?.['lumary__Debtor__c']]) if (typeof d === 'string') debtors.add(d);
    for (const debtor of debtors) await invoices.redateOpenInvoices(event.manager, event.ctx, debtor);
  };
  engine.triggers.register(AR.debtorSettings, {
    afterInsert: redate,
    afterUpdate: redate,
    afterDelete: (event) => redate({ ...event, record: {} }),
  });

  // A delivered service's amount: what billing it will charge, GST included.
  const serviceAmount = (event: TriggerEvent) => {
    const r = event.record;
    if (r['lumary__Quantity__c'] == null || r['lumary__Rate__c'] == null) return;
    const a = lineAmounts(
      String(r['lumary__Quantity__c']),
      String(r['lumary__Rate__c']),
      (r['lumary__Tax_Code__c'] ?? 'GST_FREE') as TaxCode,
    );
    r['lumary__Amount__c'] = formatMoney(a.amount.plus(a.gst));
  };
  engine.triggers.register(AR.service, { beforeInsert: serviceAmount, beforeUpdate: serviceAmount });
}

/** A new or re-pointed invoice: the debtor (the client's default), due date and template. */
async function fillHeader(invoices: InvoiceService, { manager, ctx, record }: TriggerEvent, repoint = false): Promise<void> {
  const client = record['lumary__Client__c'];
  if (typeof client === 'string' && !record['lumary__Debtor__c']) {
    const debtor = await invoices.defaults.debtorOf(manager, ctx.tenantId, client);
    if (debtor) record['lumary__Debtor__c'] = debtor;
  }
  const debtor = record['lumary__Debtor__c'];
  const date = record['lumary__Invoice_Date__c'];
  if (typeof debtor !== 'string') return;
  if (typeof date === 'string' && (repoint || !record['lumary__Due_Date__c']))
    record['lumary__Due_Date__c'] = await invoices.defaults.dueDate(manager, ctx.tenantId, debtor, date);
  if (!record['lumary__Template__c']) record['lumary__Template__c'] = await invoices.defaults.template(manager, ctx.tenantId, debtor);
}
