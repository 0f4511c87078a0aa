import { createHash } from 'node:crypto';
import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, ENTITY, F } from '../ar-names';
import { fieldAccess } from '../field-access';
import { isId } from '../journal/journal-entry';
import { formatMoney, money, sum, ZERO, type Money } from '../journal/money';
import type { AllocationInput } from '../payments/payment-input';
import { PaymentService } from '../payments/payment.service';
import { SqlTable } from '../sql-table';
import { RecordName } from '../summary/record-name';
import {
  canonicalInvoice,
  invoiceNameCandidates,
  invoiceNumbers,
  payerText,
  suggest,
  type LearntRule,
  type MatchCandidates,
  type OpenInvoice,
  type Suggestion,
  type UnallocatedPayment,
} from './bank-matching';
import {
  FORMAT_LABEL,
  parseStatement,
  StatementFileError,
  type CsvMapping,
  type ParsedLine,
  type StatementFormat,
} from './statement-parsers';

export const BANK = {
  statement: 'lumary__Bank_Statement__c',
  line: 'lumary__Bank_Statement_Line__c',
  rule: 'lumary__Bank_Rule__c',
  mapping: 'lumary__Statement_Csv_Mapping__c',
} as const;

export type LineStatus = 'Unreconciled' | 'Reconciled' | 'On account';

export interface StatementImport {
  format: StatementFormat;
  content: string;
  fileName?: string;
  /** CSV only: the columns; default the mapping saved for the bank account. */
  mapping?: CsvMapping;
  /** CSV only: keep `mapping` as the bank account's mapping. */
  saveMapping?: boolean;
  /** CSV only (OFX and camt.053 state it): the statement's closing balance. */
  closingBalance?: Money;
  /** Answer what would be imported, writing nothing. */
  dryRun?: boolean;
}

export interface ImportedLine {
  sourceLine: number;
  date: string;
  amount: string;
  description: string;
  reference: string;
  transactionId: string | null;
  /** An earlier import (or an earlier line of this file) has it: skipped. */
  duplicate: boolean;
}

export interface ImportResult {
  dryRun: boolean;
  statement: { id: string; name: string } | null;
  format: string;
  statementDate: string | null;
  closingBalance: string | null;
  added: number;
  skipped: number;
  lines: ImportedLine[];
}

export interface StatementLineView {
  id: string;
  name: string;
  statement: string;
  date: string;
  amount: string;
  description: string;
  reference: string;
  transactionId: string | null;
  status: LineStatus;
  payment: string | null;
  paymentName: string | null;
  /** Unreconciled credit lines only: best first. */
  suggestions: Suggestion[];
}

export interface Reconciliation {
  bankAccount: { id: string; name: string; active: boolean };
  mapping: CsvMapping | null;
  statement: { id: string; name: string; date: string | null; closingBalance: string | null } | null;
  /** The bank account's balance in the Finance Journal on the statement's date (today without one). */
  bookBalance: string;
  asAt: string;
  /** Closing balance − book balance; null without a closing balance. */
  difference: string | null;
  unreconciled: number;
  lines: StatementLineView[];
}

export interface MatchPart {
  debtor: string;
  /** Split parts only: this part's share of the line; one part takes the whole line. */
  amount?: Money;
  allocations: AllocationInput[];
}

export interface LineMatch {
  /** An unallocated payment already recorded that this line is (instead of recording one). */
  payment?: string;
  parts: MatchPart[];
}

export interface MatchResult {
  line: StatementLineView;
  /** False when the line was matched already: nothing was written now. */
  created: boolean;
}

export interface BankRuleView {
  id: string;
  name: string;
  pattern: string;
  debtor: string;
  debtorName: string;
  timesConfirmed: number;
  lastConfirmed: string | null;
}

export interface BankAccountView {
  id: string;
  name: string;
  active: boolean;
  unreconciled: number;
}

const refuse = (message: string, fields: string[] = []) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);
const conflict = (errorCode: 'INVALID_STATUS' | 'DUPLICATE_VALUE', message: string, fields: string[] = []) =>
  new EngineError('conflict', [{ errorCode, message, fields }]);

const LINE_FIELDS = [
  'lumary__Transaction_Date__c',
  'lumary__Amount__c',
  'lumary__Description__c',
  'lumary__Reference__c',
  'lumary__Status__c',
].map((f) => `${BANK.line}.${f}` as const);

interface LineRow {
  id: string;
  name: string;
  statement: string;
  bankAccount: string;
  date: string;
  amount: Money;
  description: string;
  reference: string;
  transactionId: string | null;
  status: LineStatus;
  payment: string | null;
  paymentName: string | null;
}

