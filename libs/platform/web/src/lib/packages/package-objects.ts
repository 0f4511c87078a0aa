import { EnvironmentProviders, InjectionToken, makeEnvironmentProviders } from '@angular/core';
import type { Schemas } from '@platform/api-client';
import type { PackageComponentLoader } from '../record/package-components';

/**
 * What a package says about an object whose records its own actions write (PLATFORM.md,
 * "Packages are units"): the shell asks this before offering its generic New and Edit, and draws
 * the package's actions in the record page's title bar. The shell names no package or object.
 */
export interface PackageObjectBehaviour {
  /**
   * New on the object's list view. `false`: not offered (records are made by other actions).
   * A loader: New opens that component in a dialog instead of the generic form; the dialog gets
   * `{ object }` as its data (MAT_DIALOG_DATA) and closes with a truthy value when it wrote
   * something (the list is loaded again). `{ route }`: New opens that page of the package's (an
   * editor too large for a dialog). Absent: the generic form, when the object is createable.
   */
  create?: false | PackageComponentLoader | { route: string[] };
  /** Whether the record page offers the generic Edit on this record; absent: when the page allows it. */
  editable?: (page: Schemas['RecordPage']) => boolean;
  /**
   * Drawn in the record page's title bar, next to Edit: the package's actions on the record. It
   * gets the inputs a record-page component gets (declare the ones it needs): `objectName`,
   * `recordId`, `page`; RECORD_PAGE_CONTEXT reloads the page after a change.
   */
  recordActions?: PackageComponentLoader;
}

/** Each installed package's behaviours, by object API name (`lumary__Payment__c`). */
export const PACKAGE_OBJECTS = new InjectionToken<Record<string, PackageObjectBehaviour>[]>('PACKAGE_OBJECTS');

export function providePackageObjects(objects: Record<string, PackageObjectBehaviour>): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: PACKAGE_OBJECTS, useValue: objects, multi: true }]);
}

/** The behaviours the installed packages give an object (several packages may each give some). */
export function objectBehaviours(registered: Record<string, PackageObjectBehaviour>[] | null, object: string): PackageObjectBehaviour[] {
  return (registered ?? []).flatMap((objects) => (Object.prototype.hasOwnProperty.call(objects, object) ? [objects[object]] : []));
}

/**
 * What New does on an object's list: `form` (the generic record form), `dialog` (a package's),
 * `route` (a package's page) or `none`. The first package that says anything decides;
 * `createable` is the user's right.
 */
export function newBehaviour(
  behaviours: PackageObjectBehaviour[],
  createable: boolean,
): { kind: 'form' } | { kind: 'dialog'; load: PackageComponentLoader } | { kind: 'route'; route: string[] } | { kind: 'none' } {
  if (!createable) return { kind: 'none' };
  const create = behaviours.find((b) => b.create !== undefined)?.create;
  if (create === undefined) return { kind: 'form' };
  if (create === false) return { kind: 'none' };
  return typeof create === 'function' ? { kind: 'dialog', load: create } : { kind: 'route', route: create.route };
}

/** Whether the record page offers Edit: the page allows it and no package says otherwise. */
export function editOffered(behaviours: PackageObjectBehaviour[], page: Schemas['RecordPage']): boolean {
  return page.actions.edit && behaviours.every((b) => !b.editable || b.editable(page));
}
