export * from './lib/tenant.service';
