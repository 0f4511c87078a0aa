import Decimal from 'decimal.js';
import fc from 'fast-check';
import { LocalDate } from '@js-joda/core';
import type { RunningApi } from '@platform/api';
import { signedInUser, type TestUser } from '@platform/api/testing';
import { caller, ENTITY, invoiceBody, makeDebtors, manualEntry, seedLedger, type Response, type TenantService } from './ar-api';

/**
 * The model-based test of libs/lumary-ar/RULES.md#ledger-integrity over HTTP: random sequences of what users
 * do to the books (issue, void, credit, write off, pay, allocate, reverse a payment, manual
 * entries and their reversal, close and re-open periods, delete a debtor, change its terms,
 * import a bank statement and confirm a suggested match)
 * against the running API, the invariants checked after every command through the API's own
 * reports and, for the per-entry balance, SQL.
 */

const PERIODS = [
  { name: 'January 2027', start: '2027-01-01', end: '2027-01-31' },
  { name: 'February 2027', start: '2027-02-01', end: '2027-02-28' },
  { name: 'March 2027', start: '2027-03-01', end: '2027-03-31' },
];
const MONTH_ENDS = ['2026-12-31', ...PERIODS.map((p) => p.end), '2027-04-30'];
const DOCUMENTS = ['lumary__Invoice__c', 'lumary__Credit_Note__c', 'lumary__Payment__c'];

/** Days from 1 January 2027; some fall after March, where no period covers them. */
const dateOf = (day: number) => LocalDate.of(2027, 1, 1).plusDays(day).toString();
const periodOf = (date: string) => PERIODS.findIndex((p) => p.start <= date && date <= p.end);
const money = (cents: number) => new Decimal(cents).dividedBy(100).toFixed(2);

type DebtorKind = 'client' | 'nominee' | 'account';
interface ModelDebtor {
  id: string;
  kind: DebtorKind;
  deleted: boolean;
  hasSettings: boolean;
}

export interface LedgerModel {
  debtors: ModelDebtor[];
  /** Ids of Contacts and Accounts a document names (as client or debtor): Restrict holds them. */
  named: Set<string>;
  invoices: string[];
  payments: string[];
  /** Imported bank statement lines (their ids), matched or not. */
  bankLines: string[];
  periods: ('Open' | 'Closed')[];
  log: string[];
}

export interface LedgerReal {
  api: RunningApi;
  user: TestUser;
  call: (method: string, path: string, body?: unknown) => Promise<Response>;
  ledger: Awaited<ReturnType<typeof seedLedger>>;
  periodIds: string[];
}

type Cmd = fc.AsyncCommand<LedgerModel, LedgerReal>;

/** Any answer but a 5xx; the commands then say which 2xx or 4xx they expect. */
function answered(response: Response, what: string): Response {
  if (response.status >= 500) throw new Error(`${what} answered ${response.status}: ${response.text}`);
  return response;
}
const ok = (r: Response) => r.status >= 200 && r.status < 300;
function expectStatus(response: Response, expected: number[], what: string): void {
  if (!expected.includes(response.status))
    throw new Error(`${what}: expected ${expected.join(' or ')}, got ${response.status}: ${response.text}`);
}
/** A posting dated `date` is refused unless an Open period covers it. */
const postable = (model: LedgerModel, date: string) => periodOf(date) >= 0 && model.periods[periodOf(date)] === 'Open';
const live = (model: LedgerModel) => model.debtors.filter((d) => !d.deleted);
const pick = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

/** A command whose run is followed by the invariants' check: a broken invariant fails that step. */
abstract class Checked implements Cmd {
  abstract check(m: Readonly<LedgerModel>): boolean;
  abstract act(m: LedgerModel, r: LedgerReal): Promise<void>;
  async run(m: LedgerModel, r: LedgerReal): Promise<void> {
    await this.act(m, r);
    await checkInvariants(r, CHECK_DATES);
  }
}

