export * from './api-fixture';
export * from './openapi-contract';
