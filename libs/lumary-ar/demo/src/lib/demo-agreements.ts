import type { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import type { RecordEngine, RequestContext } from '@platform/engine';

const STATES = ['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA'] as const;
/** The NT limits of these items are 40 % above the other states', as the published catalogue loads them. */
const NT_LOADING = ['01_', '04_'];

/** A dozen support items of the NDIS catalogue (number, name, unit, price limit in the states, NT loaded). */
const ITEMS: [string, string, 'Hour' | 'Each' | 'Day' | 'Week', string][] = [
  ['01_011_0107_1_1', 'Assistance With Self-Care Activities - Standard - Weekday Daytime', 'Hour', '70.23'],
  ['01_015_0107_1_1', 'Assistance With Self-Care Activities - Standard - Weekday Evening', 'Hour', '77.38'],
  ['01_013_0107_1_1', 'Assistance With Self-Care Activities - Standard - Saturday', 'Hour', '98.83'],
  ['01_014_0107_1_1', 'Assistance With Self-Care Activities - Standard - Sunday', 'Hour', '127.43'],
  ['01_012_0107_1_1', 'Assistance With Self-Care Activities - Standard - Public Holiday', 'Hour', '156.03'],
  ['01_010_0107_1_1', 'Assistance With Self-Care Activities - Night-Time Sleepover', 'Each', '297.60'],
  ['04_104_0125_6_1', 'Access Community Social and Rec Activ - Standard - Weekday Daytime', 'Hour', '70.23'],
  ['04_102_0125_6_1', 'Access Community Social and Rec Activ - Standard - Saturday', 'Hour', '98.83'],
  ['07_002_0106_8_3', 'Coordination Of Supports', 'Hour', '100.14'],
  ['15_056_0128_1_3', 'Assessment Recommendation Therapy or Training - Occupational Therapy', 'Hour', '193.99'],
  ['15_054_0128_1_3', 'Assessment Recommendation Therapy or Training - Physiotherapy', 'Hour', '193.99'],
  ['15_622_0128_1_3', 'Assessment Recommendation Therapy or Training - Speech Pathologist', 'Hour', '193.99'],
];

/**
 * The demo's support catalogue (in force from the start of this financial year) and one service
 * agreement for an NDIA-managed client, with three lines (the NSW limits: the demo is in NSW).
 */
export async function seedAgreements(
  engine: RecordEngine,
  ctx: RequestContext,
  financialYear: LocalDate,
  client: string | undefined,
): Promise<void> {
  const from = financialYear.toString();
  for (const [number, name, unit, price] of ITEMS) {
    const nt = NT_LOADING.some((p) => number.startsWith(p))
      ? new Decimal(price).times('1.4').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
      : price;
    await engine.create(ctx, 'lumary__Support_Item__c', {
      Name: name,
      lumary__Support_Item_Number__c: number,
      lumary__Effective_From__c: from,
      lumary__Unit__c: unit,
      lumary__GST_Code__c: 'P2',
      ...Object.fromEntries(STATES.map((s) => [`lumary__Price_Limit_${s}__c`, s === 'NT' ? nt : price])),
    });
  }
  if (!client) return;
  const agreement = await engine.create(ctx, 'lumary__Service_Agreement__c', {
    lumary__Client__c: client,
    lumary__Start_Date__c: from,
    lumary__End_Date__c: financialYear.plusYears(1).minusDays(1).toString(),
    lumary__Funding__c: 'NDIA-managed',
    lumary__Status__c: 'Active',
  });
  for (const [number, quantity, overrun] of [
    ['01_011_0107_1_1', '200', false],
    ['04_104_0125_6_1', '100', true],
    ['15_056_0128_1_3', '20', false],
  ] as const) {
    await engine.create(ctx, 'lumary__Service_Agreement_Line__c', {
      lumary__Agreement__c: agreement.id,
      lumary__Support_Item_Number__c: number,
      lumary__Quantity__c: quantity,
      lumary__Allow_Overrun__c: overrun,
    });
  }
}
