import {
  EngineError,
  inTenant,
  requestContext,
  requireObject,
  type RecordEngine,
  type RecordValues,
  type RequestContext,
} from '@platform/engine';
import type { JobSender, RunningJob } from '@platform/jobs';
import type { EntityManager } from 'typeorm';
import { AR } from '../ar-names';
import { fieldAccess, fields, type Lineage, type Visible } from '../field-access';
import { CLAIM_BATCH_JOB, type ClaimBatchJob } from '../job-types';
import { isId } from '../journal/journal-entry';
import { formatMoney, money, sum } from '../journal/money';
import { SqlTable } from '../sql-table';
import { bulkCsv, ROWS_PER_FILE, rowProblems, rowValues, type ClaimRowData, type Provider } from './claim-row';
import { ClaimPostings } from './claim-postings';
import { ServiceRepository } from './service.repository';

export const CLAIM_BATCH = 'lumary__Claim_Batch__c';
export const CLAIM_BATCH_FILE = 'lumary__Claim_Batch_File__c';

export type ClaimBatchStatus = 'Queued' | 'Running' | 'Completed' | 'Completed with Errors' | 'Failed';

export interface ClaimBatchFailure {
  claim: string;
  claimId: string;
  reason: string;
}

export interface ClaimBatchProgress {
  id: string;
  name: string;
  status: ClaimBatchStatus;
  upTo: string;
  claimsTotal: number;
  claimsDone: number;
  claimsSubmitted: number;
  claimsFailed: number;
  files: number;
  amount: string;
  /** Each claim that failed validation, with why; it stayed Open. */
  failures: ClaimBatchFailure[];
  finishedAt: string | null;
}

const PROGRESS = {
  status: fields(CLAIM_BATCH, 'lumary__Status__c'),
  upTo: fields(CLAIM_BATCH, 'lumary__Up_To_Date__c'),
  claimsTotal: fields(CLAIM_BATCH, 'lumary__Claims_Total__c'),
  claimsDone: fields(CLAIM_BATCH, 'lumary__Claims_Done__c'),
  claimsSubmitted: fields(CLAIM_BATCH, 'lumary__Claims_Submitted__c'),
  claimsFailed: fields(CLAIM_BATCH, 'lumary__Claims_Failed__c'),
  files: fields(CLAIM_BATCH, 'lumary__Files__c'),
  amount: fields(CLAIM_BATCH, 'lumary__Amount__c'),
  failures: fields(CLAIM_BATCH, 'lumary__Failures__c'),
  finishedAt: fields(CLAIM_BATCH, 'lumary__Finished_At__c'),
} satisfies Lineage<keyof ClaimBatchProgress>;

/** What a file download reads: the stored file, whose rows carry the clients' NDIS numbers. */
const FILE_FIELDS = [
  ...fields(CLAIM_BATCH_FILE, 'lumary__File_Number__c', 'lumary__Part__c', 'lumary__Content__c'),
  ...fields('Contact', 'lumary__NDIS_Number__c'),
];
/** A Long Text Area holds at most this many characters: a file is stored in parts of it. */
const PART_CHARS = 131072;
const FAILURES_MAX = 32768;
/** Progress is saved after this many claims. */
const PROGRESS_EVERY = 50;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');

interface BatchClaim extends ClaimRowData {
  id: string;
  status: string;
  batch: string | null;
}

/**
 * Claim batches (DOMAIN.md "NDIA claiming"): the Open claims up to a date, each row validated;
 * a valid claim is Submitted with the batch (its submission posted, one transaction per claim),
 * a failing one stays Open with why. Then the rows of the batch's claims are written as bulk
 * payment request files of at most 5,000 rows, stored so they download again byte for byte.
 * Worked as a job (CLAIM_BATCH_JOB); a retried job resumes: claims already Submitted with the
 * batch stay so and are in its files.
 */
