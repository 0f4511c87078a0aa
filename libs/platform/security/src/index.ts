export * from './lib/access-policy';
export * from './lib/auth-store';
export * from './lib/grants';
export { hashPassword, verifyPassword } from './lib/passwords';
