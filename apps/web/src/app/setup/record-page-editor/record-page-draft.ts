import { moved } from '../layout-editor/layout-draft';
import type { Schemas } from '@platform/api-client';
import type { PageComponent, RegionName, SetupRecordPage, SetupRegion } from '../setup-types';

/** The regions a record page has, in the order the page draws them. */
export const REGIONS: readonly RegionName[] = ['header', 'main', 'sidebar'];

export const REGION_LABELS: Record<RegionName, string> = { header: 'Header', main: 'Main', sidebar: 'Sidebar' };

/** The standard parts every record page may place. */
export const BUILT_INS: { component: PageComponent; label: string }[] = [
  { component: { type: 'highlights' }, label: 'Highlights' },
  { component: { type: 'details' }, label: 'Record details (the layout’s sections)' },
  { component: { type: 'relatedLists' }, label: 'Related lists' },
];

/** A record page being edited: what PUT sends, always with the three regions in order. */
export interface RecordPageDraft {
  label: string;
  recordTypes: string[];
  regions: SetupRegion[];
}

export function pageDraftOf(page: SetupRecordPage): RecordPageDraft {
  return {
    label: page.label,
    recordTypes: [...page.recordTypes],
    regions: REGIONS.map((name) => ({
      name,
      components: (page.regions.find((r) => r.name === name)?.components ?? []).map(copyComponent),
    })),
  };
}

function copyComponent(c: PageComponent): PageComponent {
  return c.type === 'component' ? { type: 'component', name: c.name, properties: { ...(c.properties ?? {}) } } : { type: c.type };
}

function regionIndex(draft: RecordPageDraft, name: RegionName): number {
  return draft.regions.findIndex((r) => r.name === name);
}

/** A component moved within its region or into another at a position (its properties go with it). */
export function moveComponent(draft: RecordPageDraft, from: RegionName, index: number, to: RegionName, position: number): RecordPageDraft {
  const source = draft.regions[regionIndex(draft, from)];
  const item = source?.components[index];
  if (!item || regionIndex(draft, to) < 0) return draft;
  if (from === to) return withRegion(draft, from, (components) => moved(components, index, position));
  const removed = withRegion(draft, from, (components) => components.filter((_, i) => i !== index));
  return withRegion(removed, to, (components) => {
    const copy = [...components];
    copy.splice(Math.max(0, Math.min(position, copy.length)), 0, item);
    return copy;
  });
}

/** One step up or down; past a region's edge into the end of the region before or the start of the one after. */
export function stepComponent(draft: RecordPageDraft, region: RegionName, index: number, direction: number): RecordPageDraft {
  const step = direction < 0 ? -1 : 1;
  const components = draft.regions[regionIndex(draft, region)]?.components ?? [];
  const to = index + step;
  if (to >= 0 && to < components.length) return moveComponent(draft, region, index, region, to);
  const next = draft.regions[regionIndex(draft, region) + step];
  if (!next) return draft;
  return moveComponent(draft, region, index, next.name, step < 0 ? next.components.length : 0);
}

/** A component added at the end of a region. */
export function addComponent(draft: RecordPageDraft, region: RegionName, component: PageComponent): RecordPageDraft {
  return withRegion(draft, region, (components) => [...components, copyComponent(component)]);
}

export function removeComponent(draft: RecordPageDraft, region: RegionName, index: number): RecordPageDraft {
  return withRegion(draft, region, (components) => components.filter((_, i) => i !== index));
}

/** Whether the page already shows this component (a second copy of one is allowed but rarely meant). */
export function placed(draft: RecordPageDraft, component: PageComponent): boolean {
  return draft.regions.some((r) => r.components.some((c) => sameComponent(c, component)));
}

export function sameComponent(a: PageComponent, b: PageComponent): boolean {
  return a.type === b.type && (a.type !== 'component' || a.name === (b as { name: string }).name);
}

/** How the editor names a placed component: a built-in's label, a package component's own, else its name. */
export function componentLabel(component: PageComponent, packaged: { name: string; label: string }[]): string {
  if (component.type === 'component') return packaged.find((p) => p.name === component.name)?.label ?? component.name;
  return BUILT_INS.find((b) => b.component.type === component.type)?.label ?? component.type;
}

/** The PUT body; regions left empty are sent empty (the page draws nothing there). */
export function recordPageBody(draft: RecordPageDraft): Schemas['RecordPageRequest'] {
  return {
    label: draft.label,
    recordTypes: draft.recordTypes,
    regions: draft.regions.map((r) => ({ name: r.name, components: r.components.map(copyComponent) })),
  };
}

function withRegion(draft: RecordPageDraft, name: RegionName, change: (components: PageComponent[]) => PageComponent[]): RecordPageDraft {
  return { ...draft, regions: draft.regions.map((r) => (r.name === name ? { ...r, components: change(r.components) } : r)) };
}
