import type { LayoutDef, ObjectDef, RecordPageDef } from './model';
import { metadataKey } from './registry';

/**
 * The layout (or record page) for a record type when nothing assigns one: a tenant's own (made in
 * Setup) for the record type first, then a package's for it, the later package first (a package
 * loads after those it depends on, so Lumary AR's Client layout of Contact comes before the
 * core's); then one for every record type; then any. A package's layout the tenant rearranged
 * keeps its package's place: rearranging a layout does not reassign it.
 */
export function pickDesign<T extends LayoutDef | RecordPageDef>(defs: Map<string, T>, recordType: string | null): T | undefined {
  const all = [...defs.values()].reverse().sort((a, b) => Number(!b.packageName) - Number(!a.packageName));
  return (
    all.find((d) => recordType && d.recordTypes.some((rt) => metadataKey(rt) === metadataKey(recordType))) ??
    all.find((d) => d.recordTypes.length === 0) ??
    all[0]
  );
}

/**
 * The page layout a record of this record type is shown with: the one assigned to the record type
 * (by the tenant in Setup, else by the packages: see package.yaml `layoutAssignments`), else
 * pickDesign's choice.
 */
export function layoutFor(object: ObjectDef, recordType: string | null): LayoutDef | undefined {
  const assigned = recordType ? object.layoutAssignments?.get(metadataKey(recordType)) : undefined;
  return (assigned && object.layouts.get(metadataKey(assigned.layout))) ?? pickDesign(object.layouts, recordType);
}
