import type { ObjectDef } from '@platform/metadata';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../records/request-context';
import type { RecordValues } from '../records/record-rows';

/**
 * What a package handler sees. `record` holds field values as the API shows them; a before
 * handler may change them (they are checked again before the write). Handlers run inside the
 * write's transaction: throwing rolls the whole write back.
 */
export interface TriggerEvent {
  ctx: RequestContext;
  manager: EntityManager;
  object: ObjectDef;
  id?: string;
  record: RecordValues;
  old?: RecordValues;
  /**
   * The package's own write (RecordEngine.within), not a records-API call: guards that keep
   * package-maintained fields out of users' hands let these through.
   */
  trusted?: boolean;
}

export interface TriggerHandlers {
  beforeInsert?(event: TriggerEvent): Promise<void> | void;
  afterInsert?(event: TriggerEvent): Promise<void> | void;
  beforeUpdate?(event: TriggerEvent): Promise<void> | void;
  afterUpdate?(event: TriggerEvent): Promise<void> | void;
  beforeDelete?(event: TriggerEvent): Promise<void> | void;
  afterDelete?(event: TriggerEvent): Promise<void> | void;
}

export type TriggerPhase = keyof TriggerHandlers;

/** Packages register their handlers per object; the engine runs them in registration order. */
export class TriggerRegistry {
  private readonly handlers = new Map<string, TriggerHandlers[]>();

  register(objectApiName: string, handlers: TriggerHandlers): void {
    const key = objectApiName.toLowerCase();
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handlers]);
  }

  async run(phase: TriggerPhase, event: TriggerEvent): Promise<void> {
    for (const handlers of this.handlers.get(event.object.apiName.toLowerCase()) ?? []) {
      await handlers[phase]?.(event);
    }
  }
}