export class ClaimBatchService {
  private readonly batch: SqlTable;
  private readonly file: SqlTable;
  private readonly claim: SqlTable;
  private readonly service: SqlTable;
  private readonly contact: SqlTable;
  private readonly settings: SqlTable;
  private readonly postings: ClaimPostings;
  private readonly repository: ServiceRepository;

  constructor(
    private readonly engine: RecordEngine,
    private readonly log: (message: string) => void = () => undefined,
    private readonly jobs?: JobSender,
  ) {
    this.batch = new SqlTable(engine.object(CLAIM_BATCH));
    this.file = new SqlTable(engine.object(CLAIM_BATCH_FILE));
    this.claim = new SqlTable(engine.object(AR.claim));
    this.service = new SqlTable(engine.object(AR.service));
    this.contact = new SqlTable(engine.object('Contact'));
    this.settings = new SqlTable(engine.object(AR.settings));
    this.postings = new ClaimPostings(engine);
    this.repository = new ServiceRepository(engine);
  }

  requireAccess(ctx: RequestContext): void {
    requireObject(ctx, this.engine.object(CLAIM_BATCH), 'create');
    requireObject(ctx, this.engine.object(AR.claim), 'edit');
  }

  async start(
    ctx: RequestContext,
    input: { upTo: string; submitDate?: string },
  ): Promise<{ id: string; name: string; status: ClaimBatchStatus }> {
    this.requireAccess(ctx);
    const jobs = this.jobs;
    if (!jobs) throw new Error('Claim batches need the job queue: construct ClaimBatchService with one.');
    const { id, name } = await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const writes = this.engine.within(manager, ctx);
      const created = await writes.create(CLAIM_BATCH, {
        lumary__Up_To_Date__c: input.upTo,
        lumary__Status__c: 'Queued',
        lumary__Claims_Total__c: 0,
        lumary__Claims_Done__c: 0,
        lumary__Claims_Submitted__c: 0,
        lumary__Claims_Failed__c: 0,
        lumary__Files__c: 0,
        lumary__Amount__c: '0.00',
      });
      return { id: created.id, name: String((await writes.get(CLAIM_BATCH, created.id))?.['Name']) };
    });
    const job: ClaimBatchJob = {
      tenantId: ctx.tenantId,
      userId: ctx.userId,
      timeZone: ctx.timeZone,
      batchId: id,
      upTo: input.upTo,
      submitDate: input.submitDate ?? input.upTo,
    };
    try {
      await jobs.send(CLAIM_BATCH_JOB, job, { key: id });
    } catch (error) {
      await this.save(ctx, id, {
        lumary__Status__c: 'Failed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Failures__c: `The batch could not be queued: ${reasonOf(error)}`,
      });
      throw error;
    }
    return { id, name, status: 'Queued' };
  }

  async finished(ctx: RequestContext, id: string, pollMs = 100) {
    for (;;) {
      const progress = await this.progress(ctx, id);
      if (progress.status !== 'Queued' && progress.status !== 'Running') return progress;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  async progress(ctx: RequestContext, id: string): Promise<Visible<ClaimBatchProgress, keyof typeof PROGRESS>> {
    requireObject(ctx, this.engine.object(CLAIM_BATCH), 'read');
    const progress = isId(id) ? await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id)) : undefined;
    if (!progress) throw EngineError.notFound(`The requested resource does not exist: no Claim Batch with id '${id}'`);
    return fieldAccess(ctx, this.engine).visible(progress, PROGRESS);
  }

  /** File `n` (from 1) of a batch, exactly as exported. */
  async download(ctx: RequestContext, id: string, n: number): Promise<{ fileName: string; content: string }> {
    requireObject(ctx, this.engine.object(CLAIM_BATCH), 'read');
    requireObject(ctx, this.engine.object(CLAIM_BATCH_FILE), 'read');
    fieldAccess(ctx, this.engine).require(FILE_FIELDS, 'A claim batch file');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const batch = isId(id) ? await this.load(manager, ctx.tenantId, id) : undefined;
      if (!batch) throw EngineError.notFound(`The requested resource does not exist: no Claim Batch with id '${id}'`);
      const f = this.file;
      const parts = (await manager.query(
        `SELECT ${f.col('lumary__Content__c')} AS content FROM ${f.name}
          WHERE tenant_id = $1 AND ${f.col('lumary__Claim_Batch__c')} = $2 AND ${f.col('lumary__File_Number__c')} = $3
          ORDER BY ${f.col('lumary__Part__c')}`,
        [ctx.tenantId, id, n],
      )) as { content: string }[];
      if (!parts.length)
        throw EngineError.notFound(`The requested resource does not exist: ${batch.name} has ${batch.files} file(s), not a file ${n}.`);
      return { fileName: `${batch.name}-${n}.csv`, content: parts.map((p) => p.content).join('') };
    });
  }

  async work(job: RunningJob<ClaimBatchJob>): Promise<ClaimBatchProgress | undefined> {
    const { tenantId, userId, timeZone, batchId } = job.data;
    const ctx = requestContext(tenantId, userId, timeZone);
    const record = await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, tenantId, batchId));
    if (!record) {
      this.log(`Claim batch job ${job.id}: no batch ${batchId} in tenant ${tenantId}; nothing to do.`);
      return undefined;
    }
    if (record.status !== 'Queued' && record.status !== 'Running') return record;
    return this.execute(ctx, record, job);
  }

  async giveUp(data: ClaimBatchJob, error: string): Promise<void> {
    const ctx = requestContext(data.tenantId, data.userId, data.timeZone);
    await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const record = await this.load(manager, data.tenantId, data.batchId);
      if (!record || (record.status !== 'Queued' && record.status !== 'Running')) return;
      await this.engine.within(manager, ctx).update(CLAIM_BATCH, data.batchId, {
        lumary__Status__c: 'Failed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Failures__c: `The batch stopped: ${error.replace(/\s*\n\s*/g, ' ')}. Claims it had not submitted are still Open.`.slice(
          0,
          FAILURES_MAX,
        ),
      });
    });
  }

  private async execute(ctx: RequestContext, record: ClaimBatchProgress, job: RunningJob<ClaimBatchJob>): Promise<ClaimBatchProgress> {
    const { id, name } = record;
    const { upTo, submitDate } = job.data;
    const claims = await inTenant(this.engine.dataSource, ctx, (manager) => this.candidates(manager, ctx.tenantId, upTo, id));
    const provider = await inTenant(this.engine.dataSource, ctx, (manager) => this.provider(manager, ctx.tenantId));
    const failures: ClaimBatchFailure[] = [];
    let done = 0;
    let submitted = claims.filter((c) => c.batch === id && c.status === 'Submitted').length;
    const total = claims.length;
    await this.save(ctx, id, { lumary__Status__c: 'Running', lumary__Claims_Total__c: total });
    this.log(`Claim batch ${name}: ${total} claim(s) up to ${upTo}.`);
    for (const claim of claims) {
      if (job.signal.aborted) throw new Error('The API process stopped before the batch finished.');
      if (claim.status === 'Open') {
        const problems = rowProblems(claim, provider);
        const outcome = problems.length
          ? problems.join('; ')
          : await this.submit(ctx, id, claim.id, submitDate).then(
              () => undefined,
              (error: unknown) => reasonOf(error),
            );
        if (outcome) {
          failures.push({ claim: claim.name, claimId: claim.id, reason: outcome });
          await inTenant(this.engine.dataSource, ctx, (manager) =>
            this.engine.within(manager, ctx).update(AR.claim, claim.id, { lumary__Batch_Error__c: outcome.slice(0, 255) }),
          );
        } else submitted++;
      }
      done++;
      if (done % PROGRESS_EVERY === 0 || done === total) {
        await this.save(ctx, id, {
          lumary__Claims_Done__c: done,
          lumary__Claims_Submitted__c: submitted,
          lumary__Claims_Failed__c: failures.length,
          lumary__Failures__c: failureText(failures),
        });
        await job.progress({ claimsDone: done, claimsTotal: total });
      }
    }
    await inTenant(this.engine.dataSource, ctx, async (manager) => {
      const rows = await this.submittedRows(manager, ctx.tenantId, id);
      const writes = this.engine.within(manager, ctx);
      const files = chunk(rows, ROWS_PER_FILE);
      for (const [i, rowsOfFile] of files.entries()) {
        const content = bulkCsv(rowsOfFile.map((r) => rowValues(r, provider)));
        for (const [p, part] of chunk([...content], PART_CHARS).entries()) {
          await writes.create(CLAIM_BATCH_FILE, {
            lumary__Claim_Batch__c: id,
            lumary__File_Number__c: i + 1,
            lumary__Part__c: p + 1,
            lumary__Rows__c: rowsOfFile.length,
            lumary__Content__c: part.join(''),
          });
        }
      }
      await writes.update(CLAIM_BATCH, id, {
        lumary__Status__c: failures.length ? 'Completed with Errors' : 'Completed',
        lumary__Finished_At__c: new Date().toISOString(),
        lumary__Claims_Done__c: done,
        lumary__Claims_Submitted__c: rows.length,
        lumary__Claims_Failed__c: failures.length,
        lumary__Files__c: files.length,
        lumary__Amount__c: formatMoney(sum(rows.map((r) => money(r.amount)))),
        lumary__Failures__c: failureText(failures),
      });
    });
    this.log(`Claim batch ${name}: ${submitted} submitted, ${failures.length} failed.`);
    return (await inTenant(this.engine.dataSource, ctx, (manager) => this.load(manager, ctx.tenantId, id))) ?? record;
  }

  /** One claim Submitted with the batch and its submission posted, or nothing (it stays Open). */
  private submit(ctx: RequestContext, batchId: string, claimId: string, date: string): Promise<void> {
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const claim = await this.repository.loadClaim(manager, ctx.tenantId, claimId);
      if (!claim || claim.status !== 'Open') throw new Error('it is no longer Open');
      await this.postings.submitted(manager, ctx, claim, date);
      await this.engine.within(manager, ctx).update(AR.claim, claimId, {
        lumary__Status__c: 'Submitted',
        lumary__Claim_Batch__c: batchId,
        lumary__Submitted_Date__c: date,
        lumary__Batch_Error__c: null,
      });
    });
  }

  /** The Open claims up to the date, and those this batch already submitted (a resumed batch), by number. */
  private async candidates(manager: EntityManager, tenantId: string, upTo: string, batchId: string): Promise<BatchClaim[]> {
    const k = this.claim;
    return this.rows(
      manager,
      `k.tenant_id = $1 AND ((k.${k.col('lumary__Status__c')} = 'Open' AND k.${k.col('lumary__Claim_Date__c')} <= $2::date)
         OR (k.${k.col('lumary__Status__c')} = 'Submitted' AND k.${k.col('lumary__Claim_Batch__c')} = $3))`,
      [tenantId, upTo, batchId],
    );
  }

  private submittedRows(manager: EntityManager, tenantId: string, batchId: string) {
    const k = this.claim;
    return this.rows(manager, `k.tenant_id = $1 AND k.${k.col('lumary__Claim_Batch__c')} = $2`, [tenantId, batchId]);
  }

  private async rows(manager: EntityManager, where: string, params: unknown[]): Promise<(BatchClaim & { amount: string })[]> {
    const { claim: k, contact: c, service: s } = this;
    return (await manager.query(
      `SELECT k.id, k.${k.col('Name')} AS name, k.${k.col('lumary__Status__c')} AS status, k.${k.col('lumary__Claim_Batch__c')} AS batch,
              k.${k.col('lumary__Amount__c')}::text AS amount, c.${c.col('lumary__NDIS_Number__c')} AS "ndisNumber",
              k.${k.col('lumary__Support_Number__c')} AS "supportNumber", k.${k.col('lumary__Supports_From__c')}::text AS "from",
              k.${k.col('lumary__Supports_To__c')}::text AS "to", k.${k.col('lumary__Quantity__c')}::text AS quantity,
              k.${k.col('lumary__Hours__c')}::text AS hours, k.${k.col('lumary__Unit_Price__c')}::text AS "unitPrice",
              k.${k.col('lumary__GST_Code__c')} AS "gstCode", k.${k.col('lumary__Claim_Type__c')} AS "claimType",
              k.${k.col('lumary__Cancellation_Reason__c')} AS "cancellationReason",
              (SELECT min(s.${s.col('lumary__GL_Code__c')}::text) FROM ${s.name} s WHERE s.tenant_id = k.tenant_id AND s.${s.col('lumary__Claim__c')} = k.id) AS "glCode"
         FROM ${k.name} k
         JOIN ${c.name} c ON c.tenant_id = k.tenant_id AND c.id = k.${k.col('lumary__Client__c')}
        WHERE ${where}
        ORDER BY k.${k.col('Name')}`,
      params,
    )) as (BatchClaim & { amount: string })[];
  }

  private async provider(manager: EntityManager, tenantId: string): Promise<Provider> {
    const a = this.settings;
    const [row] = (await manager.query(
      `SELECT ${a.col('lumary__Registration_Number__c')} AS "registrationNumber", ${a.col('lumary__ABN__c')} AS abn
         FROM ${a.name} WHERE tenant_id = $1 ORDER BY created_date LIMIT 1`,
      [tenantId],
    )) as Provider[];
    return row ?? { registrationNumber: null, abn: null };
  }

  private save(ctx: RequestContext, id: string, values: RecordValues): Promise<void> {
    return inTenant(this.engine.dataSource, ctx, (manager) => this.engine.within(manager, ctx).update(CLAIM_BATCH, id, values));
  }

  private async load(manager: EntityManager, tenantId: string, id: string): Promise<ClaimBatchProgress | undefined> {
    const b = this.batch;
    const count = (field: string, alias: string) => `coalesce(${b.col(field)}, 0)::int AS "${alias}"`;
    const [row] = (await manager.query(
      `SELECT id, ${b.col('Name')} AS name, ${b.col('lumary__Status__c')} AS status, ${b.col('lumary__Up_To_Date__c')}::text AS "upTo",
              ${count('lumary__Claims_Total__c', 'claimsTotal')}, ${count('lumary__Claims_Done__c', 'claimsDone')},
              ${count('lumary__Claims_Submitted__c', 'claimsSubmitted')}, ${count('lumary__Claims_Failed__c', 'claimsFailed')},
              ${count('lumary__Files__c', 'files')}, coalesce(${b.col('lumary__Amount__c')}, 0)::text AS amount,
              ${b.col('lumary__Failures__c')} AS failures, ${b.col('lumary__Finished_At__c')} AS "finishedAt"
         FROM ${b.name} WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    )) as (Omit<ClaimBatchProgress, 'failures' | 'finishedAt'> & { failures: string | null; finishedAt: Date | string | null })[];
    if (!row) return undefined;
    const finishedAt = row.finishedAt instanceof Date ? row.finishedAt.toISOString() : row.finishedAt;
    return { ...row, amount: formatMoney(money(row.amount)), failures: parseFailures(row.failures), finishedAt };
  }
}

/** Failures as stored: a line each, `CLM-000001 <id>: reason`. */
function failureText(failures: ClaimBatchFailure[]): string | null {
  if (!failures.length) return null;
  return failures
    .map((f) => `${f.claim} ${f.claimId}: ${f.reason}`)
    .join('\n')
    .slice(0, FAILURES_MAX);
}

function parseFailures(text: string | null): ClaimBatchFailure[] {
  if (!text) return [];
  return text.split('\n').map((line) => {
    const match = /^(\S+) (\S+): (.*)$/.exec(line);
    return match ? { claim: match[1], claimId: match[2], reason: match[3] } : { claim: '', claimId: '', reason: line };
  });
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
