import { EngineError, type RecordEngine, type RequestContext } from '@platform/engine';
import type { FieldDef, ObjectDef } from '@platform/metadata';

/** A field as the package's read paths name it: `Object.Field`, e.g. `lumary__Invoice__c.lumary__Total__c`. */
export type FieldRef = `${string}.${string}`;

/** What each key of an answer is computed from: a key whose fields are not all readable is left out. */
export type Lineage<K extends PropertyKey> = { readonly [P in K]?: readonly FieldRef[] };

/** `T` as a caller may see it: the keys `K` that depend on fields may be absent. */
export type Visible<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/**
 * Field-level security for the package's read paths (reports, summaries, documents, exports,
 * progress): one question, asked of the caller's access policy exactly as the records API asks it
 * (`ctx.access.field(object, field).read`), and the ways to act on the answer:
 * - `require`: refuse with 403 INSUFFICIENT_ACCESS naming every unreadable field, for an answer that
 *   means nothing without them (a trial balance without Debit and Credit);
 * - `visible`: leave out of an answer each key computed from an unreadable field, as the records API
 *   leaves a field out of a record;
 * - `can` / `all`: for the rarer case that needs a yes or no;
 * - `requireEdit`: a write the package makes for the caller (an export's stamp) takes edit on the field.
 * The platform's own work (a context without access) reads everything.
 */
export class FieldAccess {
  private readonly cache = new Map<string, boolean>();

  constructor(
    private readonly ctx: RequestContext,
    private readonly engine: RecordEngine,
  ) {}

  /** Whether the caller may read the field; a field the metadata does not know is a programming error. */
  can(ref: FieldRef): boolean {
    const known = this.cache.get(ref);
    if (known !== undefined) return known;
    const { object, field } = this.resolve(ref);
    const access = this.ctx.access;
    const readable = !access || (!access.denial(object) && access.field(object, field).read);
    this.cache.set(ref, readable);
    return readable;
  }

  /** Whether every field of `refs` is readable. */
  all(refs: readonly FieldRef[]): boolean {
    return refs.every((ref) => this.can(ref));
  }

  /** The fields of `refs` the caller may not read, each once, in order. */
  unreadable(refs: readonly FieldRef[]): FieldRef[] {
    return [...new Set(refs)].filter((ref) => !this.can(ref));
  }

  /** Refuses with 403 INSUFFICIENT_ACCESS, naming every field of `refs` the caller may not read, when `what` is computed from them. */
  require(refs: readonly FieldRef[], what: string): void {
    const hidden = this.unreadable(refs);
    if (!hidden.length) return;
    const names = hidden.map((ref) => {
      const { object, field } = this.resolve(ref);
      return `${object.label} ${field.label} (${ref})`;
    });
    throw new EngineError('forbidden', [
      {
        errorCode: 'INSUFFICIENT_ACCESS',
        message: `${what} is computed from fields you do not have permission to read: ${names.join(', ')}.`,
        fields: hidden,
      },
    ]);
  }

  /** Refuses with 403 INSUFFICIENT_ACCESS when the caller may not edit the field `what` writes (as the records API refuses a write). */
  requireEdit(ref: FieldRef, what: string): void {
    const { object, field } = this.resolve(ref);
    const access = this.ctx.access;
    if (!access || (!access.denial(object) && access.field(object, field).edit)) return;
    throw new EngineError('forbidden', [
      {
        errorCode: 'INSUFFICIENT_ACCESS',
        message: `${what} writes ${object.label} ${field.label} (${ref}): you do not have permission to edit it.`,
        fields: [ref],
      },
    ]);
  }

  /** A copy of `value` without each key whose lineage names a field the caller may not read; other keys as they are. */
  visible<T extends object, K extends keyof T>(value: T, lineage: Lineage<K>): Visible<T, K> {
    const copy: Partial<T> = { ...value };
    for (const key of Object.keys(lineage) as K[]) {
      const refs = lineage[key];
      if (refs && !this.all(refs)) delete copy[key];
    }
    return copy as Visible<T, K>;
  }

  private resolve(ref: FieldRef): { object: ObjectDef; field: FieldDef } {
    const dot = ref.indexOf('.');
    const object = this.engine.object(ref.slice(0, dot));
    const field = object.fields.get(ref.slice(dot + 1).toLowerCase());
    if (!field) throw new Error(`${ref} is not a field`);
    return { object, field };
  }
}

/** The caller's field access, for one answer. */
export const fieldAccess = (ctx: RequestContext, engine: RecordEngine) => new FieldAccess(ctx, engine);

/** `Object.Field` refs of one object: `fields(AR.invoice, 'lumary__Total__c', ...)`. */
export function fields(object: string, ...names: string[]): FieldRef[] {
  return names.map((name) => `${object}.${name}` as FieldRef);
}
