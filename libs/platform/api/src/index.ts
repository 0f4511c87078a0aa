/*
 * The platform's API server: bootstrap, the platform's controllers (auth, records, UI API, Setup,
 * permission sets, operators, health), and what a package's controllers use from it.
 */
export { startApi, MetadataInvalidError, type RunningApi } from './lib/bootstrap';
export { readConfig, ConfigError, type AppConfig } from './lib/config/app-config';
export { AuthService, type Session, type NewUser } from './lib/auth/auth.service';
export { Ctx, CurrentSession, Public } from './lib/auth/session.guard';
export { Requires, type Requirement } from './lib/errors/access.guard';
export { errorCodeForStatus, type ApiError } from './lib/errors/api-error';
export { APP_CONFIG, DATABASE, ENGINE, JOBS, REGISTRY, TENANT_METADATA } from './lib/platform.tokens';
export { CsvResponse, JsonOrCsv, RecordIdParam, sendCsv, wantsCsv } from './lib/reports/report-format';
export { demoOperatorToken, operatorConsoleLine } from './lib/ops/operator-token';
export { PLATFORM_METADATA, metadataFolders, type StartOptions } from './lib/bootstrap';
export type { ServerPackage, PackageContext, PackageDemo, DemoContext, DemoLogin } from './lib/packages/server-package';
