import { createTestDatabase, type Database } from '@platform/storage';
import { defineJob, JobQueue, jobType, type JobDefinition } from './jobs';
import { QUEUE_SCHEMA } from './queue-db';

/**
 * The queue on the database the suite runs on (PGlite without DATABASE_URL, else a fresh
 * PostgreSQL database). On PGlite every connection shares one session, so this checks that
 * fetching still gives each job to one worker there too.
 */
let db: Database;
const queues: JobQueue[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const q of queues) await q.stop(5_000);
  await db?.close();
});

async function open(definitions: JobDefinition<never>[]) {
  const queue = await JobQueue.open(db, definitions, { pollSeconds: 0.5, maintenanceSeconds: 1 });
  queues.push(queue);
  return queue;
}

async function until<T>(check: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = await check();
    if (value !== undefined) return value;
  }
  throw new Error('timed out');
}

it('keeps its tables in their own schema, owned by the owner; the application role cannot read them', async () => {
  await open([]);
  const [owner] = (await db.owner.query(
    `SELECT pg_get_userbyid(nspowner) AS owner, current_user AS me FROM pg_namespace WHERE nspname = $1`,
    [QUEUE_SCHEMA],
  )) as { owner: string; me: string }[];
  expect(owner.owner).toBe(owner.me);
  await expect(db.dataSource.query(`SELECT count(*) FROM ${QUEUE_SCHEMA}.job`)).rejects.toThrow(/permission denied/);
});

it('gives each job to exactly one of several workers (two queues, three workers each)', async () => {
  const type = jobType<{ n: number }>('test.each-once');
  const handled: { n: number; by: string }[] = [];
  const definition = (by: string): JobDefinition<{ n: number }> => ({
    type,
    concurrency: 3,
    handle: async (job) => {
      handled.push({ n: job.data.n, by });
      await sleep(20);
    },
  });
  const a = await open([definition('a') as JobDefinition<never>]);
  const b = await open([definition('b') as JobDefinition<never>]);
  for (let n = 0; n < 40; n++) await (n % 2 ? a : b).send(type, { n });
  await Promise.all([a.start(), b.start()]);
  await until(() => (handled.length >= 40 ? true : undefined));
  await sleep(1500); // time for any second delivery to show
  expect(handled.map((h) => h.n).sort((x, y) => x - y)).toEqual([...Array(40).keys()]);
  expect(new Set(handled.map((h) => h.by))).toEqual(new Set(['a', 'b']));
});

it('sends a keyed job once, retries a failed one, and shows its progress', async () => {
  const type = jobType<{ step: string }>('test.retry');
  const attempts: number[] = [];
  const q = await open([
    {
      type,
      retry: { limit: 2, delaySeconds: 0 },
      handle: async (job) => {
        attempts.push(job.attempt);
        await job.progress({ reached: job.attempt });
        if (job.attempt < 2) throw new Error('not yet');
        return { done: true };
      },
    } as JobDefinition<never>,
  ]);
  const id = await q.send(type, { step: 'one' }, { key: 'run-1' });
  expect(await q.send(type, { step: 'one' }, { key: 'run-1' })).toBe(id);
  await q.start();
  const status = await until(async () => {
    const s = await q.status(type, id);
    return s?.state === 'completed' ? s : undefined;
  });
  expect(attempts).toEqual([1, 2]);
  expect(status).toMatchObject({ attempt: 2, output: { done: true } });
});

it('retries a job whose worker died once its lease runs out', async () => {
  const type = jobType<Record<string, never>>('test.lease');
  const attempts: number[] = [];
  const q = await open([
    {
      type,
      leaseSeconds: 2,
      retry: { limit: 1, delaySeconds: 0 },
      handle: async (job) => void attempts.push(job.attempt),
    } as JobDefinition<never>,
  ]);
  const id = await q.send(type, {});
  // As a process that took the job and was killed leaves it: active, its lease no longer renewed.
  await db.owner.query(
    `UPDATE ${QUEUE_SCHEMA}.job SET state = 'active', started_on = now(), expire_in = interval '2 seconds' WHERE id = $1`,
    [id],
  );
  await q.start();
  await sleep(1000);
  expect(attempts).toEqual([]);
  await until(async () => ((await q.status(type, id))?.state === 'completed' ? true : undefined));
  expect(attempts).toEqual([2]);
});

it('stops gracefully: a running job is asked to stop, and another queue finishes it', async () => {
  const type = jobType<Record<string, never>>('test.stop');
  const seen: string[] = [];
  const stopping = await open([
    {
      type,
      retry: { limit: 2, delaySeconds: 0 },
      handle: (job) =>
        new Promise((_, reject) => {
          seen.push(`first: attempt ${job.attempt}`);
          job.signal.addEventListener('abort', () => reject(new Error('stopping')));
        }),
    } as JobDefinition<never>,
  ]);
  const id = await stopping.send(type, {});
  await stopping.start();
  await until(() => (seen.length ? true : undefined));
  await stopping.stop(5_000);
  expect((await stopping.status(type, id))?.state).toBe('retry');
  const other = await open([{ type, handle: async (job) => void seen.push(`second: attempt ${job.attempt}`) } as JobDefinition<never>]);
  await other.start();
  await until(async () => ((await other.status(type, id))?.state === 'completed' ? true : undefined));
  expect(seen).toEqual(['first: attempt 1', 'second: attempt 2']);
});

it('gives up on a job after its last attempt, its process having died, and says so once', async () => {
  const type = jobType<{ n: number }>('test.give-up');
  const gaveUp: { n: number; error: string }[] = [];
  const q = await open([
    defineJob({
      type,
      leaseSeconds: 2,
      retry: { limit: 0 },
      handle: async () => undefined,
      onGiveUp: async (data, error) => void gaveUp.push({ n: data.n, error }),
    }),
  ]);
  const id = await q.send(type, { n: 7 });
  // Its only attempt taken by a process that was then killed.
  await db.owner.query(
    `UPDATE ${QUEUE_SCHEMA}.job SET state = 'active', started_on = now(), expire_in = interval '2 seconds' WHERE id = $1`,
    [id],
  );
  await q.start();
  await until(() => (gaveUp.length ? true : undefined));
  await sleep(1500);
  expect(gaveUp).toEqual([{ n: 7, error: 'the process working it stopped (no word from it within its lease)' }]);
  expect((await q.status(type, id))?.state).toBe('failed');
});
