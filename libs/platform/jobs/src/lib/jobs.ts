import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Database } from '@platform/storage';
import { ownerQueueDb, QUEUE_SCHEMA } from './queue-db';

/**
 * Work that outlives a request, on a Postgres-backed queue (pg-boss) in the platform's own
 * database: each job is fetched by one worker across every API process on that database
 * (`FOR UPDATE SKIP LOCKED`), survives a restart, and is retried when it fails or when the
 * process working it stops (its lease runs out). Handlers must be safe to run again.
 */

/** A kind of job and the data its jobs carry: packages export these so callers can send them. */
export interface JobType<T> {
  readonly name: string;
  /** Never set: carries T for the compiler. */
  readonly data?: T;
}

/** A job type's name: letters, digits, `_`, `-` and `.` (e.g. `reports.nightly`). */
export function jobType<T>(name: string): JobType<T> {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`A job type's name may have letters, digits, '_', '-' and '.': '${name}'`);
  return { name };
}

export interface RetryPolicy {
  /** Further attempts after the first (default 3). */
  limit: number;
  /** Seconds before a retry (default 5). */
  delaySeconds?: number;
  /** Double the delay on each retry (default false). */
  backoff?: boolean;
}

/** A job being worked. */
export interface RunningJob<T> {
  id: string;
  data: T;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  /** Aborted when the queue stops: stop at a safe point and throw (the job is retried later). */
  signal: AbortSignal;
  /** For a given-up job: the last attempt's error. */
  error?: string;
  /** Records how far the job has got (readable with `JobQueue.status`) and renews its lease. */
  progress(value: Record<string, unknown>): Promise<void>;
}

export interface JobDefinition<T = unknown> {
  type: JobType<T>;
  handle(job: RunningJob<T>): Promise<unknown>;
  retry?: RetryPolicy;
  /**
   * How long the job stays taken without word from its worker (seconds, default 60): the worker
   * renews it while the handler runs, so it runs out only when the process stopped; the job is
   * then retried.
   */
  leaseSeconds?: number;
  /** Jobs of this type one process works at once (default 1). */
  concurrency?: number;
  /**
   * At most one job per key waiting and one running (a queued job collapses into the waiting
   * one). For jobs that sweep a table: a trigger sent while one waits adds nothing.
   */
  oneAtATime?: boolean;
  /** Sent on this cron schedule (UTC, one job per minute at most across all processes). */
  schedule?: { cron: string; data: T };
  /**
   * Called once (in whichever process takes it up) when a job of this type failed for good: its
   * last attempt threw, or the process working it stopped on its last attempt. It gets the
   * job's data and the last error; it is itself retried until it succeeds (up to 10 times).
   */
  onGiveUp?(data: T, error: string): Promise<void>;
}

/** A definition for `JobQueue.open`: its data type is checked here and erased in the list. */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<never> {
  return definition as unknown as JobDefinition<never>;
}

/** The queue holding a type's given-up jobs (pg-boss's dead letter queue). */
const givenUp = (name: string) => `${name}.given-up`;

export interface SendOptions {
  /**
   * An idempotency key: a job with the same type and key is sent once (sending again answers
   * the existing job's id and adds nothing).
   */
  key?: string;
  /** Start no sooner than this many seconds from now. */
  delaySeconds?: number;
}

