export * from './lib/app-role';
export * from './lib/database';
export {
  desiredSchema,
  hasOwner,
  masterOf,
  SHARING_POLICIES,
  OWNER_COLUMN,
  OWNER_DEFAULT,
  TENANT_TABLE,
  UNOWNED_OBJECTS,
  USER_SETTING,
  type DesiredSchema,
} from './lib/desired-schema';
export * from './lib/plan-format';
export * from './lib/planner';
export * from './lib/platform.entities';
export * from './lib/platform.migrations';
export * from './lib/user-administration.migration';
export * from './lib/custom-field-index.migration';
export * from './lib/sharing-rules.migration';
export * from './lib/schema-apply';
export * from './lib/schema-introspection';
export * from './lib/schema-plan';
export * from './lib/schema-snapshot';
export * from './lib/storage.errors';
export * from './lib/testing';
export { constraintName } from './lib/sql';
export * from './lib/repositories';
