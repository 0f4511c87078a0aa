import { LocalDate } from '@js-joda/core';
import { EngineError, inTenant, requireObject, type RecordEngine, type RecordValues, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, type InvoiceStatus } from '../ar-names';
import { isId, type JournalLineInput } from '../journal/journal-entry';
import { formatMoney, sum, ZERO, type Money } from '../journal/money';
import { PostingService, type PostedEntry } from '../journal/posting.service';
import { DebtorDefaults } from './debtor-defaults';
import { shareCredit } from './invoice-math';
import { InvoiceRepository, type InvoiceRow } from './invoice.repository';
import '../ar.errors'; // its error codes (INVALID_STATUS ...)

export interface NewInvoiceLine {
  description: string;
  quantity: string;
  unitPrice: string;
  taxCode?: string;
  glCode?: string;
  costCentre?: string;
  service?: string;
}

export interface NewInvoice {
  client: string;
  /** Who pays; default the client's Default Debtor, else the client. */
  debtor?: string;
  /** Default today. */
  invoiceDate?: string;
  lines: NewInvoiceLine[];
  /** Issue at once (Draft → Open, posted). */
  issue?: boolean;
  billingRun?: string;
}

export const CREDIT_REASONS = ['Service not delivered', 'Pricing error', 'Duplicate invoice', 'Goodwill', 'Write-off', 'Other'] as const;

export interface NewCreditNote {
  date: string;
  amount: Money;
  reason: string;
  notes?: string;
}

export interface InvoiceResult {
  id: string;
  name: string;
  status: InvoiceStatus;
  journalEntry?: PostedEntry;
}

const refuse = (message: string, fields: string[] = []) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);
const conflict = (message: string) => new EngineError('conflict', [{ errorCode: 'INVALID_STATUS', message, fields: [] }]);

/**
 * Invoices from Draft to Open, Part Paid, Paid or Void (libs/lumary-ar/RULES.md#invoices). Every change is
 * one transaction: the invoice's own writes go through the record engine (so history and
 * triggers run) and its journal posting through the PostingService, together or not at all.
 */
export class InvoiceService {
  readonly repository: InvoiceRepository;
  readonly defaults: DebtorDefaults;

  constructor(
    private readonly engine: RecordEngine,
    readonly posting: PostingService = new PostingService(engine),
  ) {
    this.repository = new InvoiceRepository(engine);
    this.defaults = new DebtorDefaults(engine);
  }

  async create(ctx: RequestContext, input: NewInvoice): Promise<InvoiceResult> {
    requireObject(ctx, this.engine.object(AR.invoice), 'create');
    requireObject(ctx, this.engine.object(AR.line), 'create');
    if (input.issue) requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    return inTenant(this.engine.dataSource, ctx, (manager) => this.createIn(manager, ctx, input));
  }

