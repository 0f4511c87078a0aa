import { EngineError, inTenant, requireObject, type RecordEngine, type RequestContext } from '@platform/engine';
import { AGREEMENTS } from '../ar-names';
import '../ar.errors';
import { AgreementRepository, limitField, STATES, type SupportItemRow } from './agreement.repository';
import { parseCatalogue, type CatalogueFormat, type CatalogueRow } from './support-catalogue';

export type { CatalogueFormat, CatalogueRow };

/** What an import did (or, as a preview, would do). */
export interface CatalogueImport {
  dryRun: boolean;
  /** Rows read from the file. */
  rows: number;
  added: CatalogueRow[];
  /** Versions already there whose name, unit, GST code or a price limit the file changes. */
  changed: CatalogueRow[];
  unchanged: number;
}

const same = (row: CatalogueRow, item: SupportItemRow) =>
  row.name === item.name && row.unit === item.unit && row.gstCode === item.gstCode && STATES.every((s) => row.limits[s] === item.limits[s]);

const values = (row: CatalogueRow) => ({
  Name: row.name,
  lumary__Support_Item_Number__c: row.number,
  lumary__Effective_From__c: row.effectiveFrom,
  lumary__Unit__c: row.unit,
  lumary__GST_Code__c: row.gstCode,
  ...Object.fromEntries(STATES.map((s) => [limitField(s), row.limits[s]])),
});

/**
 * Imports a support catalogue file (libs/lumary-ar/RULES.md#service-agreements): each row is a
 * version of an item (its number and Start date); a version already there with the same figures is
 * left alone, one with other figures is updated, a new one added. All or nothing: a bad file is
 * refused naming every bad row and column, and nothing is written. A dry run answers the same
 * without writing.
 */
export class SupportCatalogueService {
  private readonly repo: AgreementRepository;

  constructor(private readonly engine: RecordEngine) {
    this.repo = new AgreementRepository(engine);
  }

  requireAccess(ctx: RequestContext, dryRun: boolean): void {
    const object = this.engine.object(AGREEMENTS.supportItem);
    requireObject(ctx, object, 'read');
    if (!dryRun) {
      requireObject(ctx, object, 'create');
      requireObject(ctx, object, 'edit');
    }
  }

  async import(
    ctx: RequestContext,
    file: { content: Buffer; format: CatalogueFormat },
    options: { dryRun: boolean },
  ): Promise<CatalogueImport> {
    this.requireAccess(ctx, options.dryRun);
    const parsed = await parseCatalogue(file.content, file.format);
    if (!parsed.ok)
      throw new EngineError(
        'invalid',
        parsed.problems.map((p) => ({
          errorCode: 'INVALID_FILE' as const,
          message: p.column ? `Row ${p.row}, column "${p.column}": ${p.message}` : `Row ${p.row}: ${p.message}`,
          fields: p.column ? [p.column] : [],
        })),
      );
    return inTenant(this.engine.dataSource, ctx, async (manager) => {
      // One import at a time per tenant: two at once would both add the same versions.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`lumary-ar.catalogue:${ctx.tenantId}`]);
      const existing = new Map((await this.repo.allItems(manager, ctx.tenantId)).map((i) => [`${i.number}@${i.effectiveFrom}`, i]));
      const result: CatalogueImport = { dryRun: options.dryRun, rows: parsed.rows.length, added: [], changed: [], unchanged: 0 };
      const writes = this.engine.within(manager, ctx);
      for (const row of parsed.rows) {
        const item = existing.get(`${row.number}@${row.effectiveFrom}`);
        if (item && same(row, item)) {
          result.unchanged++;
          continue;
        }
        if (item) result.changed.push(row);
        else result.added.push(row);
        if (options.dryRun) continue;
        if (item) await writes.update(AGREEMENTS.supportItem, item.id, values(row));
        else await writes.create(AGREEMENTS.supportItem, values(row));
      }
      return result;
    });
  }
}
