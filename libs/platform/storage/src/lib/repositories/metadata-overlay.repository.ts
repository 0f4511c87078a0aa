import { In, Raw, type EntityManager, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { SysMetadataOverlay } from '../platform.entities';

export type OverlayRow = Pick<SysMetadataOverlay, 'id' | 'kind' | 'objectApiName' | 'apiName' | 'body'>;

/**
 * sys_metadata_overlay, a tenant table: a tenant's customisations (Setup) and its own permission
 * sets, one row per component, unique by (kind, api_name). Use it `in(manager)` of a transaction that
 * names the tenant.
 */
export class MetadataOverlayRepository {
  constructor(private readonly rows: Repository<SysMetadataOverlay>) {}

  /** The same repository on a transaction's manager, so its tenant and user settings (row-level security) apply. */
  in(manager: EntityManager): MetadataOverlayRepository {
    return new MetadataOverlayRepository(manager.withRepository(this.rows));
  }

  /** The tenant's rows of these kinds, in the order they were made. */
  ofKinds(tenantId: string, kinds: readonly string[]): Promise<OverlayRow[]> {
    return this.rows.find({
      select: { id: true, kind: true, objectApiName: true, apiName: true, body: true },
      where: { tenantId, kind: In([...kinds]) },
      order: { createdDate: 'ASC', apiName: 'ASC' },
    });
  }

  /** The tenant's rows of one kind, by API name. */
  ofKind(tenantId: string, kind: string): Promise<OverlayRow[]> {
    return this.rows.find({
      select: { id: true, kind: true, objectApiName: true, apiName: true, body: true },
      where: { tenantId, kind },
      order: { apiName: 'ASC' },
    });
  }

  /** A row by API name in any case, locked for the caller's transaction when asked. */
  findByName(tenantId: string, kind: string, apiName: string, options: { lock?: boolean } = {}): Promise<OverlayRow | null> {
    return this.rows.findOne({
      select: { id: true, kind: true, objectApiName: true, apiName: true, body: true },
      where: { tenantId, kind, apiName: Raw((column) => `lower(${column}) = lower(:apiName)`, { apiName }) },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async insert(
    tenantId: string,
    row: Pick<SysMetadataOverlay, 'kind' | 'apiName' | 'body'> & { objectApiName?: string | null },
  ): Promise<void> {
    await this.rows.insert({ tenantId, objectApiName: null, ...row, body: jsonb(row.body) });
  }

  /** Creates the row, or replaces the body of the one with its kind and API name. */
  async put(tenantId: string, row: Pick<SysMetadataOverlay, 'kind' | 'objectApiName' | 'apiName' | 'body'>): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({ tenantId, ...row, body: jsonb(row.body) })
      .orUpdate(['body', 'modified_date'], ['tenant_id', 'kind', 'api_name'])
      .execute();
  }

  /** Replaces a row's body (its modified date moves). */
  async replaceBody(tenantId: string, id: string, body: Record<string, unknown>): Promise<void> {
    await this.rows.update({ tenantId, id }, { body: jsonb(body) });
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.rows.delete({ tenantId, id });
  }

  async deleteByName(tenantId: string, kind: string, apiName: string): Promise<void> {
    await this.rows.delete({ tenantId, kind, apiName });
  }
}

/** A jsonb value as TypeORM's write types take it (their deep-partial type cannot say `unknown`); it is stored as JSON. */
const jsonb = (body: Record<string, unknown>) => body as QueryDeepPartialEntity<Record<string, unknown>>;
