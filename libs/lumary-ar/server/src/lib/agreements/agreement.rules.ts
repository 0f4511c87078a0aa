import Decimal from 'decimal.js';
import { EngineError, type RecordEngine, type RecordValues, type TriggerEvent } from '@platform/engine';
import { AGREEMENTS, AR } from '../ar-names';
import { toCents } from '../invoices/invoice-math';
import { formatMoney, ZERO } from '../journal/money';
import { AgreementRepository, DRAWING, taxCodeOf, type State, type SupportItemRow } from './agreement.repository';

const S = {
  item: 'lumary__Support_Item_Number__c',
  date: 'lumary__Service_Date__c',
  rate: 'lumary__Rate__c',
  quantity: 'lumary__Quantity__c',
  unit: 'lumary__Unit__c',
  tax: 'lumary__Tax_Code__c',
  line: 'lumary__Agreement_Line__c',
  status: 'lumary__Status__c',
  client: 'lumary__Client__c',
} as const;
const L = {
  agreement: 'lumary__Agreement__c',
  item: 'lumary__Support_Item_Number__c',
  description: 'lumary__Description__c',
  unit: 'lumary__Unit__c',
  quantity: 'lumary__Quantity__c',
  price: 'lumary__Unit_Price__c',
  budget: 'lumary__Budget__c',
  used: 'lumary__Used__c',
  remaining: 'lumary__Remaining__c',
} as const;
/** Statuses the dates do not move: a Draft is not yet in force, a Cancelled one never again. */
const FIXED_STATUSES = ['Draft', 'Cancelled'];

