import type { EngineErrorCode } from '@platform/engine';

/** The error codes sign-in and users' credentials answer with (Salesforce's, as on the wire). */
export const SECURITY_ERROR_CODES = ['INVALID_LOGIN', 'LOGIN_RATE_EXCEEDED', 'DUPLICATE_USERNAME', 'INVALID_NEW_PASSWORD'] as const;

export type SecurityErrorCode = (typeof SECURITY_ERROR_CODES)[number] | EngineErrorCode;

declare module '@platform/engine' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<(typeof SECURITY_ERROR_CODES)[number], true> {}
}
