import { isPolymorphic, polymorphicTypeColumn, type FieldDef, type ObjectDef } from '@platform/metadata';
import { columnRef, fieldSql, quote, type SqlParams } from './query-sql';

/** One table reference in the query: the object and the alias the compiler gave it. */
export interface JoinTarget {
  object: ObjectDef;
  alias: string;
}

/** Where a field path is read from: one table, or each target of a polymorphic lookup. */
export interface Scope {
  targets: JoinTarget[];
  /** Relationship hops from the queried object. */
  depth: number;
}

/** The root table or a parent reached through a lookup. */
export interface JoinNode extends Scope {
  key: string;
  /** The relationship that leads here ('' for the root), as records name the nested parent. */
  relationshipName: string;
}

/**
 * The tables of one query: the root and a LEFT JOIN per parent, each joined once however many
 * paths use it. A polymorphic lookup joins each target object, guarded by the stored type.
 */
export class JoinGraph {
  readonly root: JoinNode;
  private readonly nodes = new Map<string, JoinNode>();
  private readonly clauses: string[] = [];
  private aliasCount = 0;

  constructor(
    object: ObjectDef,
    private readonly params: SqlParams,
    /** The tenant's placeholder; every table in the query is scoped by it. */
    readonly tenant: string,
  ) {
    this.root = { key: '', relationshipName: '', targets: [this.target(object)], depth: 0 };
  }

  get from(): string {
    const [root] = this.root.targets;
    return `${quote(root.object.table)} AS ${quote(root.alias)}`;
  }

  get joins(): string[] {
    return [...this.clauses];
  }

  /** The parent reached from `from` through `lookup`, restricted to the given target objects. */
  follow(from: JoinTarget, depth: number, lookup: FieldDef, targets: ObjectDef[]): JoinNode {
    const key = `${from.alias}.${lookup.apiName.toLowerCase()}:${targets.map((t) => t.apiName).join(',')}`;
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const node: JoinNode = {
      key,
      relationshipName: lookup.relationshipName ?? lookup.apiName,
      targets: targets.map((t) => this.target(t)),
      depth,
    };
    for (const target of node.targets) this.clauses.push(this.joinClause(from, lookup, target));
    this.nodes.set(key, node);
    return node;
  }

  private target(object: ObjectDef): JoinTarget {
    return { object, alias: `t${this.aliasCount++}` };
  }

  private joinClause(from: JoinTarget, lookup: FieldDef, target: JoinTarget): string {
    const column = lookup.column ?? '';
    const on = [
      `${columnRef(target.alias, 'tenant_id')} = ${this.tenant}`,
      `${columnRef(target.alias, 'id')} = ${fieldSql(from.alias, lookup)}`,
    ];
    if (isPolymorphic(lookup)) {
      on.push(`${columnRef(from.alias, polymorphicTypeColumn(column))} = ${this.params.add(target.object.apiName, 'text')}`);
    }
    return `LEFT JOIN ${quote(target.object.table)} AS ${quote(target.alias)} ON ${on.join(' AND ')}`;
  }
}
