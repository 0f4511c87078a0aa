export * from './lib/tenant.service';
export * from './lib/customisation/tenant-metadata';
export * from './lib/customisation/setup.service';
export * from './lib/customisation/overlay-files';
export * from './lib/customisation/customisation-transfer';
export * from './lib/tenancy.errors';
