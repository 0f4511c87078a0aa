import { join } from 'node:path';
import { loadMetadata } from '@platform/metadata';

const repoRoot = join(__dirname, '../../../../../..');

/** Lumary AR declares the composite indexes the debtor summary's look-ups use (moved from the platform's indexes spec). */
it('are declared by Lumary AR for the debtor summary', async () => {
  const { registry } = await loadMetadata(join(repoRoot, 'metadata'));
  expect(registry.object('lumary__Invoice__c')?.indexes).toEqual([
    { fields: ['lumary__Client__c', 'lumary__Status__c'] },
    { fields: ['lumary__Debtor__c', 'lumary__Status__c', 'lumary__Paid_Date__c'] },
  ]);
  expect(registry.object('lumary__Service_Delivered__c')?.indexes).toEqual([{ fields: ['lumary__Client__c', 'lumary__Status__c'] }]);
  expect(registry.object('lumary__Claim__c')?.indexes).toEqual([{ fields: ['lumary__Client__c', 'lumary__Status__c'] }]);
});
