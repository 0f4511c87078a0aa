export * from './ar-api';
export * from './ledger-model';
export * from './receivables-scenario';