class CreateInvoice extends Checked {
  constructor(
    readonly client: number,
    readonly debtor: number,
    readonly day: number,
    readonly cents: number,
    readonly gst: boolean,
    readonly issue: boolean,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return live(m).some((d) => d.kind === 'client');
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const client = pick(
      live(m).filter((d) => d.kind === 'client'),
      this.client,
    )!;
    const debtor = pick(live(m), this.debtor)!;
    const date = dateOf(this.day);
    const body = invoiceBody(client.id, date, r.ledger.therapy, [['1', money(this.cents), this.gst ? 'GST' : 'GST_FREE']], {
      issue: this.issue,
      debtor: debtor.id,
    });
    const response = answered(await r.call('POST', '/lumary/invoices', body), String(this));
    expectStatus(response, !this.issue || postable(m, date) ? [201] : [400], String(this));
    if (ok(response)) {
      m.invoices.push(response.body.id);
      m.named.add(client.id).add(debtor.id);
    }
  }
  toString() {
    return `invoice(client ${this.client}, debtor ${this.debtor}, ${dateOf(this.day)}, ${money(this.cents)}${this.gst ? ' +GST' : ''}${this.issue ? ', issued' : ''})`;
  }
}

class IssueInvoice extends Checked {
  constructor(readonly invoice: number) {
    super();
  }
  check(m: LedgerModel) {
    return m.invoices.length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const id = pick(m.invoices, this.invoice)!;
    answered(await r.call('POST', `/lumary/invoices/${id}/issue`, {}), String(this));
  }
  toString() {
    return `issue(invoice ${this.invoice})`;
  }
}

class VoidInvoice extends Checked {
  constructor(
    readonly invoice: number,
    readonly day: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return m.invoices.length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    answered(
      await r.call('POST', `/lumary/invoices/${pick(m.invoices, this.invoice)}/void`, { reason: 'Model', date: dateOf(this.day) }),
      String(this),
    );
  }
  toString() {
    return `void(invoice ${this.invoice}, ${dateOf(this.day)})`;
  }
}

class CreditInvoice extends Checked {
  constructor(
    readonly invoice: number,
    readonly day: number,
    readonly cents: number,
    readonly writeOff: boolean,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return m.invoices.length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const body = { date: dateOf(this.day), amount: money(this.cents), reason: this.writeOff ? 'Write-off' : 'Pricing error' };
    const response = answered(await r.call('POST', `/lumary/invoices/${pick(m.invoices, this.invoice)}/credit-notes`, body), String(this));
    if (ok(response) && !postable(m, body.date)) throw new Error(`${this} was accepted into a period that is not Open`);
  }
  toString() {
    return `${this.writeOff ? 'write-off' : 'credit'}(invoice ${this.invoice}, ${dateOf(this.day)}, ${money(this.cents)})`;
  }
}

class Pay extends Checked {
  constructor(
    readonly debtor: number,
    readonly day: number,
    readonly cents: number,
    readonly invoice: number,
    readonly allocateCents: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return live(m).length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const debtor = pick(live(m), this.debtor)!;
    const invoice = pick(m.invoices, this.invoice);
    const allocations = invoice && this.allocateCents ? [{ invoice, amount: money(Math.min(this.allocateCents, this.cents)) }] : [];
    const date = dateOf(this.day);
    const body = {
      debtor: debtor.id,
      date,
      amount: money(this.cents),
      method: 'EFT',
      allocations,
      idempotencyKey: `model-${m.payments.length}-${Math.random()}`,
    };
    const response = answered(await r.call('POST', '/lumary/payments', body), String(this));
    // A payment outside an Open period is refused; an over-allocation in it may be named first (409).
    if (!postable(m, date)) expectStatus(response, [400, 409], String(this));
    if (ok(response)) {
      m.payments.push(response.body.id);
      m.named.add(debtor.id);
    }
  }
  toString() {
    return `pay(debtor ${this.debtor}, ${dateOf(this.day)}, ${money(this.cents)}, allocating ${money(this.allocateCents)} to invoice ${this.invoice})`;
  }
}

