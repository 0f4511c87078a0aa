import { Instant, LocalDate } from '@js-joda/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { CompiledQuery } from './query-compiler';
import type { ChildShape } from './query-shape';
import { encodeCursor } from './query-cursor';
import { buildRecord, type Row, type SObjectRecord } from './query-records';

/** One page of results, shaped like Salesforce's /query response. */
export interface QueryResult {
  /** Every matching row: when the caller asked for a count, or when this page holds them all. */
  totalSize?: number;
  done: boolean;
  records: SObjectRecord[];
  /** Pass back as `cursor` (with the same query) for the next page; absent when done. */
  nextCursor?: string;
}

/** Runs a compiled query on a connection (or inside a transaction's manager) and shapes the page. */
export async function runQuery(manager: EntityManager | DataSource, compiled: CompiledQuery): Promise<QueryResult> {
  const { shape } = compiled;
  if (shape.countOnly) return { done: true, records: [], totalSize: (await countOf(manager, compiled, true, 0)) ?? 0 };
  const rows: Row[] = await manager.query(compiled.sql, compiled.params);
  const page = rows.slice(0, shape.page.rows);
  const done = shape.page.last || rows.length <= shape.page.rows;
  const clock = { today: LocalDate.parse(shape.today), now: Instant.now() };
  const records = page.map((row) => buildRecord(shape.record, row, clock) as SObjectRecord);
  for (const child of shape.children ?? []) await attachChildren(manager, child, page, records, shape.idLabel, clock);
  const result: QueryResult = { done, records };
  const totalSize = await countOf(manager, compiled, done, records.length);
  if (totalSize !== undefined) result.totalSize = totalSize;
  if (!done) {
    const lastRow = page[page.length - 1];
    result.nextCursor = encodeCursor({
      q: shape.page.fingerprint,
      k: shape.sortLabels.map((label) => (lastRow[label] ?? null) as string | null),
      id: String(lastRow[shape.idLabel]),
      n: shape.page.returned + page.length,
    });
  }
  return result;
}

/**
 * A child subquery for a page's parents, in one statement: each parent gets its children (the
 * subquery's LIMIT and OFFSET per parent, as in SOQL) as a nested query result, or null.
 */
async function attachChildren(
  manager: EntityManager | DataSource,
  child: ChildShape,
  page: Row[],
  records: SObjectRecord[],
  idLabel: string,
  clock: { today: LocalDate; now: Instant },
): Promise<void> {
  const link = child.shape.link;
  if (!link) throw new Error('a child subquery without its link to the parent');
  const ids = page.map((row) => String(row[idLabel]));
  const params = [...child.params];
  params[link.param] = ids;
  const rows: Row[] = ids.length ? await manager.query(child.sql, params) : [];
  const byParent = new Map<string, SObjectRecord[]>();
  for (const row of rows) {
    const parent = String(row[link.label]);
    const list = byParent.get(parent) ?? [];
    list.push(buildRecord(child.shape.record, row, clock) as SObjectRecord);
    byParent.set(parent, list);
  }
  const from = child.offset ?? 0;
  records.forEach((record, i) => {
    const all = byParent.get(ids[i]) ?? [];
    const kept = all.slice(from, child.limit === undefined ? undefined : from + child.limit);
    (record as Record<string, unknown>)[child.relationshipName] = kept.length
      ? { totalSize: kept.length, done: true, records: kept }
      : null;
  });
}

async function countOf(
  manager: EntityManager | DataSource,
  compiled: CompiledQuery,
  done: boolean,
  pageLength: number,
): Promise<number | undefined> {
  const { count, page } = compiled.shape;
  if (count) {
    const [row] = (await manager.query(count.sql, count.params)) as { n: string | number }[];
    const total = Math.max(0, Number(row.n) - count.offset);
    return count.limit === undefined ? total : Math.min(total, count.limit);
  }
  // The first page that is also the last holds every row there is.
  return done && page.returned === 0 ? pageLength : undefined;
}