/**
 * Cash in from the bank (DOMAIN.md "Cash in: bank statements and matching"): statement files
 * imported into lines once each, credit lines matched to invoices with suggestions, a match
 * confirmed as payments through the PaymentService in the line's own transaction.
 */
export class BankReconciliationService {
  private readonly statement: SqlTable;
  private readonly line: SqlTable;
  private readonly rule: SqlTable;
  private readonly entity: SqlTable;
  private readonly invoice: SqlTable;
  private readonly payment: SqlTable;
  private readonly journalLine: SqlTable;
  private readonly contact: SqlTable;
  private readonly account: SqlTable;
  private readonly contactName: RecordName;
  private readonly accountName: RecordName;

  constructor(
    private readonly engine: RecordEngine,
    private readonly payments: PaymentService = new PaymentService(engine),
  ) {
    this.statement = new SqlTable(engine.object(BANK.statement));
    this.line = new SqlTable(engine.object(BANK.line));
    this.rule = new SqlTable(engine.object(BANK.rule));
    this.entity = new SqlTable(engine.object(ENTITY));
    this.invoice = new SqlTable(engine.object(AR.invoice));
    this.payment = new SqlTable(engine.object(AR.payment));
    this.journalLine = new SqlTable(engine.object('lumary__Journal_Line__c'));
    this.contact = new SqlTable(engine.object('Contact'));
    this.account = new SqlTable(engine.object('Account'));
    this.contactName = new RecordName(engine.registry, this.contact.object);
    this.accountName = new RecordName(engine.registry, this.account.object);
  }

