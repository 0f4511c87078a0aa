import { isSystemField } from '@platform/engine';
import {
  isComputed,
  type AppDef,
  type FieldDef,
  type ObjectDef,
  type ObjectPermission,
  type PermissionSetDef,
  type Registry,
} from '@platform/metadata';

/** The two built-in profiles every tenant has. */
export const PROFILES = ['System Administrator', 'Standard User'] as const;
export type Profile = (typeof PROFILES)[number];

/** What decides a user's access: their profile, their permission sets, their tenant's packages. */
export interface AccessGrants {
  profile: Profile;
  permissionSets: PermissionSetDef[];
  /** Packages installed in the tenant, by name, and whether their licence is held. */
  packages: Map<string, { licensed: boolean }>;
}

export type Denial = { reason: 'licence'; message: string } | { reason: 'permission'; message: string };

const NONE: ObjectPermission = { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };
const ALL: ObjectPermission = { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
/** Standard users work with the standard objects, and may read (not change) users. */
const STANDARD_USER: Record<string, ObjectPermission> = {
  contact: { ...NONE, read: true, create: true, edit: true, delete: true },
  account: { ...NONE, read: true, create: true, edit: true, delete: true },
  user: { ...NONE, read: true },
  userrole: { ...NONE, read: true },
};

/** The sentence a user meets when a package's features are not theirs to use. */
export function notEnabledMessage(licence: string): string {
  return `${licence} Management features are not enabled for your organisation; contact your Account Manager.`;
}

/**
 * A user's effective access, as pure functions over metadata: licence → object → field, in
 * that order (the tenant check is the database's and the engine's). Built once per request.
 */
export class AccessPolicy {
  private readonly objectCache = new Map<string, ObjectPermission>();

  constructor(
    readonly registry: Registry,
    readonly grants: AccessGrants,
  ) {}

  get isAdmin(): boolean {
    return this.grants.profile === 'System Administrator';
  }

  /** Why the user may not use an object at all, or undefined when they may read it. */
  denial(object: ObjectDef): Denial | undefined {
    const licence = this.missingLicence(object.packageName);
    if (licence) return { reason: 'licence', message: notEnabledMessage(licence) };
    if (this.object(object).read) return undefined;
    const pkg = this.registry.packages.get(object.packageName);
    if (pkg?.licence) return { reason: 'permission', message: notEnabledMessage(pkg.licence.name) };
    return { reason: 'permission', message: `You do not have access to ${object.pluralLabel}.` };
  }

  /** The licence a package needs and the tenant lacks (an uninstalled package counts as unlicensed). */
  missingLicence(packageName: string): string | undefined {
    const pkg = this.registry.packages.get(packageName);
    if (!pkg) return undefined;
    const installed = this.grants.packages.get(pkg.name);
    if (!pkg.licence) return installed || !pkg.namespace ? undefined : pkg.name;
    return installed?.licensed ? undefined : pkg.licence.name;
  }

  object(object: ObjectDef): ObjectPermission {
    const key = object.apiName.toLowerCase();
    let permission = this.objectCache.get(key);
    if (!permission) {
      permission = this.computeObject(object);
      this.objectCache.set(key, permission);
    }
    return permission;
  }

  field(object: ObjectDef, field: FieldDef): { read: boolean; edit: boolean } {
    const can = this.object(object);
    if (!can.read || this.missingLicence(field.packageName)) return { read: false, edit: false };
    const computed = isComputed(field);
    // The name, required fields and system fields come with the object: without them no record
    // could be shown or saved.
    const always = isSystemField(field) || field.required || field.apiName.toLowerCase() === object.nameField.toLowerCase();
    if (
      this.isAdmin ||
      always ||
      (this.grants.profile === 'Standard User' && field.packageName === 'Core' && STANDARD_USER[object.apiName.toLowerCase()])
    ) {
      return { read: true, edit: !computed && (can.edit || can.create) };
    }
    let read = false;
    let edit = false;
    for (const ps of this.grants.permissionSets) {
      const grant = ps.fields[`${object.apiName}.${field.apiName}`];
      if (grant) {
        read ||= grant.read || grant.edit;
        edit ||= grant.edit;
      }
    }
    return { read, edit: edit && !computed };
  }

  hasCustomPermission(apiName: string): boolean {
    if (this.isAdmin) return true;
    return this.grants.permissionSets.some((ps) => ps.customPermissions.some((c) => c.toLowerCase() === apiName.toLowerCase()));
  }

  /** An app shows in the App Launcher when its package is licensed and the user may open it. */
  canOpenApp(app: AppDef): boolean {
    if (this.missingLicence(app.packageName)) return false;
    if (this.isAdmin) return true;
    return this.grants.permissionSets.some((ps) => ps.apps.some((a) => a.toLowerCase() === app.apiName.toLowerCase()));
  }

  private computeObject(object: ObjectDef): ObjectPermission {
    if (this.missingLicence(object.packageName)) return NONE;
    if (this.isAdmin) return ALL;
    const merged = { ...(this.grants.profile === 'Standard User' ? (STANDARD_USER[object.apiName.toLowerCase()] ?? NONE) : NONE) };
    for (const ps of this.grants.permissionSets) {
      if (ps.licence && this.missingLicence(ps.packageName)) continue;
      const grant = ps.objects[object.apiName];
      if (!grant) continue;
      for (const key of Object.keys(merged) as (keyof ObjectPermission)[]) merged[key] ||= grant[key];
    }
    // Modify all implies view all and edit; view all implies read.
    if (merged.modifyAll) Object.assign(merged, { viewAll: true, read: true, edit: true, delete: true });
    if (merged.viewAll || merged.create || merged.edit || merged.delete) merged.read = true;
    return merged;
  }
}
