export { registerLumaryAr } from './lib/register-lumary-ar';
export * from './lib/ar-names';