class Allocate extends Checked {
  constructor(
    readonly payment: number,
    readonly invoice: number,
    readonly cents: number,
    readonly day: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return m.payments.length > 0 && m.invoices.length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const body = { allocations: [{ invoice: pick(m.invoices, this.invoice), amount: money(this.cents) }], date: dateOf(this.day) };
    answered(await r.call('POST', `/lumary/payments/${pick(m.payments, this.payment)}/allocations`, body), String(this));
  }
  toString() {
    return `allocate(payment ${this.payment}, invoice ${this.invoice}, ${money(this.cents)}, ${dateOf(this.day)})`;
  }
}

class ReversePayment extends Checked {
  constructor(
    readonly payment: number,
    readonly day: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return m.payments.length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const response = answered(
      await r.call('POST', `/lumary/payments/${pick(m.payments, this.payment)}/reverse`, { date: dateOf(this.day), reason: 'Dishonoured' }),
      String(this),
    );
    if (ok(response) && !postable(m, dateOf(this.day))) throw new Error(`${this} was accepted into a period that is not Open`);
  }
  toString() {
    return `reverse payment(${this.payment}, ${dateOf(this.day)})`;
  }
}

class ManualEntry extends Checked {
  constructor(
    readonly day: number,
    readonly cents: number,
    readonly control: number,
  ) {
    super();
  }
  check(_m: LedgerModel) {
    return true;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const date = dateOf(this.day);
    // One in four tries a control account: always refused, whatever the period.
    const controls = [r.ledger.debtors, r.ledger.bank, r.ledger.gst];
    const credit = this.control < 3 ? controls[this.control] : r.ledger.revenue;
    const response = answered(
      await r.call('POST', '/lumary/journal/entries', manualEntry(date, r.ledger.therapy, credit, money(this.cents))),
      String(this),
    );
    expectStatus(response, this.control < 3 || !postable(m, date) ? [400] : [201], String(this));
  }
  toString() {
    return `manual entry(${dateOf(this.day)}, ${money(this.cents)}${this.control < 3 ? ', to a control account' : ''})`;
  }
}

class ReverseEntry extends Checked {
  constructor(
    readonly entry: number,
    readonly day: number,
  ) {
    super();
  }
  check(_m: LedgerModel) {
    return true;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const entries = (await soql(
      r,
      'SELECT Id, lumary__Entry_Date__c, lumary__Source_Object__c, lumary__Reverses__c FROM lumary__Journal_Entry__c ORDER BY Name',
    )) as Record<string, string | null>[];
    const target = pick(entries, this.entry);
    if (!target) return;
    const date = dateOf(this.day);
    const response = answered(await r.call('POST', `/lumary/journal/entries/${target['Id']}/reverse`, { date }), String(this));
    const reversed = entries.some((e) => e['lumary__Reverses__c'] === target['Id']);
    const expected = DOCUMENTS.includes(target['lumary__Source_Object__c'] ?? '')
      ? 409
      : target['lumary__Reverses__c'] || reversed || date < String(target['lumary__Entry_Date__c']) || !postable(m, date)
        ? 400
        : 201;
    expectStatus(response, [expected], `${this} of ${JSON.stringify(target)}`);
  }
  toString() {
    return `reverse entry(${this.entry}, ${dateOf(this.day)})`;
  }
}

class SetPeriod extends Checked {
  constructor(
    readonly period: number,
    readonly status: 'Open' | 'Closed',
  ) {
    super();
  }
  check(_m: LedgerModel) {
    return true;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const response = answered(
      await r.call('PATCH', `/sobjects/${ENTITY}/${r.periodIds[this.period]}`, { lumary__Status__c: this.status }),
      String(this),
    );
    expectStatus(response, [204], String(this));
    m.periods[this.period] = this.status;
  }
  toString() {
    return `${this.status === 'Open' ? 're-open' : 'close'}(${PERIODS[this.period].name})`;
  }
}