export const dollars = (value: Decimal.Value) => `$${new Decimal(value).toFixed(2)}`;
const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const differs = (record: RecordValues, old: RecordValues | undefined, field: string) => !old || str(record[field]) !== str(old[field]);
const invalid = (message: string, fields: string[]) => EngineError.invalid('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields);

/** An agreement that is not Draft or Cancelled is Active until its End Date, Expired after it. */
export function agreementStatus(status: string, endDate: string, today: string): string {
  if (FIXED_STATUSES.includes(status)) return status;
  return endDate < today ? 'Expired' : 'Active';
}

/**
 * The support catalogue, agreements and their budgets (libs/lumary-ar/RULES.md#service-agreements):
 * - a service with a Support Item Number is priced by the version in force on its Service Date for
 *   the organisation's state (Rate defaults to its agreement line's Unit Price, else to the price
 *   limit, never above the limit; Unit and GST from the item);
 * - a service on an agreement line draws down the line while Delivered, Billed or Claimed; a draw
 *   past the Remaining budget, outside the agreement's dates or on an agreement that is not Active
 *   is refused with the figures unless the line allows overrun;
 * - a line's Unit Price is at most its item's limit; Budget = Quantity × Unit Price; Used and
 *   Remaining are the engine's;
 * - an agreement's status follows its dates on every save (and daily, AgreementStatusService).
 * Registered before the invoice rules, so the service's Amount is computed from the Rate set here.
 */
export function registerAgreementRules(engine: RecordEngine): void {
  if (!engine.registry.object(AGREEMENTS.line)) return;
  const repo = new AgreementRepository(engine);

  const priced = async (
    event: TriggerEvent,
    number: string,
    date: string,
    field: string,
  ): Promise<{ item: SupportItemRow; limit: string | null; state: State }> => {
    const { manager, ctx } = event;
    const item = await repo.itemInForce(manager, ctx.tenantId, number, date);
    if (!item)
      throw invalid(
        `No support item ${number} is in force on ${date} in the support catalogue: import the catalogue or correct the number.`,
        [field],
      );
    const state = await repo.state(manager, ctx.tenantId);
    if (!state) throw invalid("AR Settings name no State: set it, so services are priced by that state's price limits.", [field]);
    return { item, limit: item.limits[state], state };
  };

  const beforeService = async (event: TriggerEvent) => {
    const { record, old, manager, ctx } = event;
    const oldStatus = old ? String(old[S.status]) : null;
    // Billed or claimed: its figures stand as they were billed (the service rules refuse user edits).
    if (oldStatus === 'Billed' || oldStatus === 'Claimed') return;
    const lineId = str(record[S.line]);
    const line = lineId ? await repo.lockLine(manager, ctx.tenantId, lineId) : undefined;
    if (lineId && !line) throw invalid(`No Service Agreement Line with id '${lineId}'.`, [S.line]);
    if (line) {
      if (!str(record[S.item])) record[S.item] = line.supportItem;
      if (str(record[S.item]) !== line.supportItem)
        throw invalid(
          `The service's support item ${String(record[S.item])} is not its agreement line's: ${line.name} budgets ${line.supportItem}.`,
          [S.item],
        );
      // The agreed price is the service's rate unless it gives one (still checked against the catalogue below).
      if (str(record[S.rate]) === null && line.unitPrice) record[S.rate] = line.unitPrice;
      if (str(record[S.client]) !== line.client)
        throw invalid(`${line.name} is on ${line.agreementName}, another client's agreement.`, [S.line]);
    }
    const number = str(record[S.item]);
    const date = str(record[S.date]);
    if (number && date && (differs(record, old, S.item) || differs(record, old, S.date) || differs(record, old, S.rate))) {
      const { item, limit, state } = await priced(event, number, date, S.item);
      if (str(record[S.rate]) === null) {
        if (limit === null) throw invalid(`${number} has no price limit in ${state} (a quoted support): enter its Rate.`, [S.rate]);
        record[S.rate] = limit;
      } else if (limit !== null && new Decimal(String(record[S.rate])).greaterThan(limit)) {
        throw invalid(
          `The Rate ${dollars(String(record[S.rate]))} is above the price limit ${dollars(limit)} of ${number} in ${state} on ${date}.`,
          [S.rate],
        );
      }
      record[S.unit] = item.unit;
      if (differs(record, old, S.item) || !old) record[S.tax] = taxCodeOf(item.gstCode);
    }
    if (!line) return;
    // Only a new draw is checked: a service already drawing the same line by no more stays as it is.
    const drawing = DRAWING.includes(String(record[S.status]));
    if (!drawing) return;
    const amount = toCents(new Decimal(String(record[S.quantity] ?? 0)).times(String(record[S.rate] ?? 0)));
    const wasDrawingHere = !!old && DRAWING.includes(String(old[S.status])) && str(old[S.line]) === line.id;
    const before = wasDrawingHere ? toCents(new Decimal(String(old[S.quantity] ?? 0)).times(String(old[S.rate] ?? 0))) : ZERO;
    const moved = !wasDrawingHere || differs(record, old, S.date);
    if (!moved && !amount.greaterThan(before)) return;
    if (line.allowOverrun) {
      if (FIXED_STATUSES.includes(line.status))
        throw invalid(`${line.agreementName} is ${line.status}: no service is delivered on it.`, [S.line]);
      return;
    }
    if (line.status !== 'Active')
      throw invalid(`${line.agreementName} is ${line.status}: services are delivered only on an Active agreement.`, [S.line]);
    if (date && (date < line.startDate || date > line.endDate))
      throw invalid(
        `The Service Date ${date} is outside ${line.agreementName} (${line.startDate} to ${line.endDate}) and ${line.name} does not allow overrun.`,
        [S.date],
      );
    const remaining = line.budget.minus(line.used.minus(before));
    if (amount.greaterThan(remaining))
      throw invalid(
        `${dollars(amount)} is more than the ${dollars(remaining)} remaining on ${line.name} (${line.supportItem}, budget ${dollars(line.budget)}, used ${dollars(line.used.minus(before))}), which does not allow overrun.`,
        [S.line],
      );
  };

  const afterService = async (event: TriggerEvent) => {
    const lines = new Set([str(event.old?.[S.line]), str(event.record[S.line])].filter((l): l is string => !!l));
    for (const line of lines) await repo.recomputeUsed(event.manager, event.ctx.tenantId, line);
  };

  engine.triggers.register(AR.service, {
    beforeInsert: beforeService,
    beforeUpdate: beforeService,
    afterInsert: afterService,
    afterUpdate: afterService,
    afterDelete: afterService,
  });

  const beforeLine = async (event: TriggerEvent) => {
    const { record, old, manager, ctx } = event;
    const agreementId = str(record[L.agreement]);
    const number = str(record[L.item]);
    if (old && differs(record, old, L.item) && (await repo.servicesOfLine(manager, ctx.tenantId, String(old['Id'] ?? event.id))))
      throw invalid(`${String(old['Name'])} has services delivered under ${String(old[L.item])}: its support item cannot change.`, [
        L.item,
      ]);
    const agreement = agreementId ? await repo.agreementOf(manager, ctx.tenantId, agreementId) : undefined;
    if (agreement && number && (differs(record, old, L.item) || differs(record, old, L.price) || differs(record, old, L.agreement))) {
      const { item, limit, state } = await priced(event, number, agreement.startDate, L.item);
      if (str(record[L.price]) === null) {
        if (limit === null) throw invalid(`${number} has no price limit in ${state} (a quoted support): enter its Unit Price.`, [L.price]);
        record[L.price] = limit;
      } else if (limit !== null && new Decimal(String(record[L.price])).greaterThan(limit)) {
        throw invalid(
          `The Unit Price ${dollars(String(record[L.price]))} is above the price limit ${dollars(limit)} of ${number} in ${state} on ${agreement.startDate}.`,
          [L.price],
        );
      }
      record[L.unit] = item.unit;
      if (!str(record[L.description])) record[L.description] = item.name.slice(0, 255);
    }
    if (str(record[L.price]) === null) throw invalid('Unit Price is required.', [L.price]);
    const budget = toCents(new Decimal(String(record[L.quantity] ?? 0)).times(String(record[L.price])));
    const used = new Decimal(str(old?.[L.used]) ?? '0');
    record[L.budget] = formatMoney(budget);
    record[L.used] = formatMoney(used);
    record[L.remaining] = formatMoney(budget.minus(used));
  };
  engine.triggers.register(AGREEMENTS.line, { beforeInsert: beforeLine, beforeUpdate: beforeLine });

  const beforeAgreement = (event: TriggerEvent) => {
    const { record, ctx } = event;
    const end = str(record['lumary__End_Date__c']);
    if (!end) return;
    record['lumary__Status__c'] = agreementStatus(String(record['lumary__Status__c'] ?? 'Draft'), end, ctx.today.toString());
  };
  engine.triggers.register(AGREEMENTS.agreement, { beforeInsert: beforeAgreement, beforeUpdate: beforeAgreement });

  engine.triggers.register(AGREEMENTS.supportItem, {
    beforeInsert: ({ record }) => versionKey(record),
    beforeUpdate: ({ record }) => versionKey(record),
  });
}

/** One version of a number per Effective From: the key the catalogue's uniqueness holds on. */
function versionKey(record: RecordValues): void {
  const number = str(record['lumary__Support_Item_Number__c']);
  const from = str(record['lumary__Effective_From__c']);
  record['lumary__Version_Key__c'] = number && from ? `${number}@${from}` : null;
}
