import type { ServerPackage } from '@platform/api';
import { LUMARY_AR } from '@lumary-ar/api';

/**
 * The packages this API is built with, and the only place it names one: their metadata folders,
 * controllers, triggers, background work and demo data. Remove a line (and its import) to build a
 * platform without that package; tenants still install and licence it (`npm run ops`).
 */
export const INSTALLED_PACKAGES: ServerPackage[] = [LUMARY_AR];
