import { EngineError, type RecordEngine, type RecordValues } from '@platform/engine';
import { AR } from '../ar-names';
import { ServiceRepository } from './service.repository';
import { validAbn } from './claim-row';
import { lineAmounts } from '../invoices/invoice-math';
import { formatMoney } from '../journal/money';

/** Service fields only billing writes: where a service went, and which run took it. */
const SERVICE_MAINTAINED = ['lumary__Invoice__c', 'lumary__Claim__c', 'lumary__Billing_Run__c'];
/** Claim fields only the claim actions (paid, error, resubmit) and billing write. */
const CLAIM_MAINTAINED = [
  'lumary__Status__c',
  'lumary__Paid_Date__c',
  'lumary__Error_Reason__c',
  'lumary__Billing_Run__c',
  'lumary__Claim_Batch__c',
  'lumary__Submitted_Date__c',
  'lumary__Batch_Error__c',
  'lumary__Paid_Amount__c',
  'lumary__Payment_Request_Number__c',
  'lumary__Shortfall__c',
  'lumary__Shortfall_Written_Off__c',
  'lumary__Write_Off_Reason__c',
];
const CLAIM_ACTION_STATES = ['Submitted', 'Paid', 'Error'];
const CLAIM_ACTIONS =
  'POST /api/lumary/claim-batches, /api/lumary/claim-batches/results, /api/lumary/claims/{id}/paid, /error, /resubmit or /write-off-shortfall';
/** What a claim's bulk payment request row is made of: corrected only while the claim is Open (before it is submitted, or after an Error). */
const CLAIM_ROW = [
  'lumary__Amount__c',
  'lumary__Client__c',
  'lumary__Support_Number__c',
  'lumary__Supports_From__c',
  'lumary__Supports_To__c',
  'lumary__Quantity__c',
  'lumary__Hours__c',
  'lumary__Unit_Price__c',
  'lumary__GST_Code__c',
  'lumary__Claim_Type__c',
  'lumary__Cancellation_Reason__c',
];
const CLAIM_BATCH = 'lumary__Claim_Batch__c';
const CLAIM_BATCH_FILE = 'lumary__Claim_Batch_File__c';
/** Statuses billing sets; a service in one of them is on an invoice or a claim and stays as it is. */
const EXTRACTED = ['Billed', 'Claimed'];

const forbid = (message: string, fields: string[] = []) =>
  new EngineError('forbidden', [{ errorCode: 'INSUFFICIENT_ACCESS', message, fields }]);
const deleteFailed = (message: string) => new EngineError('conflict', [{ errorCode: 'DELETE_FAILED', message, fields: [] }]);
const changed = (record: RecordValues, old: RecordValues | undefined, fields: string[]) =>
  fields.filter((f) => JSON.stringify(record[f] ?? null) !== JSON.stringify(old ? (old[f] ?? null) : null));

/**
 * What users may do to services and claims through the records API: a service is recorded
 * Delivered and may be Cancelled; Billed and Claimed are billing's (with the invoice or claim it
 * went to), after which the service is neither edited nor deleted. A claim that covers services
 * is not deleted either. The package's own writes (`trusted`) pass.
 */
