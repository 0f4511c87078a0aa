import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { AR, JOURNAL_ENTRY } from '../ar-names';
import { SqlTable } from '../sql-table';
import { checkBalanced, isId, type ControlType, type JournalEntryInput } from './journal-entry';
import { JournalRepository, type EntityRow, type NewEntry } from './journal.repository';
import { formatMoney } from './money';

export interface PostedEntry {
  id: string;
  name: string;
  date: string;
  period: { id: string; name: string };
  total: string;
  reverses?: string;
}

/** Every posting needs these, whatever it posts (libs/lumary-ar/RULES.md#accounting-entities). */
const ALWAYS_NEEDED: ControlType[] = ['Debtors Control Account', 'GST Control Account'];

const refuse = (message: string, fields: string[] = []) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);

/**
 * The business documents that post to the journal, and the action that takes their posting back
 * (libs/lumary-ar/RULES.md#ledger-integrity): only that action keeps the document and the books in step.
 */
const DOCUMENTS: Record<string, { label: string; action: (id: string) => string }> = {
  [AR.invoice]: {
    label: 'invoice',
    action: (id) => `void the invoice (POST /api/lumary/invoices/${id}/void) or credit it (POST /api/lumary/invoices/${id}/credit-notes)`,
  },
  [AR.creditNote]: { label: 'credit note', action: () => 'a credit note stands: invoice the amount again if it was given in error' },
  [AR.payment]: { label: 'payment', action: (id) => `reverse the payment (POST /api/lumary/payments/${id}/reverse)` },
  [AR.claim]: {
    label: 'claim',
    action: (id) =>
      `put the claim in Error (POST /api/lumary/claims/${id}/error, or a remittance file rejecting it), which reverses its submission`,
  },
};

/**
 * Posts to the Finance Journal: one entry and its lines in one transaction, after the checks of
 * libs/lumary-ar/RULES.md#finance-journal. Entries are never changed afterwards; reverse() posts the correcting entry.
 */
