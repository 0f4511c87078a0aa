export * from './tenant.repository';
export * from './installed-package.repository';
export * from './metadata-overlay.repository';
export * from './permission-set-assignment.repository';
export * from './platform-repositories';