export function registerServiceRules(engine: RecordEngine): void {
  const repository = new ServiceRepository(engine);
  engine.triggers.register(AR.service, {
    beforeInsert: ({ trusted, record }) => {
      if (trusted) return;
      const set = changed(record, undefined, SERVICE_MAINTAINED);
      if (set.length) throw forbid(`These service fields are set by billing and cannot be set: ${set.join(', ')}.`, set);
      if (record['lumary__Status__c'] !== 'Delivered')
        throw forbid('A new service is Delivered; billing makes it Billed or Claimed.', ['lumary__Status__c']);
    },
    beforeUpdate: ({ trusted, record, old = {} }) => {
      if (trusted) return;
      const name = String(old['Name']);
      const status = String(old['lumary__Status__c']);
      if (EXTRACTED.includes(status)) {
        throw forbid(
          `${name} is ${status}: a billed or claimed service cannot be edited. Credit its invoice, or correct its claim, instead.`,
        );
      }
      const set = changed(record, old, SERVICE_MAINTAINED);
      if (set.length) throw forbid(`These service fields are set by billing and cannot be changed: ${set.join(', ')}.`, set);
      if (record['lumary__Status__c'] !== status && !(status === 'Delivered' && record['lumary__Status__c'] === 'Cancelled')) {
        throw forbid(`${name} is ${status}: its Status can only go from Delivered to Cancelled; billing sets Billed and Claimed.`, [
          'lumary__Status__c',
        ]);
      }
    },
    beforeDelete: ({ old = {} }) => {
      const status = String(old['lumary__Status__c']);
      if (EXTRACTED.includes(status))
        throw deleteFailed(`${String(old['Name'])} is ${status}: a billed or claimed service cannot be deleted.`);
    },
  });
  engine.triggers.register(AR.claim, {
    beforeInsert: ({ trusted, record }) => {
      checkPaidDate(record);
      if (trusted) return;
      const set = CLAIM_MAINTAINED.filter((f) => f !== 'lumary__Status__c' && (record[f] ?? null) !== null);
      if (record['lumary__Status__c'] !== 'Open') set.unshift('lumary__Status__c');
      if (set.length)
        throw forbid(
          `A new claim is Open; its Status, Paid Date, Error Reason and Billing Run are set by the claim actions (${CLAIM_ACTIONS}) and billing: ${set.join(', ')}.`,
          set,
        );
    },
    beforeUpdate: ({ trusted, record, old = {} }) => {
      checkPaidDate(record);
      rowAmount(record, old);
      if (trusted) return;
      // Into Paid or Error only by the actions; other status moves are the validation rules' (Paid is final).
      const set = changed(record, old, CLAIM_MAINTAINED).filter(
        (f) => f !== 'lumary__Status__c' || CLAIM_ACTION_STATES.includes(String(record[f])),
      );
      if (set.length)
        throw forbid(`${String(old['Name'])}: ${set.join(', ')} change only through the claim actions (${CLAIM_ACTIONS}).`, set);
      const status = String(old['lumary__Status__c']);
      const row = status === 'Open' ? [] : changed(record, old, CLAIM_ROW);
      if (row.length)
        throw forbid(
          `${String(old['Name'])} is ${status}: its row (${row.join(', ')}) is corrected only while the claim is Open (resubmit it from Error first).`,
          row,
        );
    },
    beforeDelete: async ({ manager, ctx, id = '', old = {} }) => {
      const services = await repository.servicesOfClaim(manager, ctx.tenantId, id);
      if (services) throw deleteFailed(`${String(old['Name'])} claims ${services} service(s): a claim of services cannot be deleted.`);
    },
  });
  engine.triggers.register(CLAIM_BATCH, {
    beforeInsert: ({ trusted }) => {
      if (!trusted)
        throw forbid(
          'A claim batch is made with POST /api/lumary/claim-batches, which validates and exports it; a record saved here would never run.',
        );
    },
    beforeUpdate: ({ trusted, old = {} }) => {
      if (!trusted) throw forbid(`${String(old['Name'])} is written by its batch only: its progress and figures cannot be edited.`);
    },
    beforeDelete: ({ old = {} }) => {
      throw deleteFailed(`${String(old['Name'])} is a claim batch sent to the NDIA: it is kept, with its files.`);
    },
  });
  engine.triggers.register(CLAIM_BATCH_FILE, {
    beforeInsert: ({ trusted }) => {
      if (!trusted) throw forbid('A claim batch file is written by its batch only.');
    },
    beforeUpdate: () => {
      throw forbid('A claim batch file is kept as exported: it cannot be edited.');
    },
    beforeDelete: () => {
      throw deleteFailed('A claim batch file is kept as exported: it cannot be deleted.');
    },
  });
  engine.triggers.register(AR.settings, {
    beforeInsert: ({ record }) => checkProvider(record),
    beforeUpdate: ({ record }) => checkProvider(record),
  });
  engine.triggers.register(AR.billingRun, {
    beforeInsert: ({ trusted }) => {
      if (!trusted)
        throw forbid('A billing run is started with POST /api/lumary/billing-runs, which works it; a record saved here would never run.');
    },
    beforeUpdate: ({ trusted, old = {} }) => {
      if (!trusted) throw forbid(`${String(old['Name'])} is written by its run only: its progress and figures cannot be edited.`);
    },
  });
}

/** What a claim's row prices: hours or quantity, unit price and GST code. */
const ROW_PRICING = ['lumary__Quantity__c', 'lumary__Hours__c', 'lumary__Unit_Price__c', 'lumary__GST_Code__c'];

/**
 * A claim is the amount of its row: when a row is corrected (hours, quantity, unit price or GST
 * code), its Amount follows: hours or quantity × unit price to the cent, plus 10 % GST (to the
 * cent) when the GST code is P1. So what the NDIA is asked for, what the books carry and what
 * the shortfall is measured against stay one figure. A row that does not price (no count or
 * price) leaves the Amount as it is.
 */
function rowAmount(record: RecordValues, old: RecordValues): void {
  if (!changed(record, old, ROW_PRICING).length) return;
  const text = (field: string) => {
    const v = record[field] ?? null;
    return v === null || v === '' ? null : String(v);
  };
  const count = text('lumary__Hours__c') ?? text('lumary__Quantity__c');
  const price = text('lumary__Unit_Price__c');
  if (count === null || price === null || !Number.isFinite(Number(count)) || !Number.isFinite(Number(price))) return;
  const { amount, gst } = lineAmounts(count, price, text('lumary__GST_Code__c') === 'P1' ? 'GST' : 'GST_FREE');
  record['lumary__Amount__c'] = formatMoney(amount.plus(gst));
}

/** A claim is paid on or after the day it was claimed, whoever writes it. */
function checkPaidDate(record: RecordValues): void {
  const paid = record['lumary__Paid_Date__c'];
  const claimed = record['lumary__Claim_Date__c'];
  if (typeof paid === 'string' && typeof claimed === 'string' && paid < claimed) {
    throw EngineError.invalid(
      'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      `The Paid Date ${paid} is before the Claim Date ${claimed}: a claim is paid on or after its Claim Date.`,
      ['lumary__Paid_Date__c'],
    );
  }
}

/** The provider's NDIS registration number is digits; its ABN 11 digits with a valid checksum. */
function checkProvider(record: RecordValues): void {
  const errors: { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION'; message: string; fields: string[] }[] = [];
  const abn = record['lumary__ABN__c'];
  if (typeof abn === 'string' && abn !== '' && !validAbn(abn))
    errors.push({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: `The ABN ${abn} is not valid: an ABN is 11 digits whose check digits add up.`,
      fields: ['lumary__ABN__c'],
    });
  const registration = record['lumary__Registration_Number__c'];
  if (typeof registration === 'string' && registration !== '' && !/^\d{5,20}$/.test(registration))
    errors.push({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: `The NDIS Registration Number ${registration} is not valid: it is digits only.`,
      fields: ['lumary__Registration_Number__c'],
    });
  if (errors.length) throw new EngineError('invalid', errors);
}
