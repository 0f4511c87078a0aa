import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AR, F, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { shareCredit } from '../invoices/invoice-math';
import { formatMoney, money, sum, ZERO, type Money } from '../journal/money';
import { SqlTable } from '../sql-table';
import { readable } from './aged-receivables.service';

/** One kind of document's part of the BAS figures: its totals incl GST, its GST-free amounts and its GST. */
export interface GstDocuments {
  count: number;
  /** Σ totals including GST. */
  total: string;
  /** Σ GST_FREE line amounts (or their credited shares). */
  gstFree: string;
  /** Σ GST. */
  gst: string;
}

/** The GST summary for the BAS over a period, accrual basis (libs/lumary-ar/RULES.md#analytics). */
export interface GstSummary {
  from: string;
  to: string;
  /** Issued invoices with Invoice Date in the period. */
  invoices: GstDocuments;
  /** Credit notes (and write-offs) with Credit Date in the period. */
  creditNotes: GstDocuments;
  /** Issued invoices voided in the period: the whole sale taken back on the void date. */
  voids: GstDocuments;
  /** G1 total sales including GST = invoices − credit notes − voids. */
  g1: string;
  /** G3 GST-free sales. */
  g3: string;
  /** 1A GST on sales. */
  gst1A: string;
  /** GST Control's movement (credit − debit) from the postings of those invoices and credit notes dated in the period; null when the caller may not read the journal. */
  gstControl: string | null;
  /** 1A − that movement: "0.00" when they agree; shown, never hidden. */
  difference: string | null;
}

const VOID = 'Void';
const GST_CONTROL = 'GST Control Account';

/** The fields the figures are computed from: without them there is no GST summary (403 naming them). */
const SUMMARY_FIELDS = [
  ...fields(
    AR.invoice,
    'lumary__Invoice_Date__c',
    'lumary__Journal_Entry__c',
    'lumary__Status__c',
    'lumary__Voided_Date__c',
    'lumary__Total__c',
    'lumary__GST__c',
  ),
  ...fields(AR.line, 'lumary__Invoice__c', 'lumary__Amount__c', 'lumary__GST__c', 'lumary__Tax_Code__c'),
  ...fields(AR.creditNote, 'lumary__Invoice__c', 'lumary__Credit_Date__c', 'lumary__Amount__c', 'lumary__GST__c'),
];
const JOURNAL_FIELDS = fields(
  JOURNAL_LINE,
  'lumary__Debit__c',
  'lumary__Credit__c',
  'lumary__Line_Date__c',
  'lumary__Account__c',
  'lumary__Source_Object__c',
);

/**
 * The BAS sales figures of a period, on the accrual basis, by invoice and credit note date:
 * G1 = Σ invoice Totals − Σ credit note totals; G3 = Σ GST_FREE line amounts − their credited
 * shares; 1A = Σ invoice GST − Σ credit note GST. An issued invoice voided in the period counts
 * as taken back in full on its void date (its posting is reversed then). 1A is checked against
 * the movement of GST Control from those documents' postings in the period.
 */
export class GstSummaryService {
  private readonly invoice: SqlTable;
  private readonly line: SqlTable;
  private readonly creditNote: SqlTable;
  private readonly journalLine: SqlTable;
  private readonly entity: SqlTable;

  constructor(private readonly engine: RecordEngine) {
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.line = new SqlTable(engine.object(AR.line));
    this.creditNote = new SqlTable(engine.object(AR.creditNote));
    this.journalLine = new SqlTable(engine.object(JOURNAL_LINE));
    this.entity = new SqlTable(engine.object('lumary__Accounting_Entity__c'));
  }

