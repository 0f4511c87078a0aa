import type { FieldRef } from './soql-ast';
import type { JoinNode } from './query-joins';
import type { PathResolver } from './query-paths';
import type { SourceBuilder } from './query-formulas';
import { columnRef } from './query-sql';
import type { OutputColumns, RecordShape } from './query-shape';

/**
 * The SELECT list as a record shape: fields in the order written, each parent nested under its
 * relationship name where it is first mentioned. A field selected twice appears once.
 */
export function compileSelect(
  select: FieldRef[],
  root: JoinNode,
  resolver: PathResolver,
  sources: SourceBuilder,
  columns: OutputColumns,
): RecordShape {
  const shapes = new Map<JoinNode, RecordShape>();
  const shapeOf = (node: JoinNode): RecordShape => {
    let shape = shapes.get(node);
    if (!shape) {
      shape = {
        targets: node.targets.map((t) => ({
          objectApiName: t.object.apiName,
          idLabel: columns.add(columnRef(t.alias, 'id')),
        })),
        entries: [],
      };
      shapes.set(node, shape);
    }
    return shape;
  };

  const record = shapeOf(root);
  for (const ref of select) {
    const resolved = resolver.field(ref.path);
    let shape = record;
    for (const hop of resolved.hops) {
      const parent = shape;
      shape = shapeOf(hop);
      if (!parent.entries.some((e) => e.kind === 'parent' && e.shape === shape)) {
        parent.entries.push({ kind: 'parent', relationshipName: hop.relationshipName, shape });
      }
    }
    const apiName = resolved.fields[0].apiName;
    if (shape.entries.some((e) => e.kind === 'field' && e.apiName === apiName)) continue;
    const fieldSources = resolved.scope.targets.map((t, i) => sources.leaf(resolved.fields[i], t));
    shape.entries.push({ kind: 'field', apiName, sources: fieldSources });
  }
  return record;
}
