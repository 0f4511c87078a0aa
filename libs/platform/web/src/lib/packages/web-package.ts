import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { Route } from '@angular/router';
import { PackageComponentLoader, providePackageComponents } from '../record/package-components';
import { PackageObjectBehaviour, providePackageObjects } from './package-objects';

/**
 * A package's web part, as the shell composes it (PLATFORM.md, "Packages are units"): its own
 * pages and the components its record pages name. The shell lists installed packages in
 * `installed-packages.ts` and names none elsewhere.
 */
export interface WebPackage {
  /** The metadata package's name, e.g. `Lumary AR`. */
  name: string;
  /** Its pages, as children of the signed-in shell, placed before the shell's generic routes. */
  routes?: Route[];
  /** What its record-page metadata names (`lumary:debtorSummary`), each loaded when first shown. */
  components?: Record<string, PackageComponentLoader>;
  /**
   * What New, Edit and the record page's title bar do for objects its actions write, by object
   * API name (see PackageObjectBehaviour): New opening the package's dialog, or not offered.
   */
  objects?: Record<string, PackageObjectBehaviour>;
}

/** The installed packages' record-page components and object behaviours. */
export function provideWebPackages(packages: WebPackage[]): EnvironmentProviders {
  return makeEnvironmentProviders([
    ...packages.filter((p) => p.components).map((p) => providePackageComponents(p.components ?? {})),
    ...packages.filter((p) => p.objects).map((p) => providePackageObjects(p.objects ?? {})),
  ]);
}

/** The installed packages' pages. */
export function packageRoutes(packages: WebPackage[]): Route[] {
  return packages.flatMap((p) => p.routes ?? []);
}