class DeleteDebtor extends Checked {
  constructor(readonly debtor: number) {
    super();
  }
  check(m: LedgerModel) {
    return live(m).length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const debtor = pick(live(m), this.debtor)!;
    const object = debtor.kind === 'account' ? 'Account' : 'Contact';
    const response = answered(await r.call('DELETE', `/sobjects/${object}/${debtor.id}`), String(this));
    const held = m.named.has(debtor.id) || debtor.hasSettings;
    expectStatus(response, held ? [409] : [204], String(this));
    if (held && response.body[0].errorCode !== 'DELETE_FAILED') throw new Error(`${this}: ${response.text}`);
    if (ok(response)) debtor.deleted = true;
  }
  toString() {
    return `delete debtor(${this.debtor})`;
  }
}

class ChangeTerms extends Checked {
  constructor(
    readonly debtor: number,
    readonly days: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return live(m).length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const debtor = pick(live(m), this.debtor)!;
    const settings = (await soql(r, `SELECT Id FROM lumary__Debtor_Settings__c WHERE lumary__Debtor__c = '${debtor.id}'`))[0] as
      | { Id: string }
      | undefined;
    const response = settings
      ? await r.call('PATCH', `/sobjects/lumary__Debtor_Settings__c/${settings.Id}`, { lumary__Payment_Terms__c: this.days })
      : await r.call('POST', '/sobjects/lumary__Debtor_Settings__c', { lumary__Debtor__c: debtor.id, lumary__Payment_Terms__c: this.days });
    expectStatus(answered(response, String(this)), settings ? [204] : [201], String(this));
    debtor.hasSettings = true;
    // Every open invoice of the debtor falls due `days` after its own date (libs/lumary-ar/RULES.md#debtor-settings).
    const open = (await soql(
      r,
      `SELECT Name, lumary__Invoice_Date__c, lumary__Due_Date__c FROM lumary__Invoice__c WHERE lumary__Debtor__c = '${debtor.id}' AND lumary__Status__c IN ('Open', 'Part Paid')`,
    )) as Record<string, string>[];
    for (const invoice of open) {
      const due = LocalDate.parse(invoice['lumary__Invoice_Date__c']).plusDays(this.days).toString();
      if (invoice['lumary__Due_Date__c'] !== due)
        throw new Error(`${this}: ${invoice['Name']} is due ${invoice['lumary__Due_Date__c']}, not ${due}`);
    }
  }
  toString() {
    return `terms(debtor ${this.debtor}, ${this.days} days)`;
  }
}

/**
 * A small bank statement (CSV) for the Operating Bank: a credit of `cents` whose reference names
 * an invoice (or not), and a bank fee. Importing posts nothing.
 */
class ImportStatement extends Checked {
  constructor(
    readonly day: number,
    readonly cents: number,
    readonly invoice: number,
    readonly named: boolean,
  ) {
    super();
  }
  check() {
    return true;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const invoiceId = this.named ? pick(m.invoices, this.invoice) : undefined;
    const invoiceName = invoiceId
      ? String((await soql(r, `SELECT Name FROM lumary__Invoice__c WHERE Id = '${invoiceId}'`))[0]?.['Name'] ?? '')
      : '';
    const date = dateOf(this.day);
    const [y, mo, d] = date.split('-');
    const id = `model-${m.bankLines.length}-${Math.random().toString(36).slice(2, 10)}`;
    const content = [
      'Date,Amount,Description,Reference,Id',
      `${d}/${mo}/${y},${money(this.cents)},MODEL PAYER ${this.invoice % 4},${invoiceName},${id}-in`,
      `${d}/${mo}/${y},-1.50,BANK FEE,,${id}-fee`,
    ].join('\n');
    const mapping = { date: 'Date', amount: 'Amount', description: 'Description', reference: 'Reference', transactionId: 'Id' };
    const response = answered(
      await r.call('POST', `/lumary/bank-accounts/${r.ledger.bank}/statements`, { format: 'csv', content, mapping }),
      String(this),
    );
    expectStatus(response, [201], String(this));
    const lines = await soql(r, `SELECT Id FROM lumary__Bank_Statement_Line__c WHERE lumary__Transaction_Id__c = '${id}-in'`);
    if (lines.length !== 1) throw new Error(`${this}: the credit line was not imported once (${lines.length})`);
    m.bankLines.push(String(lines[0]['Id']));
  }
  toString() {
    return `import statement(${dateOf(this.day)}, ${money(this.cents)}, ${this.named ? `naming invoice ${this.invoice}` : 'no invoice'})`;
  }
}

