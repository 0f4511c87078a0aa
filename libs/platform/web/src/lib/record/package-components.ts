import { EnvironmentProviders, InjectionToken, Signal, Type, makeEnvironmentProviders } from '@angular/core';
import type { Schemas } from '@platform/api-client';

/**
 * Registered package components: what record-page metadata names (`lumary:debtorSummary`) mapped
 * to a loader of a standalone component. The shell knows none of them; a package registers its
 * own with `providePackageComponents` in the app config. A name nobody registered renders nothing.
 *
 * A component placed on a record page gets these inputs (declare the ones it needs):
 * `objectName`, `recordId`, `properties` (from the metadata) and `page` (the whole record page).
 */
export type PackageComponentLoader = () => Promise<Type<unknown>>;

export const PACKAGE_COMPONENTS = new InjectionToken<Record<string, PackageComponentLoader>[]>('PACKAGE_COMPONENTS');

export function providePackageComponents(components: Record<string, PackageComponentLoader>): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: PACKAGE_COMPONENTS, useValue: components, multi: true }]);
}

/** The record page a package component sits on, with a way to draw it again after a change. */
export interface RecordPageContext {
  page: Signal<Schemas['RecordPage'] | null>;
  reload(): Promise<void>;
}

export const RECORD_PAGE_CONTEXT = new InjectionToken<RecordPageContext>('RECORD_PAGE_CONTEXT');
