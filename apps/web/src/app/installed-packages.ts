import { WebPackage } from '@platform/web';
import { LUMARY_AR_WEB } from '@lumary-ar/web';

/**
 * The packages this web app is built with, and the only place it names one. Remove a line (and
 * its import) to build the shell without that package; the API's list is apps/api/src/packages.ts.
 */
export const INSTALLED_WEB_PACKAGES: WebPackage[] = [LUMARY_AR_WEB];
