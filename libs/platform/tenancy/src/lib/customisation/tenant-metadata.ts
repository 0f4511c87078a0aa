import { inTenantId } from '@platform/engine';
import { checkFormula } from '@platform/formula';
import {
  applyOverlay,
  OVERLAY_KINDS,
  type FormulaCheck,
  type OverlayEntry,
  type OverlayError,
  type OverlayKind,
  type Registry,
} from '@platform/metadata';
import { platformRepositories, type MetadataOverlayRepository, type PlatformRepositories } from '@platform/storage';
import type { DataSource, EntityManager } from 'typeorm';

/** Formulas in a tenant's overlay are checked as the loader checks packages' (names are run-time, so no namespace). */
export const overlayFormulaCheck: FormulaCheck = (registry, formula, objectApiName, usage, expected) => {
  const result = checkFormula(formula, { registry, objectApiName, namespace: '', usage, expected });
  return result.ok ? [] : result.errors.map((e) => ({ line: e.line, column: e.column, message: e.message }));
};

/** The overlay row's api_name: object-scoped components are unique per object, not per tenant. */
export const overlayRowName = (entry: Pick<OverlayEntry, 'object' | 'apiName'>) => `${entry.object}.${entry.apiName}`;

/** A tenant's customisation entries (Setup), in the order they were made; `overlays` in the tenant's transaction. */
export async function readOverlay(overlays: MetadataOverlayRepository, tenantId: string): Promise<OverlayEntry[]> {
  const rows = await overlays.ofKinds(tenantId, OVERLAY_KINDS);
  return rows.map((r) => {
    // Rows of these kinds are object-scoped: Setup writes them with their object (see overlayRowName).
    const object = r.objectApiName ?? '';
    return { kind: r.kind as OverlayKind, object, apiName: r.apiName.slice(object.length + 1), body: r.body };
  });
}

/**
 * Each tenant's effective metadata: the loaded packages with the tenant's overlay applied. Built
 * once per overlay version and cached; a tenant with no customisation shares the base registry
 * (and so the engine's parts built for it). Every overlay change bumps the tenant's
 * metadata_version, which each request reads, so every API process sees a change at once; losing
 * the cache only means building it again.
 */
export class TenantMetadata {
  private readonly cache = new Map<string, { version: string; registry: Registry }>();

  constructor(
    private readonly dataSource: DataSource,
    readonly base: Registry,
    private readonly log: (message: string) => void = (m) => console.warn(m),
    /** sys_tenant's and sys_metadata_overlay's repositories (made before Nest starts: the storage library's factory). */
    private readonly repositories: Pick<PlatformRepositories, 'tenants' | 'overlays'> = platformRepositories(dataSource),
  ) {}

  /**
   * The tenant's registry. Inside a transaction of that tenant, pass its manager: on PGlite a
   * second connection would wait for the transaction's own.
   */
  async registryFor(tenantId: string, manager?: EntityManager): Promise<Registry> {
    const tenants = manager ? this.repositories.tenants.in(manager) : this.repositories.tenants;
    const version = await tenants.metadataVersion(tenantId);
    return version !== undefined ? this.registryAt(tenantId, version, manager) : this.base;
  }

  /** The tenant's registry at a metadata version the caller has read already (sign-in reads it with the session). */
  async registryAt(tenantId: string, version: string, manager?: EntityManager): Promise<Registry> {
    const cached = this.cache.get(tenantId);
    if (cached?.version === version) return cached.registry;
    const entries = manager
      ? await readOverlay(this.repositories.overlays.in(manager), tenantId)
      : await inTenantId(this.dataSource, tenantId, (m) => readOverlay(this.repositories.overlays.in(m), tenantId));
    const { registry, errors } = this.apply(entries);
    // An entry that no longer fits (say, after an upgrade) is left out, not allowed to fail requests.
    for (const e of errors) this.log(`tenant ${tenantId}: customisation ${e.file}: ${e.message}`);
    this.cache.set(tenantId, { version, registry });
    return registry;
  }

  /** The base with these entries applied; no entries, the base itself. */
  apply(entries: OverlayEntry[]): { registry: Registry; errors: OverlayError[] } {
    if (!entries.length) return { registry: this.base, errors: [] };
    return applyOverlay(this.base, entries, { formulaCheck: overlayFormulaCheck });
  }

  /** Forget a tenant's cached registry (tests; a version bump does this for every process). */
  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }
}
