export * from './api-fixture';
