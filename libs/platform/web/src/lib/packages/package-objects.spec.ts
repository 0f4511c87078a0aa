import type { Schemas } from '@platform/api-client';
import { editOffered, newBehaviour, objectBehaviours, type PackageObjectBehaviour } from './package-objects';

const dialog = () => Promise.resolve(class {});
const page = (edit: boolean, status: string) =>
  ({ id: 'a1', actions: { edit, delete: false }, title: status }) as unknown as Schemas['RecordPage'];

describe('what packages say about New and Edit', () => {
  const registered: Record<string, PackageObjectBehaviour>[] = [
    { Payment: { create: dialog }, Claim: { create: false }, Invoice: { editable: (p) => p.title === 'Draft' } },
    { Bill: { create: { route: ['/pkg', 'bills', 'new'] } } },
    { Contact: { recordActions: dialog } },
  ];

  it('New: the generic form unless a package says otherwise, nothing without the right to create', () => {
    expect(newBehaviour(objectBehaviours(registered, 'Contact'), true)).toEqual({ kind: 'form' });
    expect(newBehaviour(objectBehaviours(registered, 'Claim'), true)).toEqual({ kind: 'none' });
    expect(newBehaviour(objectBehaviours(registered, 'Payment'), true)).toEqual({ kind: 'dialog', load: dialog });
    expect(newBehaviour(objectBehaviours(registered, 'Payment'), false)).toEqual({ kind: 'none' });
    expect(newBehaviour(objectBehaviours(null, 'Payment'), true)).toEqual({ kind: 'form' });
    expect(newBehaviour(objectBehaviours(registered, 'Bill'), true)).toEqual({ kind: 'route', route: ['/pkg', 'bills', 'new'] });
    expect(newBehaviour(objectBehaviours(registered, 'Bill'), false)).toEqual({ kind: 'none' });
  });

  it('Edit: only where the page allows it and no package refuses it for this record', () => {
    const invoice = objectBehaviours(registered, 'Invoice');
    expect(editOffered(invoice, page(true, 'Draft'))).toBe(true);
    expect(editOffered(invoice, page(true, 'Open'))).toBe(false);
    expect(editOffered(invoice, page(false, 'Draft'))).toBe(false);
    expect(editOffered(objectBehaviours(registered, 'toString'), page(true, 'Open'))).toBe(true);
  });
});