  async summary(ctx: RequestContext, query: { from?: string; to?: string }): Promise<GstSummary> {
    requireObject(ctx, this.engine.object(AR.invoice), 'read');
    requireObject(ctx, this.engine.object(AR.creditNote), 'read');
    const missing = (['from', 'to'] as const).filter((k) => !query[k]);
    if (missing.length)
      throw EngineError.invalid(
        'REQUIRED_FIELD_MISSING',
        `The GST summary needs its period: ${missing.join(' and ')} (YYYY-MM-DD).`,
        missing,
      );
    const from = query.from!;
    const to = query.to!;
    if (to < from) throw EngineError.invalid('FIELD_INTEGRITY_EXCEPTION', `to (${to}) is before from (${from}).`, ['to']);
    const can = fieldAccess(ctx, this.engine);
    can.require(SUMMARY_FIELDS, 'The GST summary');
    const journal = readable(ctx, this.engine, JOURNAL_ENTRY) && can.all(JOURNAL_FIELDS);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const { invoice: i, line: l, creditNote: c } = this;
      const documents = async (where: string) => {
        const [row] = (await manager.query(
          `SELECT count(*)::int AS count, coalesce(sum(i.${i.col('lumary__Total__c')}), 0)::text AS total,
                  coalesce(sum(i.${i.col('lumary__GST__c')}), 0)::text AS gst,
                  coalesce(sum((SELECT sum(l.${l.col('lumary__Amount__c')}) FROM ${l.name} l
                                 WHERE l.tenant_id = i.tenant_id AND l.${l.col('lumary__Invoice__c')} = i.id AND l.${l.col('lumary__Tax_Code__c')} = 'GST_FREE')), 0)::text AS "gstFree"
             FROM ${i.name} i
            WHERE i.tenant_id = $1 AND i.${i.col('lumary__Journal_Entry__c')} IS NOT NULL AND ${where}`,
          [ctx.tenantId, from, to, VOID],
        )) as { count: number; total: string; gst: string; gstFree: string }[];
        return { count: Number(row.count), total: money(row.total), gst: money(row.gst), gstFree: money(row.gstFree) };
      };
      const invoices = await documents(`i.${i.col('lumary__Invoice_Date__c')} BETWEEN $2::date AND $3::date AND $4 <> ''`);
      const voids = await documents(
        `i.${i.col('lumary__Status__c')} = $4 AND i.${i.col('lumary__Voided_Date__c')} BETWEEN $2::date AND $3::date`,
      );
      // A credit note's GST-free part is its share of the invoice's GST_FREE lines, shared as it was when posted.
      const notes = (await manager.query(
        `SELECT c.id, c.${c.col('lumary__Amount__c')}::text AS amount, c.${c.col('lumary__GST__c')}::text AS gst,
                coalesce(json_agg(json_build_object('amount', l.${l.col('lumary__Amount__c')}::text, 'gst', l.${l.col('lumary__GST__c')}::text,
                                                    'taxCode', l.${l.col('lumary__Tax_Code__c')}) ORDER BY l.${l.col('Name')})
                         FILTER (WHERE l.id IS NOT NULL), '[]') AS lines
           FROM ${c.name} c
           LEFT JOIN ${l.name} l ON l.tenant_id = c.tenant_id AND l.${l.col('lumary__Invoice__c')} = c.${c.col('lumary__Invoice__c')}
          WHERE c.tenant_id = $1 AND c.${c.col('lumary__Credit_Date__c')} BETWEEN $2::date AND $3::date
          GROUP BY c.tenant_id, c.id`,
        [ctx.tenantId, from, to],
      )) as { id: string; amount: string; gst: string; lines: string | { amount: string; gst: string; taxCode: string }[] }[];
      let creditFree: Money = ZERO;
      for (const note of notes) {
        const lines = (typeof note.lines === 'string' ? JSON.parse(note.lines) : note.lines) as {
          amount: string;
          gst: string;
          taxCode: string;
        }[];
        const shares = shareCredit(
          money(note.amount),
          lines.map((x) => ({ amount: money(x.amount), gst: money(x.gst) })),
        );
        creditFree = creditFree.plus(sum(shares.filter((s) => lines[s.line].taxCode === 'GST_FREE').map((s) => s.amount)));
      }
      const credits = {
        count: notes.length,
        total: sum(notes.map((n) => money(n.amount))),
        gst: sum(notes.map((n) => money(n.gst))),
        gstFree: creditFree,
      };
      const g1 = invoices.total.minus(credits.total).minus(voids.total);
      const g3 = invoices.gstFree.minus(credits.gstFree).minus(voids.gstFree);
      const gst = invoices.gst.minus(credits.gst).minus(voids.gst);
      const control = journal ? await this.gstControl(manager, ctx.tenantId, from, to) : null;
      const view = (d: { count: number; total: Money; gst: Money; gstFree: Money }): GstDocuments => ({
        count: d.count,
        total: formatMoney(d.total),
        gstFree: formatMoney(d.gstFree),
        gst: formatMoney(d.gst),
      });
      return {
        from,
        to,
        invoices: view(invoices),
        creditNotes: view(credits),
        voids: view(voids),
        g1: formatMoney(g1),
        g3: formatMoney(g3),
        gst1A: formatMoney(gst),
        gstControl: control ? formatMoney(control) : null,
        difference: control ? formatMoney(gst.minus(control)) : null,
      };
    });
  }

  /** GST Control's credit − debit over journal lines dated in the period whose source is an invoice or a credit note. */
  private async gstControl(manager: import('typeorm').EntityManager, tenantId: string, from: string, to: string): Promise<Money> {
    const { journalLine: l, entity: e } = this;
    const [row] = (await manager.query(
      `SELECT coalesce(sum(l.${l.col('lumary__Credit__c')} - l.${l.col('lumary__Debit__c')}), 0)::text AS movement
         FROM ${l.name} l JOIN ${e.name} acc ON acc.tenant_id = l.tenant_id AND acc.id = l.${l.col('lumary__Account__c')}
        WHERE l.tenant_id = $1 AND acc.${e.col(F.controlType)} = $4
          AND l.${l.col('lumary__Line_Date__c')} BETWEEN $2::date AND $3::date
          AND l.${l.col('lumary__Source_Object__c')} IN ($5, $6)`,
      [tenantId, from, to, GST_CONTROL, AR.invoice, AR.creditNote],
    )) as { movement: string }[];
    return money(row?.movement);
  }
}
