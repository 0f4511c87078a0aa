import type { EngineErrorCode } from '@platform/engine';

/** The error codes of the AR services beyond the engine's (Salesforce-style, as on the wire). */
export const AR_ERROR_CODES = ['INVALID_STATUS', 'BALANCE_EXCEEDED', 'UNALLOCATED_EXCEEDED', 'INVALID_FILE'] as const;

export type ArErrorCode = (typeof AR_ERROR_CODES)[number] | EngineErrorCode;

declare module '@platform/engine' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<(typeof AR_ERROR_CODES)[number], true> {}
}
