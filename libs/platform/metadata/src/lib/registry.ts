import type { AppDef, CustomPermissionDef, FieldDef, ObjectDef, PackageDef, PermissionSetDef } from './model';

const key = (apiName: string) => apiName.toLowerCase();

/**
 * The loaded metadata of a set of packages, indexed by run-time API name. Built once per set of
 * installed package versions and shared read-only by every request.
 */
export class Registry {
  readonly packages = new Map<string, PackageDef>();
  private readonly objectsByKey = new Map<string, ObjectDef>();
  private readonly appsByKey = new Map<string, AppDef>();
  private readonly permissionSetsByKey = new Map<string, PermissionSetDef>();
  private readonly customPermissionsByKey = new Map<string, CustomPermissionDef>();

  get objects(): ObjectDef[] {
    return [...this.objectsByKey.values()];
  }
  get apps(): AppDef[] {
    return [...this.appsByKey.values()];
  }
  get permissionSets(): PermissionSetDef[] {
    return [...this.permissionSetsByKey.values()];
  }
  get customPermissions(): CustomPermissionDef[] {
    return [...this.customPermissionsByKey.values()];
  }

  object(apiName: string): ObjectDef | undefined {
    return this.objectsByKey.get(key(apiName));
  }
  field(objectApiName: string, fieldApiName: string): FieldDef | undefined {
    return this.object(objectApiName)?.fields.get(key(fieldApiName));
  }
  app(apiName: string): AppDef | undefined {
    return this.appsByKey.get(key(apiName));
  }
  permissionSet(apiName: string): PermissionSetDef | undefined {
    return this.permissionSetsByKey.get(key(apiName));
  }
  customPermission(apiName: string): CustomPermissionDef | undefined {
    return this.customPermissionsByKey.get(key(apiName));
  }

  /**
   * A registry sharing every definition of this one, to which a tenant's overlay adds or replaces
   * objects (see applyOverlay): this one is never changed.
   */
  derive(): Registry {
    const derived = new Registry();
    for (const [name, pkg] of this.packages) derived.packages.set(name, pkg);
    for (const [k, v] of this.objectsByKey) derived.objectsByKey.set(k, v);
    for (const [k, v] of this.appsByKey) derived.appsByKey.set(k, v);
    for (const [k, v] of this.permissionSetsByKey) derived.permissionSetsByKey.set(k, v);
    for (const [k, v] of this.customPermissionsByKey) derived.customPermissionsByKey.set(k, v);
    return derived;
  }

  /** @internal used by the loader */
  addObject(def: ObjectDef): void {
    this.objectsByKey.set(key(def.apiName), def);
  }
  /** @internal used by the loader */
  addApp(def: AppDef): void {
    this.appsByKey.set(key(def.apiName), def);
  }
  /** @internal used by the loader */
  addPermissionSet(def: PermissionSetDef): void {
    this.permissionSetsByKey.set(key(def.apiName), def);
  }
  /** @internal used by the loader */
  addCustomPermission(def: CustomPermissionDef): void {
    this.customPermissionsByKey.set(key(def.apiName), def);
  }
}

/** Maps inside an ObjectDef are keyed by lower-cased API name; this is the one place that says so. */
export const metadataKey = key;