  /** Creates (and optionally issues) an invoice inside the caller's transaction: bill now and billing runs use it. */
  async createIn(manager: EntityManager, ctx: RequestContext, input: NewInvoice): Promise<InvoiceResult> {
    if (!input.lines.length) throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'An invoice needs at least one line.', ['lines']);
    const writes = this.engine.within(manager, ctx);
    const header: RecordValues = {
      lumary__Client__c: input.client,
      lumary__Invoice_Date__c: input.invoiceDate ?? ctx.today.toString(),
      ...(input.debtor ? { lumary__Debtor__c: input.debtor } : {}),
      ...(input.billingRun ? { lumary__Billing_Run__c: input.billingRun } : {}),
    };
    const { id } = await writes.create(AR.invoice, header);
    for (const [i, line] of input.lines.entries()) {
      await writes
        .create(AR.line, {
          lumary__Invoice__c: id,
          lumary__Description__c: line.description,
          lumary__Quantity__c: line.quantity,
          lumary__Unit_Price__c: line.unitPrice,
          lumary__Tax_Code__c: line.taxCode ?? 'GST',
          lumary__GL_Code__c: line.glCode ?? null,
          lumary__Cost_Centre__c: line.costCentre ?? null,
          lumary__Service__c: line.service ?? null,
        })
        .catch((error: unknown) => {
          throw onLine(error, i + 1);
        });
    }
    if (input.issue) return this.issueIn(manager, ctx, id);
    const invoice = (await this.repository.load(manager, ctx.tenantId, id))!;
    return { id, name: invoice.name, status: invoice.status };
  }

  /**
   * A Draft's header and lines replaced by the editor's, in one transaction (and issued with
   * `issue`): the old lines are rewritten in order, extra ones created, the rest deleted, so a
   * refusal anywhere leaves the Draft as it was. Anything but a Draft is refused (409).
   */
  async replaceDraft(ctx: RequestContext, id: string, input: NewInvoice): Promise<InvoiceResult> {
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    for (const action of ['create', 'edit', 'delete'] as const) requireObject(ctx, this.engine.object(AR.line), action);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const invoice = await this.lockedInvoice(manager, ctx, id);
      if (invoice.status !== 'Draft') throw conflict(`${invoice.name} is ${invoice.status}: only a Draft invoice can be edited.`);
      if (!input.lines.length) throw EngineError.invalid('REQUIRED_FIELD_MISSING', 'An invoice needs at least one line.', ['lines']);
      const writes = this.engine.within(manager, ctx);
      const debtor = input.debtor ?? (await this.defaults.debtorOf(manager, ctx.tenantId, input.client)) ?? input.client;
      await writes.update(AR.invoice, id, {
        lumary__Client__c: input.client,
        lumary__Debtor__c: debtor,
        lumary__Invoice_Date__c: input.invoiceDate ?? ctx.today.toString(),
        // Another debtor's invoices use its own template (Debtor Settings), as a new invoice would.
        ...(debtor !== invoice.debtor ? { lumary__Template__c: await this.defaults.template(manager, ctx.tenantId, debtor) } : {}),
      });
      const old = await this.repository.lines(manager, ctx.tenantId, id);
      for (const [i, line] of input.lines.entries()) {
        const values: RecordValues = {
          lumary__Description__c: line.description,
          lumary__Quantity__c: line.quantity,
          lumary__Unit_Price__c: line.unitPrice,
          lumary__Tax_Code__c: line.taxCode ?? 'GST',
          lumary__GL_Code__c: line.glCode ?? null,
          lumary__Cost_Centre__c: line.costCentre ?? null,
          lumary__Service__c: line.service ?? null,
        };
        const write = old[i] ? writes.update(AR.line, old[i].id, values) : writes.create(AR.line, { ...values, lumary__Invoice__c: id });
        await write.catch((error: unknown) => {
          throw onLine(error, i + 1);
        });
      }
      for (const line of old.slice(input.lines.length)) await writes.remove(AR.line, line.id);
      if (input.issue) return this.issueIn(manager, ctx, id);
      const saved = (await this.repository.load(manager, ctx.tenantId, id))!;
      return { id, name: saved.name, status: saved.status };
    });
  }

  async issue(ctx: RequestContext, id: string): Promise<InvoiceResult> {
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    return inTenant(this.engine.dataSource, ctx, (manager) => this.issueIn(manager, ctx, id));
  }

  /**
   * Draft → Open: the Due Date from the debtor's terms, the journal posted in the period holding
   * the Invoice Date (refused, with nothing changed, when there is none or it is Closed).
   */
  async issueIn(manager: EntityManager, ctx: RequestContext, id: string): Promise<InvoiceResult> {
    const invoice = await this.lockedInvoice(manager, ctx, id);
    if (invoice.status !== 'Draft') throw conflict(`${invoice.name} is ${invoice.status}: only a Draft invoice can be issued.`);
    const lines = await this.repository.lines(manager, ctx.tenantId, id);
    if (!lines.length) throw refuse(`${invoice.name} has no lines: add what it bills before issuing it.`, ['lines']);
    const uncoded = lines.find((l) => !l.glCode);
    if (uncoded)
      throw refuse(`Line ${uncoded.name} (${uncoded.description}) has no GL Code: every line needs one to post to the Finance Journal.`, [
        'lumary__GL_Code__c',
      ]);
    const subtotal = sum(lines.map((l) => l.amount));
    const gst = sum(lines.map((l) => l.gst));
    const total = subtotal.plus(gst);
    if (!total.greaterThan(0)) throw refuse(`${invoice.name} totals ${formatMoney(total)}: there is nothing to issue.`);

    const journalLines: JournalLineInput[] = [
      { account: { control: 'Debtors Control Account' }, debit: total, credit: ZERO, description: invoice.name },
      ...lines
        .filter((l) => l.amount.greaterThan(0))
        .map((l) => ({
          account: { id: l.glCode! },
          costCentre: l.costCentre ?? undefined,
          debit: ZERO,
          credit: l.amount,
          description: `${invoice.name}: ${l.description}`.slice(0, 255),
        })),
      ...(gst.greaterThan(0)
        ? [{ account: { control: 'GST Control Account' as const }, debit: ZERO, credit: gst, description: `${invoice.name} GST` }]
        : []),
    ];
    const entry = await this.posting.postIn(manager, ctx, {
      date: invoice.invoiceDate,
      description: `Invoice ${invoice.name} issued`,
      source: { id, object: AR.invoice },
      lines: journalLines,
    });
    await this.recalculate(manager, ctx, id, {
      lumary__Status__c: 'Open',
      lumary__Due_Date__c: await this.defaults.dueDate(manager, ctx.tenantId, invoice.debtor, invoice.invoiceDate),
      lumary__Accounting_Period__c: entry.period.id,
      lumary__Issued_Date__c: ctx.today.toString(),
      lumary__Journal_Entry__c: entry.id,
    });
    return { id, name: invoice.name, status: 'Open', journalEntry: entry };
  }

  /** Void: a Draft at once; an Open invoice with nothing paid or credited by reversing its posting on the void date. */
  async void(ctx: RequestContext, id: string, options: { reason: string; date?: string }): Promise<InvoiceResult> {
    requireObject(ctx, this.engine.object(AR.invoice), 'edit');
    const reason = options.reason;
    const date = options.date ?? ctx.today.toString();
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const invoice = await this.lockedInvoice(manager, ctx, id);
      let entry: PostedEntry | undefined;
      if (invoice.status === 'Open' && invoice.amountPaid.isZero() && invoice.amountCredited.isZero()) {
        if (date < invoice.invoiceDate) throw refuse(`The void date ${date} is before the Invoice Date ${invoice.invoiceDate}.`, ['date']);
        entry = await this.posting.reverseIn(
          manager,
          ctx,
          invoice.journalEntry!,
          date,
          `Invoice ${invoice.name} voided: ${reason}`.slice(0, 255),
        );
      } else if (invoice.status !== 'Draft') {
        throw conflict(
          invoice.status === 'Void'
            ? `${invoice.name} is already Void.`
            : `${invoice.name} is ${invoice.status} with payments or credits against it: only a Draft, or an Open invoice with nothing allocated, can be voided. Credit it instead.`,
        );
      }
      await this.engine
        .within(manager, ctx)
        .update(AR.invoice, id, { lumary__Status__c: 'Void', lumary__Void_Reason__c: reason, lumary__Voided_Date__c: date });
      return { id, name: invoice.name, status: 'Void' as const, ...(entry ? { journalEntry: entry } : {}) };
    });
  }

  /**
   * A credit note (or a write-off) against an issued invoice: its share of each line's amount and
   * GST debited back, Debtors Control credited, the invoice's balance reduced.
   */
  async credit(
    ctx: RequestContext,
    invoiceId: string,
    input: NewCreditNote,
  ): Promise<{ id: string; name: string; invoice: InvoiceResult; journalEntry: PostedEntry }> {
    requireObject(ctx, this.engine.object(AR.creditNote), 'create');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const invoice = await this.lockedInvoice(manager, ctx, invoiceId);
      if (invoice.status !== 'Open' && invoice.status !== 'Part Paid') {
        throw conflict(`${invoice.name} is ${invoice.status}: only an Open or Part Paid invoice can be credited.`);
      }
      if (input.amount.greaterThan(invoice.balance)) {
        throw refuse(
          `The credit of ${formatMoney(input.amount)} is more than ${invoice.name}'s balance of ${formatMoney(invoice.balance)}.`,
          ['amount'],
        );
      }
      if (input.date < invoice.invoiceDate)
        throw refuse(`The credit date ${input.date} is before the Invoice Date ${invoice.invoiceDate}.`, ['date']);
      const lines = await this.repository.lines(manager, ctx.tenantId, invoiceId);
      const shares = shareCredit(input.amount, lines);
      const exGst = sum(shares.map((s) => s.amount));
      const gst = sum(shares.map((s) => s.gst));
      const writes = this.engine.within(manager, ctx);
      const { id } = await writes.create(AR.creditNote, {
        lumary__Invoice__c: invoiceId,
        lumary__Client__c: invoice.client,
        lumary__Debtor__c: invoice.debtor,
        lumary__Credit_Date__c: input.date,
        lumary__Amount__c: formatMoney(input.amount),
        lumary__Reason__c: input.reason,
        lumary__Notes__c: input.notes ?? null,
        lumary__Subtotal__c: formatMoney(exGst),
        lumary__GST__c: formatMoney(gst),
      });
      const note = (await writes.get(AR.creditNote, id))!;
      const name = String(note['Name']);
      const entry = await this.posting.postIn(manager, ctx, {
        date: input.date,
        description: `${input.reason === 'Write-off' ? 'Write-off' : 'Credit note'} ${name} against ${invoice.name}`,
        source: { id, object: AR.creditNote },
        lines: [
          ...shares
            .filter((s) => s.amount.greaterThan(0))
            .map((s) => ({
              account: { id: lines[s.line].glCode! },
              costCentre: lines[s.line].costCentre ?? undefined,
              debit: s.amount,
              credit: ZERO,
              description: `${name}: ${lines[s.line].description}`.slice(0, 255),
            })),
          ...(gst.greaterThan(0)
            ? [{ account: { control: 'GST Control Account' as const }, debit: gst, credit: ZERO, description: `${name} GST` }]
            : []),
          { account: { control: 'Debtors Control Account' }, debit: ZERO, credit: input.amount, description: name },
        ],
      });
      await writes.update(AR.creditNote, id, { lumary__Journal_Entry__c: entry.id });
      const status = await this.recalculate(manager, ctx, invoiceId);
      return { id, name, invoice: { id: invoiceId, name: invoice.name, status }, journalEntry: entry };
    });
  }

  /**
   * Brings an invoice's derived fields in line with its lines, allocations and credit notes:
   * Subtotal, GST, Total, Amount Paid, Amount Credited, Balance, Status and Paid Date. Called by
   * the package whenever one of those children changes, in the same transaction. `also` are
   * other header changes made in the same write (issuing: Status Open, Due Date, posting).
   */
  async recalculate(manager: EntityManager, ctx: RequestContext, invoiceId: string, also: RecordValues = {}): Promise<InvoiceStatus> {
    const invoice = await this.repository.load(manager, ctx.tenantId, invoiceId, true);
    if (!invoice) throw EngineError.notFound(`No invoice with id '${invoiceId}'.`);
    const f = await this.repository.figures(manager, ctx.tenantId, invoiceId);
    const total = f.subtotal.plus(f.gst);
    const balance = total.minus(f.paid).minus(f.credited);
    if (balance.isNegative()) {
      throw new EngineError('conflict', [
        {
          errorCode: 'BALANCE_EXCEEDED',
          message: `${invoice.name} would be overpaid: its total is ${formatMoney(total)} but ${formatMoney(f.paid.plus(f.credited))} is paid or credited.`,
          fields: [],
        },
      ]);
    }
    let status = (also['lumary__Status__c'] as InvoiceStatus | undefined) ?? invoice.status;
    if (status !== 'Draft' && status !== 'Void')
      status = balance.isZero() ? 'Paid' : f.paid.plus(f.credited).isZero() ? 'Open' : 'Part Paid';
    await this.engine.within(manager, ctx).update(AR.invoice, invoiceId, {
      ...also,
      lumary__Subtotal__c: formatMoney(f.subtotal),
      lumary__GST__c: formatMoney(f.gst),
      lumary__Total__c: formatMoney(total),
      lumary__Amount_Paid__c: formatMoney(f.paid),
      lumary__Amount_Credited__c: formatMoney(f.credited),
      lumary__Balance__c: formatMoney(balance),
      lumary__Status__c: status,
      lumary__Paid_Date__c: status === 'Paid' ? f.lastSettled : null,
    });
    return status;
  }

  /** Re-dates the debtor's Open and Part Paid invoices from each one's Invoice Date and the debtor's terms now. */
  async redateOpenInvoices(manager: EntityManager, ctx: RequestContext, debtorId: string): Promise<number> {
    const terms = await this.defaults.paymentTerms(manager, ctx.tenantId, debtorId);
    const writes = this.engine.within(manager, ctx);
    let changed = 0;
    for (const invoice of await this.repository.openInvoicesOf(manager, ctx.tenantId, debtorId)) {
      const due = LocalDate.parse(invoice.invoiceDate).plusDays(terms).toString();
      if (due === invoice.dueDate) continue;
      await writes.update(AR.invoice, invoice.id, { lumary__Due_Date__c: due });
      changed++;
    }
    return changed;
  }

  private async lockedInvoice(manager: EntityManager, ctx: RequestContext, id: string): Promise<InvoiceRow> {
    const invoice = isId(id) ? await this.repository.load(manager, ctx.tenantId, id, true) : undefined;
    if (!invoice) throw EngineError.notFound(`The requested resource does not exist: no Invoice with id '${id}'`);
    return invoice;
  }
}

/** A line's error, said as the line's: the 2nd line is "Line 2: …", its field `lines[1].…` (paths count from 0). */
function onLine(error: unknown, n: number): unknown {
  if (!(error instanceof EngineError)) return error;
  return new EngineError(
    error.kind,
    error.errors.map((e) => ({
      ...e,
      message: `Line ${n}: ${e.message}`,
      fields: e.fields.length ? e.fields.map((f) => `lines[${n - 1}].${f}`) : [`lines[${n - 1}]`],
    })),
  );
}