  /** The tenant's Bank Account control accounts, each with its count of unreconciled lines. */
  async bankAccounts(ctx: RequestContext): Promise<BankAccountView[]> {
    requireObject(ctx, this.engine.object(BANK.line), 'read');
    const e = this.entity;
    const l = this.line;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const rows = (await manager.query(
        `SELECT e.id, e.${e.col('Name')} AS name, e.${e.col(F.active)} AS active,
                (SELECT count(*) FROM ${l.name} l WHERE l.tenant_id = e.tenant_id AND l.${l.col('lumary__Bank_Account__c')} = e.id
                    AND l.${l.col('lumary__Status__c')} = 'Unreconciled')::int AS unreconciled
           FROM ${e.name} e
          WHERE e.tenant_id = $1 AND e.record_type = 'Control_Account' AND e.${e.col(F.controlType)} = 'Bank Account'
          ORDER BY e.${e.col(F.active)} DESC, e.${e.col('Name')}`,
        [ctx.tenantId],
      )) as BankAccountView[];
      return rows.map((r) => ({ ...r, active: !!r.active }));
    });
  }

  /** Saves the bank account's CSV column mapping. */
  async saveMapping(ctx: RequestContext, bankAccountId: string, mapping: CsvMapping): Promise<CsvMapping> {
    requireObject(ctx, this.engine.object(ENTITY), 'edit');
    fieldAccess(ctx, this.engine).requireEdit(`${ENTITY}.${BANK.mapping}`, 'Saving the CSV mapping');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      await this.bankAccount(manager, ctx, bankAccountId);
      await this.engine.within(manager, ctx).update(ENTITY, bankAccountId, { [BANK.mapping]: JSON.stringify(mapping) });
      return mapping;
    });
  }

  /**
   * Imports a statement file: parsed by its format's library, each line keyed (the bank's
   * transaction id, else a hash of date, amount, description and position that day) and only
   * lines with a new key added, all in one transaction. A malformed file writes nothing and is
   * refused naming its line.
   */
  async importStatement(ctx: RequestContext, bankAccountId: string, input: StatementImport): Promise<ImportResult> {
    requireObject(ctx, this.engine.object(BANK.statement), 'create');
    requireObject(ctx, this.engine.object(BANK.line), 'create');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const bank = await this.bankAccount(manager, ctx, bankAccountId);
      let mapping = input.mapping;
      if (input.format === 'csv' && !mapping && bank.mapping) mapping = bank.mapping;
      if (input.format === 'csv' && !mapping)
        throw refuse(`${bank.name} has no saved CSV mapping: send the mapping (which column holds the date, amount, description...).`, [
          'mapping',
        ]);
      let parsed;
      try {
        parsed = await parseStatement(input.format, input.content, mapping);
      } catch (error) {
        if (error instanceof StatementFileError)
          throw refuse(`The ${FORMAT_LABEL[input.format]} file is refused: ${error.message}${/[.)]$/.test(error.message) ? '' : '.'}`, [
            'content',
          ]);
        throw error;
      }
      if (input.format === 'csv' && input.closingBalance) parsed.closingBalance = input.closingBalance;
      // One import per bank account at a time: a concurrent re-import would not see this one's keys.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumary.bank-import:' || $1 || ':' || $2))`, [
        ctx.tenantId,
        bankAccountId,
      ]);
      const keys = importKeys(parsed.lines);
      const l = this.line;
      const existing = new Set(
        (
          (await manager.query(
            `SELECT ${l.col('lumary__Dedupe_Key__c')} AS key FROM ${l.name}
              WHERE tenant_id = $1 AND ${l.col('lumary__Bank_Account__c')} = $2 AND ${l.col('lumary__Dedupe_Key__c')} = ANY($3::text[])`,
            [ctx.tenantId, bankAccountId, keys],
          )) as { key: string }[]
        ).map((r) => r.key),
      );
      const lines: ImportedLine[] = parsed.lines.map((line, i) => {
        const duplicate = existing.has(keys[i]);
        existing.add(keys[i]);
        return {
          sourceLine: line.sourceLine,
          date: line.date,
          amount: formatMoney(line.amount),
          description: line.description,
          reference: line.reference,
          transactionId: line.transactionId,
          duplicate,
        };
      });
      const added = lines.filter((x) => !x.duplicate).length;
      const result: ImportResult = {
        dryRun: !!input.dryRun,
        statement: null,
        format: FORMAT_LABEL[input.format],
        statementDate: parsed.statementDate,
        closingBalance: parsed.closingBalance ? formatMoney(parsed.closingBalance) : null,
        added,
        skipped: lines.length - added,
        lines,
      };
      if (input.dryRun) return result;
      const writes = this.engine.within(manager, ctx);
      const { id } = await writes.create(BANK.statement, {
        lumary__Bank_Account__c: bankAccountId,
        lumary__Format__c: FORMAT_LABEL[input.format],
        lumary__File_Name__c: input.fileName?.slice(0, 255) ?? null,
        lumary__Statement_Date__c: parsed.statementDate,
        lumary__Closing_Balance__c: parsed.closingBalance ? formatMoney(parsed.closingBalance) : null,
        lumary__Lines_Added__c: added,
        lumary__Lines_Skipped__c: lines.length - added,
      });
      for (const [i, line] of parsed.lines.entries()) {
        if (lines[i].duplicate) continue;
        await writes.create(BANK.line, {
          lumary__Statement__c: id,
          lumary__Bank_Account__c: bankAccountId,
          lumary__Transaction_Date__c: line.date,
          lumary__Amount__c: formatMoney(line.amount),
          lumary__Description__c: line.description || null,
          lumary__Reference__c: line.reference || null,
          lumary__Transaction_Id__c: line.transactionId,
          lumary__Dedupe_Key__c: keys[i],
          lumary__Status__c: 'Unreconciled',
        });
      }
      if (input.format === 'csv' && input.saveMapping && input.mapping) {
        fieldAccess(ctx, this.engine).requireEdit(`${ENTITY}.${BANK.mapping}`, 'Saving the CSV mapping');
        await writes.update(ENTITY, bankAccountId, { [BANK.mapping]: JSON.stringify(input.mapping) });
      }
      const s = this.statement;
      const [named] = (await manager.query(`SELECT ${s.col('Name')} AS name FROM ${s.name} WHERE tenant_id = $1 AND id = $2`, [
        ctx.tenantId,
        id,
      ])) as { name: string }[];
      return { ...result, statement: { id, name: named.name } };
    });
  }

  /**
   * The bank account's lines (unreconciled first, then newest), each unreconciled credit with
   * its suggestions; the latest statement's closing balance against the bank account's balance
   * in the Finance Journal on that date.
   */
  async reconciliation(ctx: RequestContext, bankAccountId: string, options: { status?: LineStatus; limit?: number } = {}) {
    requireObject(ctx, this.engine.object(BANK.line), 'read');
    const can = fieldAccess(ctx, this.engine);
    can.require(LINE_FIELDS, 'The reconciliation');
    return inTenant(this.engine.dataSource, ctx, async (manager): Promise<Reconciliation> => {
      const bank = await this.bankAccount(manager, ctx, bankAccountId);
      const s = this.statement;
      const [latest] = (await manager.query(
        `SELECT id, ${s.col('Name')} AS name, ${s.col('lumary__Statement_Date__c')}::text AS date, ${s.col('lumary__Closing_Balance__c')}::text AS "closingBalance"
           FROM ${s.name} WHERE tenant_id = $1 AND ${s.col('lumary__Bank_Account__c')} = $2
          ORDER BY ${s.col('lumary__Statement_Date__c')} DESC NULLS LAST, ${s.col('Name')} DESC LIMIT 1`,
        [ctx.tenantId, bankAccountId],
      )) as { id: string; name: string; date: string | null; closingBalance: string | null }[];
      const asAt = latest?.date ?? ctx.today.toString();
      const book = await this.bookBalance(manager, ctx.tenantId, bankAccountId, asAt);
      const lines = await this.lines(manager, ctx.tenantId, 'l.' + this.line.col('lumary__Bank_Account__c') + ' = $2', [bankAccountId], {
        status: options.status,
        limit: Math.min(options.limit ?? 200, 1000),
      });
      const withSuggestions = can.all([`${AR.invoice}.lumary__Balance__c`, `${AR.payment}.lumary__Unallocated__c`]);
      const suggestions = withSuggestions ? await this.suggestions(manager, ctx, lines) : new Map<string, Suggestion[]>();
      const [{ count }] = (await manager.query(
        `SELECT count(*)::int AS count FROM ${this.line.name} WHERE tenant_id = $1 AND ${this.line.col('lumary__Bank_Account__c')} = $2 AND ${this.line.col('lumary__Status__c')} = 'Unreconciled'`,
        [ctx.tenantId, bankAccountId],
      )) as { count: number }[];
      return {
        bankAccount: { id: bank.id, name: bank.name, active: bank.active },
        mapping: bank.mapping,
        statement: latest
          ? {
              id: latest.id,
              name: latest.name,
              date: latest.date,
              closingBalance: latest.closingBalance ? formatMoney(money(latest.closingBalance)) : null,
            }
          : null,
        bookBalance: formatMoney(book),
        asAt,
        difference: latest?.closingBalance ? formatMoney(money(latest.closingBalance).minus(book)) : null,
        unreconciled: count,
        lines: lines.map((line) => view(line, suggestions.get(line.id) ?? [])),
      };
    });
  }

  /**
   * Suggestions for every unreconciled line of the bank account at once (the bench's 10,000-line
   * statement): how many lines, how many got a suggestion, and the best suggestion's kinds.
   */
  async suggestAll(
    ctx: RequestContext,
    bankAccountId: string,
  ): Promise<{ lines: number; suggested: number; byKind: Record<string, number> }> {
    requireObject(ctx, this.engine.object(BANK.line), 'read');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      await this.bankAccount(manager, ctx, bankAccountId);
      const lines = await this.lines(manager, ctx.tenantId, `l.${this.line.col('lumary__Bank_Account__c')} = $2`, [bankAccountId], {
        status: 'Unreconciled',
      });
      const suggestions = await this.suggestions(manager, ctx, lines);
      const byKind: Record<string, number> = {};
      for (const found of suggestions.values()) if (found[0]) byKind[found[0].kind] = (byKind[found[0].kind] ?? 0) + 1;
      return { lines: lines.length, suggested: [...suggestions.values()].filter((s) => s.length).length, byKind };
    });
  }

  /** Suggestions for many lines at once: a handful of queries for the whole batch (the bench's 10,000 lines). */
  private async suggestions(manager: EntityManager, ctx: RequestContext, lines: LineRow[]): Promise<Map<string, Suggestion[]>> {
    const credits = lines.filter((l) => l.status === 'Unreconciled' && l.amount.greaterThan(0));
    const out = new Map<string, Suggestion[]>();
    if (!credits.length) return out;
    const tenantId = ctx.tenantId;
    const numbers = [...new Set(credits.flatMap((l) => invoiceNumbers(`${l.description} ${l.reference}`)))];
    const amounts = [...new Set(credits.map((l) => formatMoney(l.amount)))];
    const byNumber = new Map<string, OpenInvoice>();
    if (numbers.length) {
      const names = numbers.flatMap(invoiceNameCandidates);
      for (const i of await this.openInvoices(manager, ctx, `i.${this.invoice.col('Name')} = ANY($2::text[])`, [names]))
        byNumber.set(canonicalInvoice(i.name), i);
    }
    const rules = await this.rules(manager, ctx);
    const padded = credits.map((l) => ` ${normalText(`${l.description} ${l.reference}`)} `);
    const ruleDebtors = rules.filter((r) => padded.some((t) => t.includes(` ${r.pattern} `))).map((r) => r.debtor);
    const debtors = [...new Set([...ruleDebtors, ...[...byNumber.values()].map((i) => i.debtor)])];
    const byDebtor = new Map<string, OpenInvoice[]>();
    if (debtors.length) {
      const i = this.invoice;
      for (const inv of await this.openInvoices(manager, ctx, `i.${i.col('lumary__Debtor__c')} = ANY($2::uuid[])`, [debtors], 200))
        byDebtor.set(inv.debtor, [...(byDebtor.get(inv.debtor) ?? []), inv]);
    }
    const byBalance = new Map<string, { invoices: OpenInvoice[]; count: number }>();
    const i = this.invoice;
    const balanceRows = (await manager.query(
      `SELECT b.id, b.amount, b.n FROM (
         SELECT i.id, i.${i.col('lumary__Balance__c')}::text AS amount,
                row_number() OVER (PARTITION BY i.${i.col('lumary__Balance__c')} ORDER BY i.${i.col('lumary__Invoice_Date__c')}, i.${i.col('Name')}) AS rank,
                count(*) OVER (PARTITION BY i.${i.col('lumary__Balance__c')})::int AS n
           FROM ${i.name} i
          WHERE i.tenant_id = $1 AND i.${i.col('lumary__Status__c')} IN ('Open', 'Part Paid') AND i.${i.col('lumary__Balance__c')} = ANY($2::numeric[])) b
        WHERE b.rank <= 3`,
      [tenantId, amounts],
    )) as { id: string; amount: string; n: number }[];
    if (balanceRows.length) {
      const found = new Map(
        (await this.openInvoices(manager, ctx, `i.id = ANY($2::uuid[])`, [balanceRows.map((r) => r.id)])).map((x) => [x.id, x]),
      );
      for (const r of balanceRows) {
        const key = formatMoney(money(r.amount));
        const entry = byBalance.get(key) ?? { invoices: [], count: r.n };
        const inv = found.get(r.id);
        if (inv) entry.invoices.push(inv);
        byBalance.set(key, entry);
      }
    }
    const unallocated = new Map<string, UnallocatedPayment[]>();
    const p = this.payment;
    const l = this.line;
    const paymentRows = (await manager.query(
      `SELECT p.id, p.${p.col('Name')} AS name, p.${p.col('lumary__Debtor__c')} AS debtor, p.${p.col('lumary__Unallocated__c')}::text AS unallocated,
              ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM ${p.name} p
         LEFT JOIN ${this.contact.name} dc ON dc.tenant_id = p.tenant_id AND dc.id = p.${p.col('lumary__Debtor__c')}
         LEFT JOIN ${this.account.name} da ON da.tenant_id = p.tenant_id AND da.id = p.${p.col('lumary__Debtor__c')}
        WHERE p.tenant_id = $1 AND p.${p.col('lumary__Status__c')} = 'Received' AND p.${p.col('lumary__Unallocated__c')} = ANY($2::numeric[])
          AND p.${p.col('lumary__Amount__c')} = p.${p.col('lumary__Unallocated__c')}
          AND NOT EXISTS (SELECT 1 FROM ${l.name} l WHERE l.tenant_id = p.tenant_id AND l.${l.col('lumary__Payment__c')} = p.id)
        ORDER BY p.${p.col('lumary__Payment_Date__c')}, p.${p.col('Name')} LIMIT 500`,
      [tenantId, amounts],
    )) as Record<string, string>[];
    for (const r of paymentRows) {
      const key = formatMoney(money(r['unallocated']));
      const list = unallocated.get(key) ?? [];
      if (list.length < 3)
        list.push({
          id: r['id'],
          name: r['name'],
          debtor: r['debtor'],
          debtorName: this.debtorName(r, ctx),
          unallocated: money(r['unallocated']),
        });
      unallocated.set(key, list);
    }
    const candidates: MatchCandidates = { byNumber, byBalance, byDebtor, rules, unallocated };
    for (const line of credits) out.set(line.id, suggest(line, candidates));
    return out;
  }

  /**
   * Confirms a match: each part recorded as a payment of its debtor dated the line's date,
   * allocated as asked (what is not allocated is the debtor's unallocated credit), or an
   * unallocated payment already recorded taken as the line; the line Reconciled (On account
   * when nothing is allocated) in the same transaction. Idempotent by the line: a line matched
   * already answers as it is (created: false). A single-debtor match teaches a rule.
   */
  async match(ctx: RequestContext, lineId: string, input: LineMatch): Promise<MatchResult> {
    requireObject(ctx, this.engine.object(BANK.line), 'edit');
    this.payments.requireAccess(ctx, input.payment ? 'edit' : 'create');
    if (!isId(lineId)) throw notFound(lineId);
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const l = this.line;
      const [locked] = (await manager.query(`SELECT id FROM ${l.name} WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
        ctx.tenantId,
        lineId,
      ])) as { id: string }[];
      if (!locked) throw notFound(lineId);
      const [line] = await this.lines(manager, ctx.tenantId, 'l.id = $2', [lineId], {});
      if (line.status !== 'Unreconciled') return { line: view(line, []), created: false };
      if (!line.amount.greaterThan(0))
        throw conflict(
          'INVALID_STATUS',
          `${line.name} is money out (${formatMoney(line.amount)}): only a credit line is matched to a payment.`,
        );
      const bank = await this.bankAccount(manager, ctx, line.bankAccount);
      if (!bank.active)
        throw conflict(
          'INVALID_STATUS',
          `${bank.name} is not the active Bank Account: payments post to the active one, so its lines cannot be matched.`,
        );
      const writes = this.engine.within(manager, ctx);
      let first: string;
      let count = 0;
      let allocated = ZERO;
      if (input.payment) {
        const existing = await this.payments.repository.load(manager, ctx.tenantId, input.payment, true);
        if (!existing) throw EngineError.notFound(`No Payment with id '${input.payment}'.`);
        if (existing.status !== 'Received' || !existing.unallocated.equals(line.amount) || !existing.amount.equals(line.amount))
          throw conflict(
            'INVALID_STATUS',
            `${existing.name} is not an unallocated payment of ${formatMoney(line.amount)}: it cannot be ${line.name}.`,
            ['payment'],
          );
        const [taken] = (await manager.query(
          `SELECT ${l.col('Name')} AS name FROM ${l.name} WHERE tenant_id = $1 AND ${l.col('lumary__Payment__c')} = $2`,
          [ctx.tenantId, existing.id],
        )) as { name: string }[];
        if (taken) throw conflict('INVALID_STATUS', `${existing.name} is matched to ${taken.name} already.`, ['payment']);
        const allocations = input.parts[0]?.allocations ?? [];
        if (allocations.length) await this.payments.allocateWithin(manager, ctx, existing.id, { allocations, date: line.date });
        allocated = sum(allocations.map((a) => a.amount));
        first = existing.id;
        count = 1;
      } else {
        if (!input.parts.length) throw refuse('Give the debtor who paid (one part), or the parts of a split.', ['parts']);
        const amounts = input.parts.map((part, i) => {
          if (input.parts.length === 1) return part.amount ?? line.amount;
          if (!part.amount) throw refuse(`Part ${i + 1}: give its amount: a split line's parts share its amount.`, [`parts[${i}].amount`]);
          return part.amount;
        });
        const total = sum(amounts);
        if (!total.equals(line.amount))
          throw refuse(
            `The parts total ${formatMoney(total)}, not the line's ${formatMoney(line.amount)}: a line is matched in full.`,
            input.parts.length === 1 ? ['amount'] : ['parts'],
          );
        const ids: string[] = [];
        for (const [i, part] of input.parts.entries()) {
          const payment = await this.payments.recordWithin(manager, ctx, {
            idempotencyKey: `bank-line:${line.id}:${i + 1}`,
            debtor: part.debtor,
            date: line.date,
            amount: amounts[i],
            method: 'EFT',
            reference: (line.reference || line.description || line.name).slice(0, 255),
            allocations: part.allocations,
          });
          ids.push(payment.id);
          allocated = allocated.plus(sum(part.allocations.map((a) => a.amount)));
        }
        first = ids[0];
        count = ids.length;
      }
      await writes.update(BANK.line, line.id, {
        // On account: a new payment of the debtor with nothing allocated (unallocated credit).
        lumary__Status__c: input.payment || allocated.greaterThan(0) ? 'Reconciled' : 'On account',
        lumary__Payment__c: first,
        lumary__Payments_Count__c: count,
      });
      const debtors = new Set(input.parts.map((p) => p.debtor));
      if (!input.payment && debtors.size === 1) await this.learn(manager, ctx, line, input.parts[0].debtor);
      const [after] = await this.lines(manager, ctx.tenantId, 'l.id = $2', [lineId], {});
      return { line: view(after, []), created: true };
    });
  }

  /** The learnt rules, each with its debtor's name. */
  async listRules(ctx: RequestContext): Promise<BankRuleView[]> {
    requireObject(ctx, this.engine.object(BANK.rule), 'read');
    return inTenant(this.engine.dataSource, ctx, (manager) => this.rules(manager, ctx, true) as Promise<BankRuleView[]>);
  }

  /** Removes a learnt rule: its payer text suggests no one any more. */
  async removeRule(ctx: RequestContext, id: string): Promise<void> {
    requireObject(ctx, this.engine.object(BANK.rule), 'delete');
    if (!isId(id)) throw EngineError.notFound(`No Bank Rule with id '${id}'.`);
    await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const [found] = (await manager.query(`SELECT id FROM ${this.rule.name} WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, id])) as {
        id: string;
      }[];
      if (!found) throw EngineError.notFound(`No Bank Rule with id '${id}'.`);
      await this.engine.within(manager, ctx).remove(BANK.rule, id);
    });
  }

  private async learn(manager: EntityManager, ctx: RequestContext, line: LineRow, debtor: string) {
    const pattern = payerText(line.description) || payerText(line.reference);
    if (!pattern) return;
    const r = this.rule;
    const [had] = (await manager.query(
      `SELECT id, ${r.col('lumary__Times_Confirmed__c')} AS times FROM ${r.name} WHERE tenant_id = $1 AND ${r.col('lumary__Pattern__c')} = $2 FOR UPDATE`,
      [ctx.tenantId, pattern],
    )) as { id: string; times: string | null }[];
    const writes = this.engine.within(manager, ctx);
    if (had) {
      await writes.update(BANK.rule, had.id, {
        lumary__Debtor__c: debtor,
        lumary__Times_Confirmed__c: Number(had.times ?? 0) + 1,
        lumary__Last_Confirmed__c: line.date,
      });
    } else {
      await writes.create(BANK.rule, {
        lumary__Pattern__c: pattern,
        lumary__Debtor__c: debtor,
        lumary__Times_Confirmed__c: 1,
        lumary__Last_Confirmed__c: line.date,
      });
    }
  }

  private async rules(manager: EntityManager, ctx: RequestContext, full = false): Promise<(LearntRule & Partial<BankRuleView>)[]> {
    const r = this.rule;
    const rows = (await manager.query(
      `SELECT r.id, r.${r.col('Name')} AS name, r.${r.col('lumary__Pattern__c')} AS pattern, r.${r.col('lumary__Debtor__c')} AS debtor,
              r.${r.col('lumary__Times_Confirmed__c')} AS times, r.${r.col('lumary__Last_Confirmed__c')}::text AS last,
              ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
         FROM ${r.name} r
         LEFT JOIN ${this.contact.name} dc ON dc.tenant_id = r.tenant_id AND dc.id = r.${r.col('lumary__Debtor__c')}
         LEFT JOIN ${this.account.name} da ON da.tenant_id = r.tenant_id AND da.id = r.${r.col('lumary__Debtor__c')}
        WHERE r.tenant_id = $1 ORDER BY r.${r.col('lumary__Pattern__c')}`,
      [ctx.tenantId],
    )) as Record<string, string>[];
    return rows.map((row) => ({
      id: row['id'],
      name: row['name'],
      pattern: row['pattern'],
      debtor: row['debtor'],
      debtorName: this.debtorName(row, ctx),
      ...(full ? { timesConfirmed: Number(row['times'] ?? 0), lastConfirmed: row['last'] ?? null } : {}),
    }));
  }

  private debtorName(row: Record<string, unknown>, ctx: RequestContext): string {
    return this.contactName.read(row, 'dc', ctx) ?? this.accountName.read(row, 'da', ctx) ?? '';
  }

  private async openInvoices(manager: EntityManager, ctx: RequestContext, where: string, params: unknown[], perDebtor?: number) {
    const i = this.invoice;
    const rows = (await manager.query(
      `SELECT * FROM (
         SELECT i.id, i.${i.col('Name')} AS name, i.${i.col('lumary__Debtor__c')} AS debtor, i.${i.col('lumary__Invoice_Date__c')}::text AS "invoiceDate",
                i.${i.col('lumary__Balance__c')}::text AS balance,
                row_number() OVER (PARTITION BY i.${i.col('lumary__Debtor__c')} ORDER BY i.${i.col('lumary__Invoice_Date__c')}, i.${i.col('Name')}) AS rank,
                ${this.contactName.select('dc', 'dc')}, ${this.accountName.select('da', 'da')}
           FROM ${i.name} i
           LEFT JOIN ${this.contact.name} dc ON dc.tenant_id = i.tenant_id AND dc.id = i.${i.col('lumary__Debtor__c')}
           LEFT JOIN ${this.account.name} da ON da.tenant_id = i.tenant_id AND da.id = i.${i.col('lumary__Debtor__c')}
          WHERE i.tenant_id = $1 AND i.${i.col('lumary__Status__c')} IN ('Open', 'Part Paid') AND ${where}) x
        ${perDebtor ? `WHERE x.rank <= ${perDebtor}` : ''}
        ORDER BY x."invoiceDate", x.name`,
      [ctx.tenantId, ...params],
    )) as Record<string, string>[];
    const clock = ctx;
    return rows.map(
      (r): OpenInvoice => ({
        id: r['id'],
        name: r['name'],
        debtor: r['debtor'],
        debtorName: this.contactName.read(r, 'dc', clock) ?? this.accountName.read(r, 'da', clock) ?? '',
        invoiceDate: r['invoiceDate'],
        balance: money(r['balance']),
      }),
    );
  }

  private async bookBalance(manager: EntityManager, tenantId: string, bankAccountId: string, asAt: string): Promise<Money> {
    const j = this.journalLine;
    const [row] = (await manager.query(
      `SELECT coalesce(sum(${j.col('lumary__Debit__c')}), 0)::text AS debit, coalesce(sum(${j.col('lumary__Credit__c')}), 0)::text AS credit
         FROM ${j.name} WHERE tenant_id = $1 AND ${j.col('lumary__Account__c')} = $2 AND ${j.col('lumary__Line_Date__c')} <= $3::date`,
      [tenantId, bankAccountId, asAt],
    )) as { debit: string; credit: string }[];
    return money(row.debit).minus(money(row.credit));
  }

  private async bankAccount(manager: EntityManager, ctx: RequestContext, id: string) {
    if (!isId(id)) throw EngineError.notFound(`No Bank Account with id '${id}'.`);
    const e = this.entity;
    const [row] = (await manager.query(
      `SELECT id, ${e.col('Name')} AS name, record_type AS "recordType", ${e.col(F.controlType)} AS "controlType", ${e.col(F.active)} AS active,
              ${e.col(BANK.mapping)} AS mapping
         FROM ${e.name} WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenantId, id],
    )) as { id: string; name: string; recordType: string; controlType: string | null; active: boolean; mapping: string | null }[];
    if (!row) throw EngineError.notFound(`No Bank Account with id '${id}'.`);
    if (row.recordType !== 'Control_Account' || row.controlType !== 'Bank Account')
      throw refuse(`${row.name} is not a Bank Account (a Control Account of type Bank Account).`, ['id']);
    let mapping: CsvMapping | null = null;
    try {
      mapping = row.mapping ? (JSON.parse(row.mapping) as CsvMapping) : null;
    } catch {
      mapping = null;
    }
    return { id: row.id, name: row.name, active: !!row.active, mapping };
  }

  private async lines(
    manager: EntityManager,
    tenantId: string,
    where: string,
    params: unknown[],
    options: { status?: LineStatus; limit?: number },
  ): Promise<LineRow[]> {
    const l = this.line;
    const p = this.payment;
    const status = options.status ? ` AND l.${l.col('lumary__Status__c')} = '${options.status.replace(/'/g, '')}'` : '';
    const rows = (await manager.query(
      `SELECT l.id, l.${l.col('Name')} AS name, l.${l.col('lumary__Statement__c')} AS statement, l.${l.col('lumary__Bank_Account__c')} AS "bankAccount",
              l.${l.col('lumary__Transaction_Date__c')}::text AS date, l.${l.col('lumary__Amount__c')}::text AS amount,
              coalesce(l.${l.col('lumary__Description__c')}, '') AS description, coalesce(l.${l.col('lumary__Reference__c')}, '') AS reference,
              l.${l.col('lumary__Transaction_Id__c')} AS "transactionId", l.${l.col('lumary__Status__c')} AS status,
              l.${l.col('lumary__Payment__c')} AS payment, p.${p.col('Name')} AS "paymentName"
         FROM ${l.name} l
         LEFT JOIN ${p.name} p ON p.tenant_id = l.tenant_id AND p.id = l.${l.col('lumary__Payment__c')}
        WHERE l.tenant_id = $1 AND ${where}${status}
        ORDER BY (l.${l.col('lumary__Status__c')} = 'Unreconciled') DESC, l.${l.col('lumary__Transaction_Date__c')} DESC, l.${l.col('Name')} DESC
        ${options.limit ? `LIMIT ${Math.trunc(options.limit)}` : ''}`,
      [tenantId, ...params],
    )) as (Omit<LineRow, 'amount'> & { amount: string })[];
    return rows.map((r) => ({ ...r, amount: money(r.amount) }));
  }
}

function view(line: LineRow, suggestions: Suggestion[]): StatementLineView {
  return {
    id: line.id,
    name: line.name,
    statement: line.statement,
    date: line.date,
    amount: formatMoney(line.amount),
    description: line.description,
    reference: line.reference,
    transactionId: line.transactionId,
    status: line.status,
    payment: line.payment,
    paymentName: line.paymentName,
    suggestions,
  };
}

const notFound = (id: string) => EngineError.notFound(`No Bank Statement Line with id '${id}'.`);

const normalText = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Each line's import key: the bank's transaction id when it has one, else a hash of its date,
 * amount, description and its position among the file's lines of that day.
 */
export function importKeys(lines: ParsedLine[]): string[] {
  const positions = new Map<string, number>();
  return lines.map((line) => {
    if (line.transactionId) {
      return line.transactionId.length <= 98
        ? `t:${line.transactionId}`
        : `t:${createHash('sha256').update(line.transactionId).digest('hex')}`;
    }
    const position = (positions.get(line.date) ?? 0) + 1;
    positions.set(line.date, position);
    const hash = createHash('sha256')
      .update([line.date, formatMoney(line.amount), line.description, String(position)].join('|'))
      .digest('hex');
    return `h:${hash}`;
  });
}
