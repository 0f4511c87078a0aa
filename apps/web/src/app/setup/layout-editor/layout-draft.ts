import type { Schemas } from '@platform/api-client';
import type { SetupLayout, SetupLayoutSection, SetupRelatedList } from '../setup-types';

/**
 * A layout being edited: what PUT sends. Every change is a pure function returning a new draft
 * (the page keeps it in a signal), so the editor's buttons, drag and drop and tests share them.
 */
export interface LayoutDraft {
  label: string;
  recordTypes: string[];
  highlights: string[];
  sections: SetupLayoutSection[];
  relatedLists: SetupRelatedList[];
}

export function draftOf(layout: SetupLayout): LayoutDraft {
  return {
    label: layout.label,
    recordTypes: [...layout.recordTypes],
    highlights: [...layout.highlights],
    sections: layout.sections.map((s) => ({ label: s.label, columns: s.columns === 1 ? 1 : 2, fields: [...s.fields] })),
    relatedLists: layout.relatedLists.map((r) => ({ ...r, ...(r.columns ? { columns: [...r.columns] } : {}) })),
  };
}

/** An item moved within a list (indexes clamped; out of range leaves the list as it was). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item);
  return copy;
}

function withSections(draft: LayoutDraft, sections: SetupLayoutSection[]): LayoutDraft {
  return { ...draft, sections };
}

function withSection(draft: LayoutDraft, index: number, change: (s: SetupLayoutSection) => SetupLayoutSection): LayoutDraft {
  return withSections(
    draft,
    draft.sections.map((s, i) => (i === index ? change(s) : s)),
  );
}

export function moveSection(draft: LayoutDraft, from: number, to: number): LayoutDraft {
  return withSections(draft, moved(draft.sections, from, to));
}

/** A field moved within its section or into another one at a position. */
export function moveField(draft: LayoutDraft, fromSection: number, from: number, toSection: number, to: number): LayoutDraft {
  if (fromSection === toSection) return withSection(draft, fromSection, (s) => ({ ...s, fields: moved(s.fields, from, to) }));
  const field = draft.sections[fromSection]?.fields[from];
  if (field === undefined || !draft.sections[toSection]) return draft;
  const sections = draft.sections.map((s, i) => {
    if (i === fromSection) return { ...s, fields: s.fields.filter((_, j) => j !== from) };
    if (i === toSection) {
      const fields = [...s.fields];
      fields.splice(Math.max(0, Math.min(to, fields.length)), 0, field);
      return { ...s, fields };
    }
    return s;
  });
  return withSections(draft, sections);
}

/**
 * A field one step up or down; past a section's edge it goes to the end of the section above
 * or the start of the one below, so the keyboard can take a field anywhere.
 */
export function stepField(draft: LayoutDraft, section: number, index: number, direction: number): LayoutDraft {
  const step = direction < 0 ? -1 : 1;
  const fields = draft.sections[section]?.fields ?? [];
  const to = index + step;
  if (to >= 0 && to < fields.length) return moveField(draft, section, index, section, to);
  const next = section + step;
  if (next < 0 || next >= draft.sections.length) return draft;
  return moveField(draft, section, index, next, step < 0 ? draft.sections[next].fields.length : 0);
}

export function addField(draft: LayoutDraft, section: number, field: string): LayoutDraft {
  if (!field || onLayout(draft).has(field.toLowerCase())) return draft;
  return withSection(draft, section, (s) => ({ ...s, fields: [...s.fields, field] }));
}

export function removeField(draft: LayoutDraft, section: number, index: number): LayoutDraft {
  return withSection(draft, section, (s) => ({ ...s, fields: s.fields.filter((_, i) => i !== index) }));
}

export function addSection(draft: LayoutDraft, label: string): LayoutDraft {
  return withSections(draft, [...draft.sections, { label: label.trim() || 'New Section', columns: 2, fields: [] }]);
}

export function renameSection(draft: LayoutDraft, section: number, label: string): LayoutDraft {
  return withSection(draft, section, (s) => ({ ...s, label }));
}

/** A section removed; its fields go back to the fields not on the layout. */
export function removeSection(draft: LayoutDraft, section: number): LayoutDraft {
  return withSections(
    draft,
    draft.sections.filter((_, i) => i !== section),
  );
}

export function setColumns(draft: LayoutDraft, section: number, columns: 1 | 2): LayoutDraft {
  return withSection(draft, section, (s) => ({ ...s, columns }));
}

/** A related list added from the object's options (once), showing its records' names to start with. */
export function addRelatedList(draft: LayoutDraft, option: { object: string; field: string; label: string }): LayoutDraft {
  if (draft.relatedLists.some((r) => sameList(r, option))) return draft;
  return {
    ...draft,
    relatedLists: [...draft.relatedLists, { object: option.object, field: option.field, label: option.label, columns: ['Name'] }],
  };
}

/** A related list's columns, from the field API names typed with commas between. */
export function setRelatedColumns(draft: LayoutDraft, index: number, text: string): LayoutDraft {
  const columns = text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  return { ...draft, relatedLists: draft.relatedLists.map((r, i) => (i === index ? { ...r, columns } : r)) };
}

export function removeRelatedList(draft: LayoutDraft, index: number): LayoutDraft {
  return { ...draft, relatedLists: draft.relatedLists.filter((_, i) => i !== index) };
}

export function moveRelatedList(draft: LayoutDraft, from: number, to: number): LayoutDraft {
  return { ...draft, relatedLists: moved(draft.relatedLists, from, to) };
}

export function setRecordTypes(draft: LayoutDraft, recordTypes: string[]): LayoutDraft {
  return { ...draft, recordTypes: [...recordTypes] };
}

/** The fields already in a section, by lower-case name (API names are case-insensitive). */
export function onLayout(draft: LayoutDraft): Set<string> {
  return new Set(draft.sections.flatMap((s) => s.fields.map((f) => f.toLowerCase())));
}

/** The object's fields not yet in any section, in the order given. */
export function availableFields<T extends { apiName: string }>(draft: LayoutDraft, fields: readonly T[]): T[] {
  const placed = onLayout(draft);
  return fields.filter((f) => !placed.has(f.apiName.toLowerCase()));
}

/** The related-list options not yet on the layout. */
export function availableRelatedLists<T extends { object: string; field: string }>(draft: LayoutDraft, options: readonly T[]): T[] {
  return options.filter((o) => !draft.relatedLists.some((r) => sameList(r, o)));
}

export function sameList(a: { object: string; field: string }, b: { object: string; field: string }): boolean {
  return a.object.toLowerCase() === b.object.toLowerCase() && a.field.toLowerCase() === b.field.toLowerCase();
}

/** The PUT body: the draft as it stands, with section labels trimmed. */
export function layoutBody(draft: LayoutDraft): Schemas['LayoutRequest'] {
  return {
    label: draft.label,
    recordTypes: draft.recordTypes,
    highlights: draft.highlights,
    sections: draft.sections.map((s) => ({ label: s.label.trim(), columns: s.columns, fields: s.fields })),
    relatedLists: draft.relatedLists.map((r: SetupRelatedList) => ({ ...r })),
  };
}
