import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import type { EntityManager } from 'typeorm';
import { ENTITY, F, JOURNAL_ENTRY, JOURNAL_LINE } from '../ar-names';
import { fieldAccess, fields } from '../field-access';
import { toCsv, type ExportLayout, type ExportLine } from './journal-csv';
import { isId } from './journal-entry';
import { JournalRepository } from './journal.repository';

export interface JournalExport {
  /** Absent when there was nothing new to export. */
  batch?: string;
  entries: number;
  csv: string;
}

/** What an export's CSV prints: a caller who may not read one of these gets no export (403 naming them). */
const EXPORTED_FIELDS = [
  ...fields(
    JOURNAL_ENTRY,
    'lumary__Export_Batch__c',
    'lumary__Description__c',
    'lumary__Source_Object__c',
    'lumary__Source_Record_Id__c',
    'lumary__Accounting_Period__c',
  ),
  ...fields(
    JOURNAL_LINE,
    'lumary__Line_Date__c',
    'lumary__Description__c',
    'lumary__Account__c',
    'lumary__Cost_Centre__c',
    'lumary__Debit__c',
    'lumary__Credit__c',
  ),
  ...fields(ENTITY, F.reportingCode, F.externalId, F.controlType),
];

/**
 * Exports a period's journal as manual journals for the financial package. An export takes only
 * entries no earlier export took, and stamps them with its batch so it can be downloaded again.
 */
