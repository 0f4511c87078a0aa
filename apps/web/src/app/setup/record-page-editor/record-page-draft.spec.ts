import type { SetupRecordPage } from '../setup-types';
import {
  addComponent,
  componentLabel,
  moveComponent,
  pageDraftOf,
  placed,
  recordPageBody,
  removeComponent,
  stepComponent,
} from './record-page-draft';

const SUMMARY = { type: 'component' as const, name: 'fixture:memberSummary', properties: { showTotals: true } };
const PAGE: SetupRecordPage = {
  apiName: 'Member_Record_Page',
  label: 'Account Record Page',
  recordTypes: [],
  // The sidebar first and no header region: the draft puts them in the page's order, all three.
  regions: [
    { name: 'sidebar', components: [SUMMARY] },
    { name: 'main', components: [{ type: 'details' }, { type: 'relatedLists' }] },
  ],
  packageName: 'Platform Fixture',
  customised: false,
};

const shape = (draft: ReturnType<typeof pageDraftOf>) =>
  Object.fromEntries(draft.regions.map((r) => [r.name, r.components.map((c) => (c.type === 'component' ? c.name : c.type))]));

describe('record page draft', () => {
  it('has the header, main and sidebar regions, in that order', () => {
    expect(shape(pageDraftOf(PAGE))).toEqual({ header: [], main: ['details', 'relatedLists'], sidebar: ['fixture:memberSummary'] });
    expect(pageDraftOf(PAGE).regions.map((r) => r.name)).toEqual(['header', 'main', 'sidebar']);
  });

  it('moves a component to another region with its properties', () => {
    const draft = moveComponent(pageDraftOf(PAGE), 'sidebar', 0, 'main', 0);
    expect(shape(draft)).toEqual({ header: [], main: ['fixture:memberSummary', 'details', 'relatedLists'], sidebar: [] });
    expect(draft.regions[1].components[0]).toEqual(SUMMARY);
  });

  it('steps a component within a region and over a region edge', () => {
    const draft = pageDraftOf(PAGE);
    expect(shape(stepComponent(draft, 'main', 1, -1))['main']).toEqual(['relatedLists', 'details']);
    expect(shape(stepComponent(draft, 'main', 0, -1))).toEqual({
      header: ['details'],
      main: ['relatedLists'],
      sidebar: ['fixture:memberSummary'],
    });
    expect(shape(stepComponent(draft, 'sidebar', 0, -1))).toEqual({
      header: [],
      main: ['details', 'relatedLists', 'fixture:memberSummary'],
      sidebar: [],
    });
    expect(stepComponent(draft, 'sidebar', 0, 1)).toBe(draft);
  });

  it('adds and removes components, and knows which are placed', () => {
    let draft = addComponent(pageDraftOf(PAGE), 'header', { type: 'highlights' });
    expect(placed(draft, { type: 'highlights' })).toBe(true);
    expect(placed(draft, { type: 'component', name: 'fixture:memberBadge', properties: {} })).toBe(false);
    draft = removeComponent(draft, 'sidebar', 0);
    expect(shape(draft)).toEqual({ header: ['highlights'], main: ['details', 'relatedLists'], sidebar: [] });
  });

  it('names components by their label', () => {
    expect(componentLabel(SUMMARY, [{ name: 'fixture:memberSummary', label: 'Member summary' }])).toBe('Member summary');
    expect(componentLabel({ type: 'component', name: 'x:unknown', properties: {} }, [])).toBe('x:unknown');
    expect(componentLabel({ type: 'relatedLists' }, [])).toBe('Related lists');
  });

  it('puts every region in the PUT body', () => {
    expect(recordPageBody(pageDraftOf(PAGE))).toEqual({
      label: 'Account Record Page',
      recordTypes: [],
      regions: [
        { name: 'header', components: [] },
        { name: 'main', components: [{ type: 'details' }, { type: 'relatedLists' }] },
        { name: 'sidebar', components: [SUMMARY] },
      ],
    });
  });
});
