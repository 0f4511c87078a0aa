import { EngineError } from '@platform/engine';
import type { TenantService } from '../tenant.service';
import { filesToOverlay, overlayToFiles } from './overlay-files';
import type { SetupService } from './setup.service';

/**
 * `npm run ops -- export-customisations`: a tenant's overlay (custom fields, field changes,
 * validation rules, layouts, record pages) and its own permission sets, as metadata files.
 */
export async function exportCustomisations(setup: SetupService, tenants: TenantService, slug: string): Promise<Map<string, string>> {
  const tenant = await tenants.tenant(slug);
  // An index build in progress is this database's state, not a customisation.
  const entries = (await setup.entries(tenant.id)).map((e) => {
    const { indexBuilding: _building, ...body } = e.body;
    return { ...e, body };
  });
  const own = (await tenants.permissionSets(tenant.id)).filter((ps) => !ps.packageName);
  const permissionSets = own.map((ps) => ({
    apiName: ps.apiName,
    label: ps.label,
    ...(ps.description ? { description: ps.description } : {}),
    objects: ps.objects,
    fields: ps.fields,
    customPermissions: ps.customPermissions,
    apps: ps.apps,
  }));
  return overlayToFiles(entries, permissionSets, { tenant: tenant.slug, packages: tenant.packages });
}

/**
 * Imports exported customisations into a tenant, all or none, in one transaction: the overlay
 * entries checked as one against the tenant's packages, then each permission set (created or
 * replaced) checked against the metadata those entries make, so a set may grant the custom
 * fields the same import brings.
 */
export async function importCustomisations(setup: SetupService, tenants: TenantService, slug: string, files: Map<string, string>) {
  const tenant = await tenants.tenant(slug);
  const { entries, permissionSets, errors } = filesToOverlay(files);
  if (errors.length) throw EngineError.invalid('INVALID_FIELD', errors.join('; '));
  await setup.importEntries(tenant.id, entries, (manager, registry) =>
    tenants.putPermissionSets(manager, tenant.id, permissionSets, registry),
  );
  return { entries: entries.length, permissionSets: permissionSets.length };
}
