export * from './lib/database';
export * from './lib/platform.entities';
export * from './lib/platform.migrations';
export * from './lib/schema-plan';
export * from './lib/storage.errors';
export * from './lib/testing';
