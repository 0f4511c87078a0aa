import { join } from 'node:path';
import { loadPackages } from '../loader/loader';
import type { Registry } from '../registry';
import { applyOverlay, basedOnLayout, basedOnRecordPage, type OverlayEntry } from './overlay';

const repoRoot = join(__dirname, '../../../../../..');
let base: Registry;

beforeAll(async () => {
  // Core and the platform's fixture package.
  ({ registry: base } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')]));
});

const ORDER = 'fixture__Order__c';

describe('applyOverlay', () => {
  it('adds a custom field, stored in custom jsonb, without changing the base registry', () => {
    const entries: OverlayEntry[] = [
      { kind: 'CustomField', object: ORDER, apiName: 'Region__c', body: { type: 'Text', label: 'Region', length: 20, indexed: true } },
    ];
    const { registry, errors } = applyOverlay(base, entries);
    expect(errors).toEqual([]);
    expect(registry.field(ORDER, 'Region__c')).toMatchObject({ column: null, custom: true, indexed: true, packageName: '', length: 20 });
    expect(base.field(ORDER, 'Region__c')).toBeUndefined();
    // Objects the overlay does not touch are shared.
    expect(registry.object('Account')).toBe(base.object('Account'));
  });

  it('reports each bad entry with the key it is about, and applies the good ones', () => {
    const { registry, errors } = applyOverlay(base, [
      { kind: 'CustomField', object: ORDER, apiName: 'Good__c', body: { type: 'Checkbox', label: 'Good' } },
      { kind: 'CustomField', object: ORDER, apiName: 'Bad__c', body: { type: 'Text', label: 'Bad', length: 'long' } },
      { kind: 'CustomField', object: ORDER, apiName: 'fixture__Sneaky__c', body: { type: 'Text', label: 'Sneaky', length: 5 } },
      { kind: 'ValidationRule', object: ORDER, apiName: 'Status_Required', body: { errorConditionFormula: 'false', errorMessage: 'x' } },
      { kind: 'FieldChange', object: ORDER, apiName: 'fixture__Total__c', body: { values: ['A'] } },
    ]);
    expect(registry.field(ORDER, 'Good__c')).toBeDefined();
    expect(errors.map((e) => [e.entry.apiName, e.path?.[0]])).toEqual([
      ['Bad__c', 'length'],
      ['fixture__Sneaky__c', 'apiName'],
      ['fixture__Total__c', 'values'],
    ]);
  });

  it('a package rule of the same name is locked', () => {
    const rule = [...base.object(ORDER)!.validationRules.values()][0];
    const { errors } = applyOverlay(base, [
      { kind: 'ValidationRule', object: ORDER, apiName: rule.apiName, body: { errorConditionFormula: 'false', errorMessage: 'x' } },
    ]);
    expect(errors[0].message).toMatch(/locked/);
  });

  it('a rearranged layout keeps its order and gains what the package added after it was saved', () => {
    const packaged = base.object(ORDER)!.layouts.get('order_layout')!;
    const basedOn = basedOnLayout({ ...packaged, sections: packaged.sections.slice(0, -1) });
    // The tenant saw every section but the last, reversed them and dropped one field.
    const seen = packaged.sections.slice(0, -1);
    const mine = [...seen]
      .reverse()
      .map((s, i) => ({ label: s.label, columns: s.columns, fields: i === 0 ? s.fields.slice(1) : s.fields }));
    const { registry, errors } = applyOverlay(base, [
      {
        kind: 'Layout',
        object: ORDER,
        apiName: 'Order_Layout',
        body: {
          label: packaged.label,
          recordTypes: packaged.recordTypes,
          highlights: packaged.highlights,
          sections: mine,
          relatedLists: packaged.relatedLists,
          basedOn,
        },
      },
    ]);
    expect(errors).toEqual([]);
    const layout = registry.object(ORDER)!.layouts.get('order_layout')!;
    expect(layout.customised).toBe(true);
    // The package's last section is "new" to this tenant: it comes after the tenant's order; the dropped field stays dropped.
    expect(layout.sections.map((s) => s.label)).toEqual([...mine.map((s) => s.label), packaged.sections.at(-1)!.label]);
    expect(layout.sections[0].fields).toEqual(mine[0].fields);
  });

  it('a record page keeps a moved component where the tenant put it', () => {
    const page = base.object('Contact')!.recordPages.get('member_record_page')!;
    const regions = [
      {
        name: 'main',
        components: [{ type: 'component', name: 'fixture:memberSummary', properties: {} }, { type: 'details' }, { type: 'relatedLists' }],
      },
      { name: 'header', components: [{ type: 'highlights' }, { type: 'component', name: 'fixture:memberBadge', properties: {} }] },
    ];
    const { registry, errors } = applyOverlay(base, [
      {
        kind: 'RecordPage',
        object: 'Contact',
        apiName: 'Member_Record_Page',
        body: { label: page.label, recordTypes: page.recordTypes, regions, basedOn: basedOnRecordPage(page) },
      },
    ]);
    expect(errors).toEqual([]);
    const saved = registry.object('Contact')!.recordPages.get('member_record_page')!;
    expect(saved.regions.map((r) => [r.name, r.components.length])).toEqual([
      ['main', 3],
      ['header', 2],
    ]);
  });
});
