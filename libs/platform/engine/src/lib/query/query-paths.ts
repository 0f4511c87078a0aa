import { metadataKey, type FieldDef, type ObjectDef, type Registry } from '@platform/metadata';
import { allFields, fieldOf } from '../records/system-fields';
import { invalidField, MAX_RELATIONSHIP_DEPTH, type Access } from './query-context';
import type { JoinGraph, JoinNode, Scope } from './query-joins';

/** A field path resolved against the metadata: the leaf field on each table it may come from. */
export interface ResolvedField {
  scope: Scope;
  /** The leaf field on each of `scope.targets`, in the same order. */
  fields: FieldDef[];
  /** The relationships followed, root first. */
  hops: JoinNode[];
  /** The path in the metadata's own spelling, e.g. `lumary__Parent__r.Name`. */
  path: string;
}

const isLookup = (field: FieldDef): boolean =>
  (field.type === 'Lookup' || field.type === 'MasterDetail') && !!field.relationshipName && (!!field.column || !!field.custom);

const unknownRelationship = (name: string, written: string, object: ObjectDef) =>
  invalidField(`Didn't understand relationship '${name}' in field path '${written}' on entity '${object.apiName}'`, written);

const targetNames = (scope: Scope): string => scope.targets.map((t) => t.object.apiName).join(' or ');

/**
 * Resolves field paths as written (case-insensitive) to metadata fields, joining parents as it
 * goes. What `access` hides does not exist here: the error is the same as for an unknown name.
 */
export class PathResolver {
  constructor(
    private readonly registry: Registry,
    private readonly graph: JoinGraph,
    private readonly access: Access,
    /** User paths are limited to SOQL's five hops; formula inputs are already checked metadata. */
    private readonly limitDepth = true,
  ) {}

  field(segments: string[], from: Scope = this.graph.root): ResolvedField {
    const written = segments.join('.');
    const { scope, hops } = this.walk(segments.slice(0, -1), from, written);
    const fields = this.leaf(scope, segments[segments.length - 1], written);
    const path = [...hops.map((h) => h.relationshipName), fields[0].apiName].join('.');
    return { scope, fields, hops, path };
  }

  /** Follows relationship names from `from`; a polymorphic lookup can only be the last hop. */
  walk(segments: string[], from: Scope, written: string): { scope: Scope; hops: JoinNode[] } {
    let scope = from;
    const hops: JoinNode[] = [];
    for (const segment of segments) {
      if (scope.targets.length > 1) {
        throw invalidField(
          `'${hops[hops.length - 1]?.relationshipName}' is a lookup to ${targetNames(scope)}: only fields they all have can be used, not further relationships`,
          written,
        );
      }
      const [target] = scope.targets;
      const lookup = this.relationship(target.object, segment, written);
      const parents = this.parents(lookup, target.object, segment, written);
      if (this.limitDepth && scope.depth >= MAX_RELATIONSHIP_DEPTH) {
        throw invalidField(`field path '${written}' goes through more than ${MAX_RELATIONSHIP_DEPTH} relationships`, written);
      }
      const node = this.graph.follow(target, scope.depth + 1, lookup, parents);
      hops.push(node);
      scope = node;
    }
    return { scope, hops };
  }

  private relationship(object: ObjectDef, name: string, written: string): FieldDef {
    const wanted = metadataKey(name);
    const lookup = allFields(object).find(
      (f) => isLookup(f) && metadataKey(f.relationshipName ?? '') === wanted && this.access.field(object.apiName, f.apiName),
    );
    if (!lookup) throw unknownRelationship(name, written, object);
    return lookup;
  }

  /** The objects a lookup may point at that the caller may read; none readable reads as no relationship. */
  private parents(lookup: FieldDef, object: ObjectDef, name: string, written: string): ObjectDef[] {
    const parents = (lookup.referenceTo ?? [])
      .map((apiName) => this.registry.object(apiName))
      .filter((o): o is ObjectDef => !!o && this.access.object(o.apiName));
    if (parents.length === 0) throw unknownRelationship(name, written, object);
    return parents;
  }

  private leaf(scope: Scope, name: string, written: string): FieldDef[] {
    const fields = scope.targets.map((t) => {
      const field = fieldOf(t.object, name);
      return field && this.access.field(t.object.apiName, field.apiName) ? field : undefined;
    });
    if (fields.every((f): f is FieldDef => !!f)) return fields;
    if (scope.targets.length === 1) {
      throw invalidField(`No such column '${name}' on entity '${scope.targets[0].object.apiName}'`, written);
    }
    throw invalidField(
      `No such column '${name}' on entity '${targetNames(scope)}': through a polymorphic lookup only fields they all have can be used`,
      written,
    );
  }
}
