export { LUMARY_AR, LUMARY_CONTROLLERS } from './lib/lumary-ar.package';
export { AR_TAGS } from './lib/ar-tags';
