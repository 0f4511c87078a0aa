export { LUMARY_CONTROLLERS } from './lib/lumary.controllers';