export class PostingService {
  readonly repository: JournalRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new JournalRepository(engine);
  }

  /** Licence, then object permission on journal entries: the engine's own checks, 403 with its message. */
  requireAccess(ctx: RequestContext, need: 'read' | 'create'): void {
    requireObject(ctx, this.engine.object(JOURNAL_ENTRY), need);
  }

  /**
   * A manual entry: between GL Codes only. Control accounts are moved by the receivables
   * subledger alone, and a business document's posting comes from that document's own action.
   */
  async post(ctx: RequestContext, input: JournalEntryInput): Promise<PostedEntry> {
    this.requireAccess(ctx, 'create');
    if (input.source && DOCUMENTS[input.source.object]) {
      throw refuse(
        `A manual entry cannot be the posting of a ${DOCUMENTS[input.source.object].label}: only the ${DOCUMENTS[input.source.object].label}'s own action posts it.`,
        ['source'],
      );
    }
    input.lines.forEach((line, i) => {
      if ('control' in line.account) throw controlRefused(i + 1, line.account.control);
    });
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const ids = input.lines.map((l) => ('id' in l.account ? l.account.id : ''));
      const entities = await this.repository.entitiesById(manager, ctx.tenantId, ids.filter(Boolean));
      ids.forEach((id, i) => {
        const entity = entities.get(id);
        if (entity?.recordType === 'Control_Account')
          throw controlRefused(i + 1, `${entity.controlType ?? 'Control Account'} ${entity.name}`);
      });
      return this.postIn(manager, ctx, input);
    });
  }

  /** Posts inside a transaction the caller already holds (issuing an invoice posts with its own writes). */
  async postIn(manager: EntityManager, ctx: RequestContext, input: JournalEntryInput, reverses?: string): Promise<PostedEntry> {
    const total = checkBalanced(input.lines);
    await this.repository.lockJournal(manager, ctx.tenantId);
    const period = await this.repository.periodOn(manager, ctx.tenantId, input.date);
    if (!period) throw refuse(`No accounting period covers ${input.date}: create an Open period for that date before posting.`, ['date']);
    if (period.status !== 'Open')
      throw refuse(`The accounting period ${period.name} is ${period.status}: nothing can be posted dated ${input.date}.`, ['date']);
    const accounts = await this.resolveAccounts(manager, ctx, input);
    const number = await this.repository.nextEntryNumber(manager, ctx.tenantId);
    const entry: NewEntry = {
      name: `JE-${String(number).padStart(6, '0')}`,
      date: input.date,
      periodId: period.id,
      description: input.description,
      source: input.source,
      total,
      reverses,
      lines: input.lines.map((line, i) => ({ ...line, account: accounts[i] })),
    };
    const id = await this.repository.insert(manager, ctx.tenantId, ctx.userId, entry);
    return {
      id,
      name: entry.name,
      date: entry.date,
      period: { id: period.id, name: period.name },
      total: formatMoney(total),
      ...(reverses ? { reverses } : {}),
    };
  }

  async reverse(ctx: RequestContext, entryId: string, options: { date?: string; description?: string } = {}): Promise<PostedEntry> {
    this.requireAccess(ctx, 'create');
    const date = options.date ?? ctx.today.toString();
    if (!isId(entryId)) throw EngineError.notFound(`No journal entry with id '${entryId}'.`);
    const description = options.description;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      await this.refuseDocumentPosting(manager, ctx, entryId);
      return this.reverseIn(manager, ctx, entryId, date, description);
    });
  }

  /** A manual reversal of a document's posting would leave the document Open with its posting undone. */
  private async refuseDocumentPosting(manager: EntityManager, ctx: RequestContext, entryId: string): Promise<void> {
    const original = await this.repository.load(manager, ctx.tenantId, entryId);
    if (!original?.sourceObject || !original.sourceId) return;
    const document = DOCUMENTS[original.sourceObject];
    if (!document) return;
    const table = new SqlTable(this.engine.object(original.sourceObject));
    const rows = isId(original.sourceId)
      ? ((await manager.query(`SELECT ${table.col('Name')} AS name FROM ${table.name} WHERE tenant_id = $1 AND id = $2`, [
          ctx.tenantId,
          original.sourceId,
        ])) as { name: string }[])
      : [];
    const name = rows[0]?.name ?? original.sourceId;
    throw new EngineError('conflict', [
      {
        errorCode: 'INVALID_OPERATION',
        message: `${original.name} is the posting of ${document.label} ${name}: it is not reversed by hand. To take it back, ${document.action(original.sourceId)}.`,
        fields: [],
      },
    ]);
  }

  /** Posts the mirror of an entry, dated `date`, inside the caller's transaction (voiding an invoice, dishonouring a payment). */
  async reverseIn(manager: EntityManager, ctx: RequestContext, entryId: string, date: string, description?: string): Promise<PostedEntry> {
    await this.repository.lockJournal(manager, ctx.tenantId);
    const original = await this.repository.load(manager, ctx.tenantId, entryId);
    if (!original) throw EngineError.notFound(`No journal entry with id '${entryId}'.`);
    if (original.reverses) throw refuse(`${original.name} is itself a reversal: post the original entry again instead of reversing it.`);
    const reversedBy = await this.repository.reversalOf(manager, ctx.tenantId, entryId);
    if (reversedBy) throw refuse(`${original.name} has already been reversed by ${reversedBy}.`);
    if (date < original.date)
      throw refuse(
        `A reversal is dated on or after the entry it reverses: ${original.name} is dated ${original.date}, the reversal ${date}.`,
        ['date'],
      );
    const input: JournalEntryInput = {
      date,
      description: description ?? `Reversal of ${original.name}${original.description ? `: ${original.description}` : ''}`.slice(0, 255),
      source: original.sourceId && original.sourceObject ? { id: original.sourceId, object: original.sourceObject } : undefined,
      lines: original.lines.map((line) => ({
        account: { id: line.account },
        costCentre: line.costCentre ?? undefined,
        debit: line.credit,
        credit: line.debit,
        description: line.description ?? undefined,
      })),
    };
    return this.postIn(manager, ctx, input, original.id);
  }

  /** Each line's account id: control accounts resolved by type, every account checked for kind and activity. */
  private async resolveAccounts(manager: EntityManager, ctx: RequestContext, input: JournalEntryInput): Promise<string[]> {
    const controls = await this.repository.activeControlAccounts(manager, ctx.tenantId);
    const needed = new Set<ControlType>(ALWAYS_NEEDED);
    for (const line of input.lines) if ('control' in line.account) needed.add(line.account.control);
    const controlOf = new Map<ControlType, string>();
    for (const type of needed) controlOf.set(type, onlyControl(controls, type));

    const ids = input.lines.flatMap((l) => [...('id' in l.account ? [l.account.id] : []), ...(l.costCentre ? [l.costCentre] : [])]);
    const entities = await this.repository.entitiesById(manager, ctx.tenantId, [...new Set(ids)]);
    return input.lines.map((line, i) => {
      const n = i + 1;
      if (line.costCentre) requireEntity(entities.get(line.costCentre), ['Cost_Centre'], n, 'cost centre', 'a Cost Centre');
      if ('control' in line.account) return controlOf.get(line.account.control)!;
      requireEntity(entities.get(line.account.id), ['Control_Account', 'GL_Code'], n, 'account', 'a Control Account or a GL Code');
      return line.account.id;
    });
  }
}

function controlRefused(line: number, what: string): EngineError {
  return refuse(
    `Line ${line}: a manual entry cannot post to the control account ${what}; control accounts are moved only by invoices, credit notes and payments. Use GL Codes.`,
    [`lines[${line - 1}]`],
  );
}

function onlyControl(controls: EntityRow[], type: ControlType): string {
  const found = controls.filter((c) => c.controlType === type);
  if (found.length === 1) return found[0].id;
  const what = type === 'Bank Account' ? 'an active Bank Account (for payments)' : `exactly one active ${type}`;
  if (!found.length) throw refuse(`Posting needs ${what}; this organisation has none. Create it under Accounting Entities.`);
  throw refuse(
    `Posting needs exactly one active ${type}; this organisation has ${found.length} (${found.map((c) => c.name).join(', ')}). Deactivate all but one.`,
  );
}

function requireEntity(entity: EntityRow | undefined, kinds: string[], line: number, role: string, expected: string): void {
  if (!entity)
    throw EngineError.invalid('INVALID_CROSS_REFERENCE_KEY', `Line ${line}: no Accounting Entity with that id for the ${role}.`, [
      `lines[${line - 1}]`,
    ]);
  if (!kinds.includes(entity.recordType))
    throw refuse(`Line ${line}: the ${role} ${entity.name} is not ${expected}.`, [`lines[${line - 1}]`]);
  if (!entity.active) throw refuse(`Line ${line}: the ${role} ${entity.name} is inactive.`, [`lines[${line - 1}]`]);
}
