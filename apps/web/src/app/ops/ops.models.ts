/** A tenant as the operator API gives it: its installed packages, their versions and licences. */
export interface TenantSummary {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  packages: InstalledPackage[];
}

export interface InstalledPackage {
  name: string;
  version: string;
  licensed: boolean;
}

/** A package this server has loaded (`GET /api/ops/packages`): what a tenant can install or upgrade to. */
export interface LoadedPackage {
  name: string;
  namespace: string;
  version: string;
  description: string | null;
  /** The licence a tenant needs to use it; null when it needs none. */
  licence: string | null;
  dependencies: string[];
}

export interface NewTenant {
  name: string;
  slug: string;
  timeZone?: string;
}