/**
 * Confirms a bank line's suggestion `suggestion` (or, without one, leaves it on account with a
 * live debtor): the payment is recorded through the PaymentService. Twice is one payment.
 */
class ConfirmMatch extends Checked {
  constructor(
    readonly line: number,
    readonly suggestion: number,
    readonly debtor: number,
  ) {
    super();
  }
  check(m: LedgerModel) {
    return m.bankLines.length > 0 && live(m).length > 0;
  }
  async act(m: LedgerModel, r: LedgerReal) {
    const lineId = pick(m.bankLines, this.line)!;
    const rec = await r.call('GET', `/lumary/bank-accounts/${r.ledger.bank}/reconciliation?limit=1000`);
    expectStatus(rec, [200], String(this));
    const line = (
      rec.body.lines as {
        id: string;
        date: string;
        status: string;
        suggestions: { debtor: string; payment: string | null; allocations: { invoice: string; amount: string }[] }[];
      }[]
    ).find((l) => l.id === lineId);
    if (!line) throw new Error(`${this}: the line is not in the reconciliation`);
    const s = pick(line.suggestions, this.suggestion);
    const debtor = s?.debtor ?? pick(live(m), this.debtor)!.id;
    const body = s?.payment
      ? { payment: s.payment }
      : { debtor, allocations: (s?.allocations ?? []).map((a) => ({ invoice: a.invoice, amount: a.amount })) };
    const response = answered(await r.call('POST', `/lumary/bank-statement-lines/${lineId}/confirm`, body), String(this));
    if (line.status !== 'Unreconciled') {
      expectStatus(response, [200], String(this));
      if (response.body.created) throw new Error(`${this}: a matched line was matched again`);
      return;
    }
    if (ok(response) && !s?.payment && !postable(m, line.date)) throw new Error(`${this} was accepted into a period that is not Open`);
    if (ok(response) && response.body.created && !s?.payment) {
      m.payments.push(response.body.line.payment);
      m.named.add(debtor);
    }
    if (ok(response)) {
      const again = answered(await r.call('POST', `/lumary/bank-statement-lines/${lineId}/confirm`, body), String(this));
      if (again.status !== 200 || again.body.created || again.body.line.payment !== response.body.line.payment)
        throw new Error(`${this}: confirming twice was not idempotent: ${again.text}`);
    }
  }
  toString() {
    return `confirm match(line ${this.line}, suggestion ${this.suggestion}, else debtor ${this.debtor})`;
  }
}

/** Every command of the model, weighted toward the ones that move money. */
export function ledgerCommands(maxCommands: number, replayPath?: string) {
  // Mostly inside the three periods; now and then after them, where nothing may post.
  const day = fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 89 }) },
    { weight: 1, arbitrary: fc.integer({ min: 90, max: 120 }) },
  );
  const cents = fc.integer({ min: 1, max: 500_000 });
  const n = fc.nat(50);
  return fc.commands(
    [
      fc.tuple(n, n, day, cents, fc.boolean(), fc.boolean()).map(([c, d, dy, a, g, i]) => new CreateInvoice(c, d, dy, a, g, i)),
      fc.tuple(n, n, day, cents, fc.boolean(), fc.constant(true)).map(([c, d, dy, a, g, i]) => new CreateInvoice(c, d, dy, a, g, i)),
      n.map((i) => new IssueInvoice(i)),
      fc.tuple(n, day).map(([i, d]) => new VoidInvoice(i, d)),
      fc.tuple(n, day, cents, fc.boolean()).map(([i, d, a, w]) => new CreditInvoice(i, d, a, w)),
      fc.tuple(n, day, cents, n, fc.oneof(fc.constant(0), cents)).map(([d, dy, a, i, al]) => new Pay(d, dy, a, i, al)),
      fc.tuple(n, day, cents, n, cents).map(([d, dy, a, i, al]) => new Pay(d, dy, a, i, al)),
      fc.tuple(n, n, cents, day).map(([p, i, a, d]) => new Allocate(p, i, a, d)),
      fc.tuple(n, day).map(([p, d]) => new ReversePayment(p, d)),
      fc.tuple(day, cents, fc.integer({ min: 0, max: 11 })).map(([d, a, c]) => new ManualEntry(d, a, c)),
      fc.tuple(n, day).map(([e, d]) => new ReverseEntry(e, d)),
      fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('Open' as const, 'Closed' as const)).map(([p, s]) => new SetPeriod(p, s)),
      n.map((d) => new DeleteDebtor(d)),
      fc.tuple(n, fc.integer({ min: 0, max: 90 })).map(([d, t]) => new ChangeTerms(d, t)),
      fc.tuple(day, cents, n, fc.boolean()).map(([d, a, i, named]) => new ImportStatement(d, a, i, named)),
      fc.tuple(n, fc.nat(3), n).map(([l, s, d]) => new ConfirmMatch(l, s, d)),
    ],
    { maxCommands, replayPath, size: 'max' },
  );
}

