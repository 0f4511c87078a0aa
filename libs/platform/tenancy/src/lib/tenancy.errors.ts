import type { EngineErrorCode } from '@platform/engine';

/** The error codes of tenants, packages and Setup beyond the engine's (Salesforce's, as on the wire). */
export const TENANCY_ERROR_CODES = ['INVALID_FORMULA'] as const;

export type TenancyErrorCode = (typeof TENANCY_ERROR_CODES)[number] | EngineErrorCode;

declare module '@platform/engine' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<(typeof TENANCY_ERROR_CODES)[number], true> {}
}
