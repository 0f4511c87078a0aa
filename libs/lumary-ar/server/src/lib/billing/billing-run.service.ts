import { EngineError, inTenant, requestContext, requireObject, type RecordEngine, type RecordValues, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { fieldAccess, fields, type Lineage, type Visible } from '../field-access';
import { isId, parseDate } from '../journal/journal-entry';
import { SqlTable } from '../sql-table';
import { groupBy, NDIA_MANAGED, planBilling, type BillingUnit } from './billing-plan';
import { ServiceBilling } from './service-billing';
import { ServiceRepository } from './service.repository';

export type BillingRunStatus = 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';

export interface BillingRunInput {
  /** Bill Delivered services dated on or before this day. */
  upTo: string;
  /** The invoices' date (default upTo); claims are dated upTo. */
  invoiceDate: string;
}

/** A run's progress as its record holds it, updated after each debtor. */
export interface BillingRunProgress {
  id: string;
  name: string;
  status: BillingRunStatus;
  upTo: string;
  /** Units of work: each debtor invoiced, and each NDIA-managed client claimed. */
  debtorsTotal: number;
  /** Units finished, failed ones included. */
  debtorsDone: number;
  debtorsFailed: number;
  invoicesCreated: number;
  claimsCreated: number;
  /** Services invoiced or claimed by this run. */
  servicesBilled: number;
  /** One line per failed unit: the debtor's name and why. */
  errors: string[];
  finishedAt: string | null;
}

/** Each value of a run's progress and the Billing Run field it is read from. */
const PROGRESS = {
  status: fields(AR.billingRun, 'lumary__Status__c'),
  upTo: fields(AR.billingRun, 'lumary__Up_To_Date__c'),
  debtorsTotal: fields(AR.billingRun, 'lumary__Debtors_Total__c'),
  debtorsDone: fields(AR.billingRun, 'lumary__Debtors_Done__c'),
  debtorsFailed: fields(AR.billingRun, 'lumary__Debtors_Failed__c'),
  invoicesCreated: fields(AR.billingRun, 'lumary__Invoices_Created__c'),
  claimsCreated: fields(AR.billingRun, 'lumary__Claims_Created__c'),
  servicesBilled: fields(AR.billingRun, 'lumary__Services_Billed__c'),
  errors: fields(AR.billingRun, 'lumary__Errors__c'),
  finishedAt: fields(AR.billingRun, 'lumary__Finished_At__c'),
} satisfies Lineage<keyof BillingRunProgress>;

export interface StartedRun {
  id: string;
  name: string;
  status: BillingRunStatus;
  /** Settles (never rejects) with the run's final progress. */
  done: Promise<BillingRunProgress>;
}

interface Tally {
  debtorsTotal: number;
  debtorsDone: number;
  debtorsFailed: number;
  invoicesCreated: number;
  claimsCreated: number;
  servicesBilled: number;
  errors: string[];
}

const ERRORS_MAX = 32768;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** An error as one line of Errors (its lines are the failed units). */
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');

/** The API's body for a new run, checked for shape. */
export function parseBillingRun(body: unknown): BillingRunInput {
  if (!isObject(body)) throw EngineError.invalid('JSON_PARSER_ERROR', 'Send the billing run as a JSON object: { "upTo": "YYYY-MM-DD" }.');
  const upTo = parseDate(body['upTo'], 'upTo');
  const invoiceDate = body['invoiceDate'] === undefined || body['invoiceDate'] === null ? upTo : parseDate(body['invoiceDate'], 'invoiceDate');
  return { upTo, invoiceDate };
}

/**
 * Billing runs (libs/lumary-ar/RULES.md#billing-runs): every Delivered service up to a date, invoiced per
 * debtor (one invoice per client of that debtor) or, when NDIA-managed, claimed per client. A
 * run works in the background of the API process, one transaction per unit: a failing debtor
 * rolls back alone, is named in Errors, and the run goes on. Each unit re-takes its services
 * locked and still Delivered, so two runs at once never bill a service twice.
 */
export class BillingRunService {
  private readonly repository: ServiceRepository;
  private readonly billing: ServiceBilling;
  private readonly run: SqlTable;

  constructor(
    private readonly engine: RecordEngine,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.repository = new ServiceRepository(engine);
    this.billing = new ServiceBilling(engine);
    this.run = new SqlTable(engine.object(AR.billingRun));
  }

  requireAccess(ctx: RequestContext): void {
    requireObject(ctx, this.engine.object(AR.billingRun), 'create');
    requireObject(ctx, this.engine.object(AR.invoice), 'create');
  }

  /** Records the run (Queued) and starts it; the caller answers at once, or awaits `done`. */
  async start(ctx: RequestContext, input: BillingRunInput): Promise<StartedRun> {
    this.requireAccess(ctx);
    const { id, name } = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const writes = this.engine.within(manager, ctx);
      const created = await writes.create(AR.billingRun, {
        lumary__Up_To_Date__c: input.upTo,
        lumary__Status__c: 'Queued',
        ...this.counters(emptyTally()),
      });
      return { id: created.id, name: String((await writes.get(AR.billingRun, created.id))?.['Name']) };
    });
    const done = this.execute(ctx, id, name, input);
    return { id, name, status: 'Queued', done };
  }

  /** The run's progress, each value over a field the caller may not read left out (field-level security). */
  async progress(ctx: RequestContext, id: string): Promise<Visible<BillingRunProgress, keyof typeof PROGRESS>> {
    requireObject(ctx, this.engine.object(AR.billingRun), 'read');
    const progress = isId(id) ? await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id)) : undefined;
    if (!progress) throw EngineError.notFound(`The requested resource does not exist: no Billing Run with id '${id}'`);
    return fieldAccess(ctx, this.engine).visible(progress, PROGRESS);
  }

  private async execute(ctx: RequestContext, id: string, name: string, input: BillingRunInput): Promise<BillingRunProgress> {
    const tally = emptyTally();
    try {
      const units = await inTenant(this.engine.dataSource, ctx, async (manager) =>
        planBilling(await this.repository.deliveredUpTo(manager, ctx.tenantId, input.upTo, ctx)),
      );
      tally.debtorsTotal = units.length;
      await this.save(ctx, id, { lumary__Status__c: 'Running', ...this.counters(tally) });
      this.log(`Billing run ${name}: ${units.length} debtor(s) to bill, services up to ${input.upTo}.`);
      for (const unit of units) {
        const outcome = await this.bill(ctx, id, unit, input).then(
          (made) => {
            tally.invoicesCreated += made.invoices;
            tally.claimsCreated += made.claims;
            tally.servicesBilled += made.services;
            return `${made.invoices} invoice(s), ${made.claims} claim(s), ${made.services} service(s)`;
          },
          (error: unknown) => {
            tally.debtorsFailed++;
            tally.errors.push(`${unit.label}: ${reason(error)}`);
            return `failed: ${reason(error)}`;
          },
        );
        tally.debtorsDone++;
        await this.save(ctx, id, this.counters(tally));
        this.log(`Billing run ${name}: ${tally.debtorsDone}/${tally.debtorsTotal} ${unit.label}: ${outcome}.`);
      }
      const status: BillingRunStatus = tally.debtorsFailed ? 'Completed with Errors' : 'Completed';
      await this.save(ctx, id, { lumary__Status__c: status, lumary__Finished_At__c: new Date().toISOString() });
      this.log(`Billing run ${name}: ${status}: ${tally.invoicesCreated} invoice(s), ${tally.claimsCreated} claim(s), ${tally.servicesBilled} service(s), ${tally.debtorsFailed} debtor(s) failed.`);
    } catch (error) {
      // Planning or saving progress failed: the run is marked Failed with why (units already billed stay billed).
      this.log(`Billing run ${name} failed: ${reason(error)}`);
      tally.errors.push(`The run stopped: ${reason(error)}`);
      await this.save(ctx, id, { lumary__Status__c: 'Failed', lumary__Finished_At__c: new Date().toISOString(), ...this.counters(tally) }).catch((e: unknown) =>
        this.log(`Billing run ${name}: could not record the failure: ${reason(e)}`),
      );
    }
    // What the record says now; what this process counted when even that cannot be read (the API closing, say).
    const counted: BillingRunProgress = { id, name, status: 'Failed', upTo: input.upTo, ...tally, finishedAt: null };
    return inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id)).then(
      (progress) => progress ?? counted,
      () => counted,
    );
  }

  /** One unit, all or nothing: its services locked and still Delivered, then invoiced per client or claimed. */
  private bill(ctx: RequestContext, runId: string, unit: BillingUnit, input: BillingRunInput): Promise<{ invoices: number; claims: number; services: number }> {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const locked = await this.repository.lockDelivered(manager, ctx.tenantId, unit.services);
      if (unit.kind === 'claim') {
        // Re-funded or re-assigned since the run planned it: left Delivered for the next run.
        const services = locked.filter((s) => s.funding === NDIA_MANAGED && s.client === unit.party);
        if (!services.length) return { invoices: 0, claims: 0, services: 0 };
        await this.billing.claim(manager, ctx, services, { claimDate: input.upTo, billingRun: runId });
        return { invoices: 0, claims: 1, services: services.length };
      }
      const services = locked.filter((s) => s.funding !== NDIA_MANAGED && s.debtor === unit.party);
      let invoices = 0;
      for (const client of groupBy(services, (s) => s.client)) {
        await this.billing.invoice(manager, ctx, client, { invoiceDate: input.invoiceDate, debtor: unit.party, billingRun: runId });
        invoices++;
      }
      return { invoices, claims: 0, services: services.length };
    });
  }

  private counters(t: Tally): RecordValues {
    const errors = t.errors.join('\n');
    return {
      lumary__Debtors_Total__c: t.debtorsTotal,
      lumary__Debtors_Done__c: t.debtorsDone,
      lumary__Debtors_Failed__c: t.debtorsFailed,
      lumary__Invoices_Created__c: t.invoicesCreated,
      lumary__Claims_Created__c: t.claimsCreated,
      lumary__Services_Billed__c: t.servicesBilled,
      lumary__Errors__c: errors ? errors.slice(0, ERRORS_MAX) : null,
    };
  }

  private save(ctx: RequestContext, id: string, values: RecordValues): Promise<void> {
    return inTenant(this.engine.dataSource, ctx, (manager) => this.engine.within(manager, ctx).update(AR.billingRun, id, values));
  }

  private async load(manager: EntityManager, tenantId: string, id: string): Promise<BillingRunProgress | undefined> {
    const r = this.run;
    const count = (field: string, alias: string) => `coalesce(${r.col(field)}, 0)::int AS "${alias}"`;
    const rows = (await manager.query(
      `SELECT id, ${r.col('Name')} AS name, ${r.col('lumary__Status__c')} AS status, ${r.col('lumary__Up_To_Date__c')}::text AS "upTo",
              ${count('lumary__Debtors_Total__c', 'debtorsTotal')}, ${count('lumary__Debtors_Done__c', 'debtorsDone')}, ${count('lumary__Debtors_Failed__c', 'debtorsFailed')},
              ${count('lumary__Invoices_Created__c', 'invoicesCreated')}, ${count('lumary__Claims_Created__c', 'claimsCreated')}, ${count('lumary__Services_Billed__c', 'servicesBilled')},
              ${r.col('lumary__Errors__c')} AS errors, ${r.col('lumary__Finished_At__c')} AS "finishedAt"
         FROM ${r.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    )) as (Omit<BillingRunProgress, 'errors' | 'finishedAt'> & { errors: string | null; finishedAt: Date | string | null })[];
    const row = rows[0];
    if (!row) return undefined;
    const finishedAt = row.finishedAt instanceof Date ? row.finishedAt.toISOString() : row.finishedAt;
    return { ...row, errors: row.errors ? row.errors.split('\n') : [], finishedAt };
  }
}

function emptyTally(): Tally {
  return { debtorsTotal: 0, debtorsDone: 0, debtorsFailed: 0, invoicesCreated: 0, claimsCreated: 0, servicesBilled: 0, errors: [] };
}

/** A run is taken for interrupted when its record has not moved for this long (it moves after every debtor). */
export const STALE_RUN_MINUTES = 5;

/**
 * Billing runs work in the API process that started them. One whose process stopped stays
 * Queued or Running for ever; this marks such runs Failed, saying why, through the engine (so
 * the change is in the run's history). Services it had not reached are still Delivered and go
 * to the next run. `owner` finds the runs across tenants; each is then failed as its tenant.
 */
export async function failInterruptedRuns(engine: RecordEngine, owner: { query(sql: string, params?: unknown[]): Promise<unknown> }, staleMinutes = STALE_RUN_MINUTES): Promise<number> {
  if (!engine.registry.object(AR.billingRun)) return 0;
  const run = new SqlTable(engine.object(AR.billingRun));
  const stale = (await owner.query(
    `SELECT tenant_id AS "tenantId", id, ${run.col('lumary__Errors__c')} AS errors FROM ${run.name}
      WHERE ${run.col('lumary__Status__c')} IN ('Queued', 'Running') AND last_modified_date < now() - make_interval(mins => $1)`,
    [staleMinutes],
  )) as { tenantId: string; id: string; errors: string | null }[];
  for (const r of stale) {
    const ctx = requestContext(r.tenantId, null);
    const note = `The run stopped: the API process working it ended before it finished (no progress for ${staleMinutes} minutes). Services it had not billed are still Delivered; start a new run.`;
    await inTenant(engine.dataSource, ctx, (manager) =>
      engine.within(manager, ctx).update(AR.billingRun, r.id, {
        lumary__Status__c: 'Failed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Errors__c: (r.errors ? `${r.errors}\n${note}` : note).slice(0, ERRORS_MAX),
      }),
    );
  }
  return stale.length;
}