/** A new tenant for one run: its user (AR management and period re-opening), the small ledger, four debtors. */
export async function newLedgerWorld(api: RunningApi, tenants: TenantService): Promise<{ model: LedgerModel; real: LedgerReal }> {
  const slug = `model-${Math.random().toString(36).slice(2, 10)}`;
  const user = await signedInUser(api, tenants, {
    slug,
    username: `model@${slug}.test`,
    permissionSets: ['lumary__AR_Management', 'lumary__AR_Period_Management'],
  });
  const call = caller(api);
  const ledger = await seedLedger(call, user);
  const make = await makeDebtors(call, user);
  const debtors: ModelDebtor[] = [
    { id: await make.client('Ada'), kind: 'client', deleted: false, hasSettings: false },
    { id: await make.client('Bo'), kind: 'client', deleted: false, hasSettings: false },
    { id: await make.nominee('Cy'), kind: 'nominee', deleted: false, hasSettings: false },
    { id: await make.account('Delta Plans'), kind: 'account', deleted: false, hasSettings: false },
  ];
  return {
    model: { debtors, named: new Set(), invoices: [], payments: [], bankLines: [], periods: PERIODS.map(() => 'Open'), log: [] },
    real: {
      api,
      user,
      call: (method, path, body) => call(user, method, path, body),
      ledger,
      periodIds: [ledger.jan, ledger.feb, ledger.mar],
    },
  };
}

async function soql(r: LedgerReal, q: string): Promise<Record<string, unknown>[]> {
  const response = await r.call('GET', `/query?q=${encodeURIComponent(q)}`);
  if (response.status !== 200) throw new Error(`query failed: ${response.text}`);
  const records = response.body.records as Record<string, unknown>[];
  if (response.body.nextRecordsUrl) throw new Error('query has more pages than the model reads');
  return records;
}

const sum = (values: unknown[]) => values.reduce<Decimal>((total, v) => total.plus(new Decimal(String(v ?? '0'))), new Decimal(0));

/**
 * The invariants of libs/lumary-ar/RULES.md#ledger-integrity: every entry balances (SQL); the trial balance sums to 0 and its Debtors
 * Control equals the aged receivables total at each date; Balance = Total − Paid − Credited ≥ 0
 * on every invoice; and Σ Balance − Σ unallocated credit = Debtors Control after everything.
 */
