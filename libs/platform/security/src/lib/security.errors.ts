import type { EngineErrorCode } from '@platform/engine';

/** The error codes sign-in and users' credentials answer with (Salesforce's, as on the wire). */
export const SECURITY_ERROR_CODES = [
  'INVALID_LOGIN',
  'LOGIN_RATE_EXCEEDED',
  'DUPLICATE_USERNAME',
  'INVALID_NEW_PASSWORD',
  /** The current password given with a change of one's own password is wrong. */
  'INVALID_OLD_PASSWORD',
  /** The session was started with a temporary password: change it first (POST /api/auth/password). */
  'PASSWORD_CHANGE_REQUIRED',
  /** A set-password link that is unknown, used already or expired. */
  'INVALID_PASSWORD_LINK',
] as const;

export type SecurityErrorCode = (typeof SECURITY_ERROR_CODES)[number] | EngineErrorCode;

declare module '@platform/engine' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
  interface ErrorCodeRegistry extends Record<(typeof SECURITY_ERROR_CODES)[number], true> {}
}
