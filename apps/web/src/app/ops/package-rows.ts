import type { Schemas } from '@platform/api-client';

/** What an operator can do to one package of a tenant. */
export type PackageAction = 'install' | 'upgrade' | 'grant' | 'revoke';

/** One row of a tenant's packages: installed, loaded on the server, or both. */
export interface PackageRow {
  name: string;
  /** The version the tenant has; null when not installed. */
  installed: string | null;
  /** The version this server has loaded; null when the server lacks the package. */
  loaded: string | null;
  /** The licence the package needs (null: none, or not known because the server lacks it). */
  licence: string | null;
  licensed: boolean | null;
  actions: PackageAction[];
}

/** Compares dotted versions numerically: negative when a is earlier than b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] || 0) - (y[i] || 0);
    if (d) return d;
  }
  return 0;
}

/**
 * The server's packages in its order, then any the tenant has that the server has not loaded;
 * each with the actions that apply: install what is loaded and not installed, upgrade to a
 * later loaded version, grant or revoke a licence the package needs.
 */
export function packageRows(tenant: Schemas['TenantSummary'], loaded: Schemas['LoadedPackage'][]): PackageRow[] {
  const installed = new Map<string, Schemas['TenantPackage']>(tenant.packages.map((p) => [p.name, p]));
  const names = [...loaded.map((p) => p.name), ...tenant.packages.map((p) => p.name).filter((n) => !loaded.some((p) => p.name === n))];
  return names.map((name) => {
    const has = installed.get(name);
    const server = loaded.find((p) => p.name === name);
    const licence = server?.licence ?? null;
    const actions: PackageAction[] = [];
    if (server && !has) actions.push('install');
    if (server && has && compareVersions(server.version, has.version) > 0) actions.push('upgrade');
    if (has && licence) actions.push(has.licensed ? 'revoke' : 'grant');
    return {
      name,
      installed: has?.version ?? null,
      loaded: server?.version ?? null,
      licence,
      licensed: has ? has.licensed : null,
      actions,
    };
  });
}

/** The licence column: Yes or No for a package that needs a licence, "Not needed" otherwise. */
export function licensedLabel(row: PackageRow): string {
  if (row.installed === null) return '—';
  if (!row.licence) return row.loaded ? 'Not needed' : row.licensed ? 'Yes' : 'No';
  return row.licensed ? 'Yes' : 'No';
}
