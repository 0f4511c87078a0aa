import type { ObjectDef, Registry } from '@platform/metadata';
import type { DataSource } from 'typeorm';
import { describeGlobal, describeObject, FULL_ACCESS, type DescribeAccess } from './describe/describe';
import { EngineError } from './engine.errors';
import { FormulaCache } from './formulas/formula-cache';
import { RecordReader } from './records/record-reader';
import { RecordWriter } from './records/record-writer';
import type { RequestContext } from './records/request-context';
import { TriggerRegistry } from './triggers/trigger-registry';

/**
 * The generic records service every object gets from its metadata alone. One instance per
 * loaded registry; it holds no per-request or per-tenant state.
 */
export class RecordEngine {
  readonly triggers = new TriggerRegistry();
  readonly formulas: FormulaCache;
  private readonly writer: RecordWriter;
  private readonly reader: RecordReader;

  constructor(
    readonly registry: Registry,
    readonly dataSource: DataSource,
  ) {
    this.formulas = new FormulaCache(registry);
    this.writer = new RecordWriter(registry, dataSource, this.formulas, this.triggers);
    this.reader = new RecordReader(registry, dataSource, this.formulas);
  }

  object(name: string): ObjectDef {
    const object = this.registry.object(name);
    if (!object) throw EngineError.notFound(`The requested resource does not exist: no object named '${name}'`);
    return object;
  }

  describeGlobal(access: DescribeAccess = FULL_ACCESS) {
    return describeGlobal(this.registry, access);
  }

  describe(objectName: string, access: DescribeAccess = FULL_ACCESS) {
    return describeObject(this.registry, this.object(objectName), access);
  }

  create(ctx: RequestContext, objectName: string, body: unknown) {
    return this.writer.create(ctx, objectName, body);
  }

  get(ctx: RequestContext, objectName: string, id: string) {
    return this.reader.get(ctx, this.object(objectName), id);
  }

  update(ctx: RequestContext, objectName: string, id: string, body: unknown, expectedVersion?: number) {
    return this.writer.update(ctx, objectName, id, body, expectedVersion);
  }

  delete(ctx: RequestContext, objectName: string, id: string, expectedVersion?: number) {
    return this.writer.remove(ctx, objectName, id, expectedVersion);
  }

  history(ctx: RequestContext, objectName: string, id: string) {
    return this.reader.history(ctx, this.object(objectName), id);
  }
}