/** What callers that only send jobs need (request handlers). */
export interface JobSender {
  /** Queues a job; answers its id. */
  send<T>(type: JobType<T>, data: T, options?: SendOptions): Promise<string>;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus {
  id: string;
  state: JobState;
  attempt: number;
  /** The last progress reported, or the handler's result (or error) once finished. */
  output: Record<string, unknown> | null;
}

export interface JobQueueOptions {
  /** Seconds between a worker's polls when it found nothing (default 2; min 0.5). */
  pollSeconds?: number;
  /** Seconds between maintenance rounds (leases run out, old jobs archived; default 30). */
  maintenanceSeconds?: number;
  /** Default lease for definitions that name none (seconds, default 60). */
  leaseSeconds?: number;
  log?: (message: string) => void;
}

const DEFAULT_RETRY: Required<RetryPolicy> = { limit: 3, delaySeconds: 5, backoff: false };
const DEFAULT_LEASE_SECONDS = 60;

/** A UUID derived from a job type and key (pg-boss's job id), so one key makes one job. */
export function keyedJobId(type: string, key: string): string {
  const h = createHash('sha256').update(`${type}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Worker {
  stopped: boolean;
  wake?: () => void;
  loops: Promise<void>[];
}

/**
 * The queue of one database: `open` installs its tables (as the database's owner) and its job
 * types; `start` works them in this process; `stop` lets running jobs reach a safe point.
 */
export class JobQueue implements JobSender {
  private readonly workers = new Map<string, Worker>();
  private readonly running = new Set<AbortController>();
  private started = false;
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly boss: PgBoss,
    private readonly definitions: ReadonlyMap<string, JobDefinition<unknown>>,
    private readonly options: JobQueueOptions,
  ) {}

  /**
   * Installs (or upgrades) the queue's tables in their own schema, owned by the database's owner
   * (the application's role has no rights on them: the queue is worked through the owner's pool,
   * and each handler does its tenant work through the application's connection under row-level
   * security), and creates each definition's queue. Sending works from here on; `start` works.
   */
  static async open(database: Database, definitions: JobDefinition<never>[], options: JobQueueOptions = {}): Promise<JobQueue> {
    const byName = new Map<string, JobDefinition<unknown>>();
    for (const d of definitions as unknown as JobDefinition<unknown>[]) {
      // A type's given-up jobs go to a queue of their own, whose handler is its onGiveUp (created first: the type's queue names it).
      const onGiveUp = d.onGiveUp;
      const all: JobDefinition<unknown>[] = onGiveUp
        ? [
            {
              type: jobType(givenUp(d.type.name)),
              retry: { limit: 10, delaySeconds: 10 },
              handle: (job) => onGiveUp(job.data, job.error ?? 'no reason recorded'),
            },
            d,
          ]
        : [d];
      for (const each of all) {
        if (byName.has(each.type.name)) throw new Error(`Two job definitions for '${each.type.name}'`);
        byName.set(each.type.name, each);
      }
    }
    const boss = new PgBoss({
      db: ownerQueueDb(database),
      schema: QUEUE_SCHEMA,
      migrate: true,
      supervise: true,
      schedule: true,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
      cronMonitorIntervalSeconds: 10,
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error: Error) => options.log?.(`Job queue: ${error.message}`));
    await boss.start();
    const queue = new JobQueue(boss, byName, options);
    for (const d of byName.values()) {
      const retry = { ...DEFAULT_RETRY, ...d.retry };
      const settings: PgBoss.Queue = {
        name: d.type.name,
        policy: d.oneAtATime ? 'stately' : 'standard',
        retryLimit: retry.limit,
        retryDelay: retry.delaySeconds,
        retryBackoff: retry.backoff,
        expireInSeconds: queue.leaseOf(d),
        ...(d.onGiveUp ? { deadLetter: givenUp(d.type.name) } : {}),
      };
      await boss.createQueue(d.type.name, settings);
      await boss.updateQueue(d.type.name, settings);
    }
    return queue;
  }

  async send<T>(type: JobType<T>, data: T, options: SendOptions = {}): Promise<string> {
    const definition = this.definitions.get(type.name);
    if (!definition) throw new Error(`No job definition for '${type.name}' in this queue`);
    const id = options.key === undefined ? undefined : keyedJobId(type.name, options.key);
    const sent = await this.boss.send(type.name, (data ?? {}) as object, {
      ...(id ? { id } : {}),
      ...(options.delaySeconds ? { startAfter: options.delaySeconds } : {}),
    });
    this.workers.get(type.name)?.wake?.();
    // null: the keyed job exists already (or, one at a time, one is waiting).
    return sent ?? id ?? '';
  }

  /** A job's state and its last progress (or result); undefined once archived or never sent. */
  async status<T>(type: JobType<T>, id: string): Promise<JobStatus | undefined> {
    const job = await this.boss.getJobById(type.name, id, { includeArchive: true });
    if (!job) return undefined;
    return {
      id: job.id,
      state: job.state as JobState,
      attempt: job.retryCount + 1,
      output: (job.output as Record<string, unknown> | null) ?? null,
    };
  }

  /** Works every definition in this process and keeps their schedules. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const d of this.definitions.values()) {
      if (d.schedule) await this.boss.schedule(d.type.name, d.schedule.cron, (d.schedule.data ?? {}) as object, { tz: 'UTC' });
      else await this.boss.unschedule(d.type.name);
      const worker: Worker = { stopped: false, loops: [] };
      for (let i = 0; i < Math.max(1, d.concurrency ?? 1); i++) worker.loops.push(this.loop(d, worker));
      this.workers.set(d.type.name, worker);
    }
  }

  /**
   * Stops fetching, asks running handlers to stop (their signal), and waits for them up to
   * `timeoutMs` (default 30 s). A job stopped this way is retried by whichever process fetches
   * it next; one still running at the timeout is retried when its lease runs out.
   */
  stop(timeoutMs = 30_000): Promise<void> {
    return (this.stopping ??= (async () => {
      for (const w of this.workers.values()) {
        w.stopped = true;
        w.wake?.();
      }
      for (const c of this.running) c.abort();
      const loops = [...this.workers.values()].flatMap((w) => w.loops);
      await Promise.race([Promise.all(loops), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      await this.boss.stop({ graceful: false, close: false });
    })());
  }

  private leaseOf(d: JobDefinition<unknown>): number {
    return d.leaseSeconds ?? this.options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  }

  private async loop(d: JobDefinition<unknown>, worker: Worker): Promise<void> {
    const pollMs = Math.max(500, (this.options.pollSeconds ?? 2) * 1000);
    while (!worker.stopped) {
      const [job] = await this.boss.fetch<unknown>(d.type.name, { batchSize: 1, includeMetadata: true }).catch((error: Error) => {
        this.options.log?.(`Job queue: fetching ${d.type.name} failed: ${error.message}`);
        return [];
      });
      if (job) {
        await this.work(d, job);
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollMs);
        function done() {
          clearTimeout(timer);
          worker.wake = undefined;
          resolve();
        }
        worker.wake = done;
      });
    }
  }

  private async work(d: JobDefinition<unknown>, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const name = d.type.name;
    const lease = this.leaseOf(d);
    const abort = new AbortController();
    this.running.add(abort);
    const renew = (output?: Record<string, unknown>) => renewLease(this.boss, name, job.id, lease, output);
    // While the handler runs its lease is renewed, so only a stopped process lets it run out.
    const heartbeat = setInterval(() => void renew().catch(() => undefined), Math.max(1000, (lease * 1000) / 3));
    heartbeat.unref();
    // The fetch set started_on; the expiry a retried job carries over is its last attempt's.
    await renew().catch(() => undefined);
    const running: RunningJob<unknown> = {
      id: job.id,
      data: job.data,
      attempt: job.retryCount + 1,
      signal: abort.signal,
      ...errorOf(job.output),
      progress: (value) => renew(value),
    };
    try {
      const result = await d.handle(running);
      clearInterval(heartbeat);
      await this.boss.complete(name, job.id, (result && typeof result === 'object' ? result : { value: result ?? null }) as object);
    } catch (error) {
      clearInterval(heartbeat);
      const message = error instanceof Error ? error.message : String(error);
      this.options.log?.(`Job ${name} ${job.id} (attempt ${running.attempt}) failed: ${message}`);
      await this.boss
        .fail(name, job.id, { message })
        .catch((e: Error) => this.options.log?.(`Job queue: could not record the failure: ${e.message}`));
    } finally {
      this.running.delete(abort);
    }
  }
}

/** What pg-boss records when a job's lease (its expiry) ran out. */
const LEASE_RAN_OUT = 'job failed by timeout in active state';

/** The error a failed job's output records (`{message}` from a handler, `{value: {message}}` from a lease that ran out). */
function errorOf(output: unknown): { error?: string } {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null | undefined;
  if (o?.value?.message === LEASE_RAN_OUT) return { error: 'the process working it stopped (no word from it within its lease)' };
  const message = o?.message ?? o?.value?.message;
  return typeof message === 'string' ? { error: message } : {};
}

/** Pushes the job's expiry to `lease` seconds from now (and records its progress). */
async function renewLease(boss: PgBoss, name: string, id: string, lease: number, output?: Record<string, unknown>): Promise<void> {
  const db = boss.getDb() as unknown as { executeSql(text: string, values: unknown[]): Promise<unknown> };
  await db.executeSql(
    `UPDATE ${QUEUE_SCHEMA}.job SET expire_in = (now() - started_on) + make_interval(secs => $3::int)${output ? ', output = $4::jsonb' : ''}
      WHERE name = $1 AND id = $2 AND state = 'active'`,
    output ? [name, id, lease, JSON.stringify(output)] : [name, id, lease],
  );
}
