export * from './lib/model';
export * from './lib/naming';
export * from './lib/registry';
