export * from './lib/access-policy';
export * from './lib/auth-store';
export * from './lib/grants';
export { hashPassword, verifyPassword } from './lib/passwords';
export { checkNewPassword, MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from './lib/password-rule';
export * from './lib/security.errors';
export * from './lib/login-history';
export * from './lib/email-outbox';