export async function checkInvariants(r: LedgerReal, dates: string[]): Promise<void> {
  const { owner } = r.api.database;
  const entry = r.api.registry.object('lumary__Journal_Entry__c');
  const line = r.api.registry.object('lumary__Journal_Line__c');
  const col = (field: string) => `"${line?.fields.get(field.toLowerCase())?.column}"`;
  const unbalanced = (await owner.query(
    `SELECT e.id FROM "${entry?.table}" e LEFT JOIN "${line?.table}" l ON l.tenant_id = e.tenant_id AND l.${col('lumary__Journal_Entry__c')} = e.id
      WHERE e.tenant_id = $1 GROUP BY e.id HAVING count(l.id) < 2 OR sum(l.${col('lumary__Debit__c')}) <> sum(l.${col('lumary__Credit__c')})`,
    [r.user.tenantId],
  )) as unknown[];
  if (unbalanced.length) throw new Error(`unbalanced journal entries: ${JSON.stringify(unbalanced)}`);

  let debtorsControlLast = new Decimal(0);
  for (const date of dates) {
    const tb = await r.call('GET', `/lumary/reports/trial-balance?asOf=${date}`);
    const aged = await r.call('GET', `/lumary/reports/aged-receivables?asAt=${date}`);
    if (tb.status !== 200 || aged.status !== 200) throw new Error(`reports failed on ${date}: ${tb.text} ${aged.text}`);
    const debits = sum(tb.body.rows.map((row: Record<string, string>) => row['debit']));
    const credits = sum(tb.body.rows.map((row: Record<string, string>) => row['credit']));
    if (!debits.equals(credits) || tb.body.totals.balance !== '0.00')
      throw new Error(`trial balance on ${date} does not sum to 0: ${JSON.stringify(tb.body.totals)}`);
    const control = tb.body.rows.find((row: Record<string, string>) => row['kind'] === 'Debtors Control Account')?.balance ?? '0.00';
    if (!new Decimal(control).equals(aged.body.totals.total))
      throw new Error(`on ${date} Debtors Control is ${control} but aged receivables total ${aged.body.totals.total}`);
    debtorsControlLast = new Decimal(control);
  }

  const invoices = await soql(
    r,
    'SELECT Name, lumary__Status__c, lumary__Total__c, lumary__Amount_Paid__c, lumary__Amount_Credited__c, lumary__Balance__c FROM lumary__Invoice__c',
  );
  for (const i of invoices) {
    const balance = new Decimal(String(i['lumary__Balance__c']));
    const expected = new Decimal(String(i['lumary__Total__c']))
      .minus(String(i['lumary__Amount_Paid__c'] ?? '0'))
      .minus(String(i['lumary__Amount_Credited__c'] ?? '0'));
    if (!balance.equals(expected) || balance.isNegative())
      throw new Error(`invoice ${i['Name']}: Balance ${balance} ≠ Total − Paid − Credited (${expected}) or below 0`);
  }
  const owing = sum(
    invoices.filter((i) => ['Open', 'Part Paid', 'Paid'].includes(String(i['lumary__Status__c']))).map((i) => i['lumary__Balance__c']),
  );
  const payments = await soql(r, "SELECT lumary__Unallocated__c FROM lumary__Payment__c WHERE lumary__Status__c <> 'Reversed'");
  const unallocated = sum(payments.map((p) => p['lumary__Unallocated__c']));
  const matchedWithout = await soql(
    r,
    "SELECT Name FROM lumary__Bank_Statement_Line__c WHERE lumary__Status__c <> 'Unreconciled' AND lumary__Payment__c = null",
  );
  if (matchedWithout.length) throw new Error(`bank lines matched without a payment: ${JSON.stringify(matchedWithout)}`);
  // The last date is after every posting: the books as they stand.
  if (!owing.minus(unallocated).equals(debtorsControlLast)) {
    throw new Error(`Σ Balance ${owing} − Σ unallocated ${unallocated} ≠ Debtors Control ${debtorsControlLast}`);
  }
}

/** The dates checked after each command (month ends, the last one after every posting), all of them at the end. */
export const CHECK_DATES = ['2027-01-31', '2027-02-28', '2027-12-31'];
export const ALL_DATES = [...MONTH_ENDS, '2027-01-15', '2027-02-14', '2027-03-15', '2027-12-31'];

/** Runs the commands on a fresh world, checking the invariants after each. */
export async function runLedgerModel(api: RunningApi, tenants: TenantService, commands: Iterable<Cmd>): Promise<void> {
  const world = await newLedgerWorld(api, tenants);
  await fc.asyncModelRun(() => world, commands);
  await checkInvariants(world.real, ALL_DATES);
}