export class JournalExportService {
  private readonly repository: JournalRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repository = new JournalRepository(engine);
  }

  async export(ctx: RequestContext, request: { period: string; layout: ExportLayout }): Promise<JournalExport> {
    // An export stamps its entries' Export Batch: a write, so it takes edit on Journal Entries and
    // on that field (as the records API would), and reading everything the CSV prints.
    requireObject(ctx, this.engine.object(JOURNAL_ENTRY), 'edit');
    const can = fieldAccess(ctx, this.engine);
    can.requireEdit(`${JOURNAL_ENTRY}.lumary__Export_Batch__c`, 'A journal export');
    can.require(EXPORTED_FIELDS, 'A journal export');
    const { period: periodId, layout } = request;
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const period = isId(periodId) ? await this.repository.period(manager, ctx.tenantId, periodId) : undefined;
      if (!period) throw EngineError.invalid('INVALID_CROSS_REFERENCE_KEY', `No accounting period with id '${periodId}'.`, ['period']);
      // The journal lock: a posting cannot slip in between choosing the entries and stamping them.
      await this.repository.lockJournal(manager, ctx.tenantId);
      const ids = await this.unexported(manager, ctx.tenantId, period.id);
      if (!ids.length) return { entries: 0, csv: toCsv(layout, []) };
      const batch = await this.nextBatch(manager, ctx.tenantId);
      const e = this.repository.entry;
      await manager.query(
        `UPDATE ${e.name} SET ${e.col('lumary__Export_Batch__c')} = $2, version = version + 1, last_modified_date = now() WHERE tenant_id = $1 AND id = ANY($3::uuid[])`,
        [ctx.tenantId, batch, ids],
      );
      const lines = await this.linesOf(manager, ctx.tenantId, batch);
      return { batch, entries: ids.length, csv: toCsv(layout, lines) };
    });
  }

  /** A batch again, exactly as it was exported (entries never change, so neither does it). */
  async download(ctx: RequestContext, batch: string, layout: ExportLayout = 'xero'): Promise<JournalExport> {
    // Downloading a batch again writes nothing: read on Journal Entries and on what the CSV prints.
    requireObject(ctx, this.engine.object(JOURNAL_ENTRY), 'read');
    fieldAccess(ctx, this.engine).require(EXPORTED_FIELDS, 'A journal export');
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      const lines = await this.linesOf(manager, ctx.tenantId, batch);
      if (!lines.length) throw EngineError.notFound(`No export batch named '${batch}'.`);
      return { batch, entries: new Set(lines.map((l) => l.entry)).size, csv: toCsv(layout, lines) };
    });
  }

  private async unexported(manager: EntityManager, tenantId: string, periodId: string): Promise<string[]> {
    const e = this.repository.entry;
    const rows = (await manager.query(
      `SELECT id FROM ${e.name} WHERE tenant_id = $1 AND ${e.col('lumary__Accounting_Period__c')} = $2 AND ${e.col('lumary__Export_Batch__c')} IS NULL ORDER BY ${e.col('Name')}`,
      [tenantId, periodId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  private async nextBatch(manager: EntityManager, tenantId: string): Promise<string> {
    const e = this.repository.entry;
    const [row] = (await manager.query(
      `SELECT count(DISTINCT ${e.col('lumary__Export_Batch__c')})::int AS n FROM ${e.name} WHERE tenant_id = $1`,
      [tenantId],
    )) as { n: number }[];
    return `EXP-${String(row.n + 1).padStart(6, '0')}`;
  }

  private async linesOf(manager: EntityManager, tenantId: string, batch: string): Promise<ExportLine[]> {
    const { entry: e, line: l, entity: a } = this.repository;
    const rows = (await manager.query(
      `SELECT e.${e.col('lumary__Export_Batch__c')} AS batch, e.${e.col('Name')} AS entry, l.${l.col('lumary__Line_Date__c')}::text AS date,
              e.${e.col('lumary__Description__c')} AS "entryDescription", l.${l.col('lumary__Description__c')} AS description,
              acc.${a.col('Name')} AS "accountName", acc.${a.col(F.reportingCode)} AS "accountCode", acc.${a.col(F.externalId)} AS "accountExternalId",
              acc.${a.col(F.controlType)} = 'GST Control Account' AS "accountIsGst",
              cc.${a.col('Name')} AS "costCentreName", cc.${a.col(F.reportingCode)} AS "costCentreCode", cc.${a.col(F.externalId)} AS "costCentreExternalId",
              l.${l.col('lumary__Debit__c')}::text AS debit, l.${l.col('lumary__Credit__c')}::text AS credit,
              e.${e.col('lumary__Source_Object__c')} AS "sourceObject", e.${e.col('lumary__Source_Record_Id__c')} AS "sourceId"
         FROM ${e.name} e
         JOIN ${l.name} l ON l.tenant_id = e.tenant_id AND l.${l.col('lumary__Journal_Entry__c')} = e.id
         JOIN ${a.name} acc ON acc.tenant_id = l.tenant_id AND acc.id = l.${l.col('lumary__Account__c')}
         LEFT JOIN ${a.name} cc ON cc.tenant_id = l.tenant_id AND cc.id = l.${l.col('lumary__Cost_Centre__c')}
        WHERE e.tenant_id = $1 AND e.${e.col('lumary__Export_Batch__c')} = $2
        ORDER BY e.${e.col('Name')}, l.${l.col('Name')}`,
      [tenantId, batch],
    )) as (Record<keyof ExportLine, string | null> & { entryDescription: string | null; accountIsGst: boolean | null })[];
    return rows.map((r) => {
      if (!r.accountCode) {
        throw EngineError.invalid(
          'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          `The account ${r.accountName} has no Reporting Code: set one before exporting.`,
          ['period'],
        );
      }
      return {
        batch: r.batch ?? '',
        entry: r.entry ?? '',
        date: r.date ?? '',
        narration: [r.entry, r.entryDescription].filter(Boolean).join(' '),
        description: r.description ?? r.entryDescription ?? '',
        accountName: r.accountName ?? '',
        accountCode: r.accountCode,
        accountExternalId: r.accountExternalId ?? '',
        accountIsGst: r.accountIsGst === true,
        costCentreName: r.costCentreName ?? '',
        costCentreCode: r.costCentreCode ?? '',
        costCentreExternalId: r.costCentreExternalId ?? '',
        debit: r.debit ?? '0.00',
        credit: r.credit ?? '0.00',
        sourceObject: r.sourceObject ?? '',
        sourceId: r.sourceId ?? '',
      };
    });
  }
}
