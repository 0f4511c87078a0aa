/** The body of `GET /api/health`. */
export interface HealthReport {
  status: string;
  database: { kind: string };
  packages: InstalledPackage[];
}

export interface InstalledPackage {
  name: string;
  namespace: string;
  version: string;
}
