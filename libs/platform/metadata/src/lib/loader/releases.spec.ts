import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, visit } from 'yaml';
import { formatErrors, loadMetadata } from '../../index';

const repoRoot = join(__dirname, '../../../../../..');

/**
 * Each test loads a fresh copy of the repository's core and Lumary AR packages, edited into the
 * next version it describes: built at test time so the fixtures never drift from metadata/.
 */
describe('released components (released.yaml)', () => {
  let root: string;
  const ar = (...parts: string[]) => join(root, 'lumary-ar', ...parts);
  const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));
  const setVersion = (version: string) => edit(ar('package.yaml'), (t) => t.replace(/^version: .*$/m, `version: ${version}`));
  /** The line of released.yaml that holds `text` in the 22.82.0 entry (1-based). */
  const releasedLine = async (text: RegExp) => {
    const lines = (await readFile(ar('released.yaml'), 'utf8')).split('\n');
    return lines.findIndex((l) => text.test(l)) + 1;
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'released-'));
    await cp(join(repoRoot, 'metadata/core'), join(root, 'core'), { recursive: true });
    await cp(join(repoRoot, 'metadata/lumary-ar'), join(root, 'lumary-ar'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('records 22.82.0 and loads the repository metadata against it without errors', async () => {
    const { errors, releases } = await loadMetadata(join(repoRoot, 'metadata'));
    expect(formatErrors(errors)).toBe('');
    const released = releases.get('Lumary AR')!['22.82.0'];
    expect(released.objects['Invoice__c'].fields['Balance__c']).toBe('Currency');
    expect(released.objects['Invoice__c'].fields['Debtor__c']).toEqual({ type: 'Lookup', referenceTo: ['Contact', 'Account'] });
    expect(released.objects['Contact'].extension).toBe(true);
    expect(released.permissionSets).toEqual(['AR_Management', 'AR_Period_Management']);
    expect(releases.get('Core')!['1.0.0'].objects['Contact'].extension).toBe(false);
  });

  it('loads 22.83.0, which adds a field and a layout section', async () => {
    await setVersion('22.83.0');
    await writeFile(
      ar('objects/Invoice__c/fields/Purchase_Order__c.yaml'),
      'type: Text\nlabel: Purchase Order\nlength: 40\nhelpText: The debtor\'s purchase order number, quoted on the invoice.\n',
    );
    await edit(ar('objects/Invoice__c/layouts/Invoice_Layout.yaml'), (t) =>
      t.replace(/^relatedLists:/m, '- label: Purchase Order\n  fields:\n  - Purchase_Order__c\nrelatedLists:'),
    );

    const { registry, errors } = await loadMetadata(root);

    expect(formatErrors(errors)).toBe('');
    expect(registry.packages.get('Lumary AR')?.version).toBe('22.83.0');
    expect(registry.field('lumary__Invoice__c', 'lumary__Purchase_Order__c')).toMatchObject({ type: 'Text', label: 'Purchase Order', length: 40 });
    const layout = registry.object('lumary__Invoice__c')!.layouts.get('invoice_layout')!;
    expect(layout.sections.map((s) => s.label)).toEqual(['Invoice', 'Amounts', 'Posting and Sending', 'Purchase Order']);
    expect(layout.sections[3].fields).toEqual(['lumary__Purchase_Order__c']);
  });

  it('refuses a version that removes a released field, on the line released.yaml records it', async () => {
    await setVersion('22.83.0');
    await rm(ar('objects/Invoice__c/fields/Balance__c.yaml'));
    await removeReferences(ar('objects'), 'Balance__c');
    await removeReferences(ar('permissionSets'), 'Balance__c');

    const { errors } = await loadMetadata(root);

    const line = await releasedLine(/^ {10}Balance__c: Currency$/);
    expect(errors.map((e) => `${e.file.split('released-')[1]?.replace(/^[^/]+\//, '')}:${e.line}:${e.column}  ${e.message}`)).toEqual([
      `lumary-ar/released.yaml:${line}:11  Lumary AR 22.83.0 removes the field Invoice__c.Balance__c released in 22.82.0: a released component is never removed (deprecate it instead)`,
    ]);
  });

  it('refuses a version that removes a released layout or permission set, naming each', async () => {
    await setVersion('22.83.0');
    await rm(ar('objects/Invoice__c/listViews/Draft.yaml'));
    await rm(ar('permissionSets/AR_Period_Management.yaml'));

    const { errors } = await loadMetadata(root);

    expect(errors.map((e) => e.message)).toEqual([
      'Lumary AR 22.83.0 removes the list view Invoice__c.Draft released in 22.82.0: a released component is never removed (deprecate it instead)',
      'Lumary AR 22.83.0 removes the permission set AR_Period_Management released in 22.82.0: a released component is never removed (deprecate it instead)',
    ]);
  });

  it('refuses a version that removes a released object, once rather than once per part', async () => {
    await setVersion('22.83.0');
    await rm(ar('objects/Outbound_Email__c'), { recursive: true });

    const { errors } = await loadMetadata(root);

    const released = errors.filter((e) => e.file.endsWith('released.yaml')).map((e) => e.message);
    expect(released).toEqual([
      'Lumary AR 22.83.0 removes the object Outbound_Email__c released in 22.82.0: a released component is never removed (deprecate it instead)',
    ]);
  });

  it('refuses a version that changes the type of a released field', async () => {
    await setVersion('22.83.0');
    await edit(ar('objects/Invoice__c/fields/Total__c.yaml'), (t) => t.replace('type: Currency', 'type: Number'));

    const { errors } = await loadMetadata(root);

    expect(errors).toEqual([
      {
        file: expect.stringMatching(/lumary-ar\/released\.yaml$/),
        line: await releasedLine(/^ {10}Total__c: Currency$/),
        column: 11,
        message:
          'Lumary AR 22.83.0 changes the type of Invoice__c.Total__c from Currency to Number, released in 22.82.0: a released field keeps its type (add a new field instead)',
      },
    ]);
  });

  it('refuses a version that points a released lookup at another object', async () => {
    await setVersion('22.83.0');
    await edit(ar('objects/Invoice__c/fields/Client__c.yaml'), (t) => t.replace(/^referenceTo: .*$/m, 'referenceTo: Account'));

    const { errors } = await loadMetadata(root);

    expect(errors.map((e) => e.message)).toContain(
      'Lumary AR 22.83.0 changes the lookup target of Invoice__c.Client__c from Contact to Account, released in 22.82.0: a released lookup keeps its target (add a new field instead)',
    );
  });

  it('refuses a version lower than the highest released one, on package.yaml', async () => {
    await setVersion('22.81.9');

    const { errors } = await loadMetadata(root);

    expect(errors).toEqual([
      {
        file: expect.stringMatching(/lumary-ar\/package\.yaml$/),
        line: 3,
        column: 10,
        message: expect.stringMatching(/^Lumary AR 22\.81\.9 is lower than 22\.82\.0, already released \(see .*lumary-ar\/released\.yaml\)/),
        path: ['version'],
      },
    ]);
  });

  it('reports a malformed released.yaml like any other metadata file', async () => {
    await edit(ar('released.yaml'), (t) => t.replace('  22.82.0:', '  latest:'));

    const { errors } = await loadMetadata(root);

    expect(errors).toHaveLength(1);
    expect(errors[0].file).toMatch(/lumary-ar\/released\.yaml$/);
    expect(errors[0].message).toMatch(/must be a version like 22\.82\.0/);
  });

  describe('npm run metadata:release', () => {
    const release = (...args: string[]) =>
      spawnSync('npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/metadata/release.ts', ar(), ...args], { cwd: repoRoot, encoding: 'utf8' });

    it('adds the new version to released.yaml and will not rewrite a released version without --force', async () => {
      await setVersion('22.83.0');
      await writeFile(ar('objects/Invoice__c/fields/Purchase_Order__c.yaml'), 'type: Text\nlabel: Purchase Order\n');

      const first = release();
      expect(first.stdout).toContain('Recorded Lumary AR 22.83.0');
      expect(first.status).toBe(0);
      const { errors, releases } = await loadMetadata(root);
      expect(errors).toEqual([]);
      expect(Object.keys(releases.get('Lumary AR')!)).toEqual(['22.82.0', '22.83.0']);
      expect(releases.get('Lumary AR')!['22.83.0'].objects['Invoice__c'].fields['Purchase_Order__c']).toBe('Text');
      expect(releases.get('Lumary AR')!['22.82.0'].objects['Invoice__c'].fields['Purchase_Order__c']).toBeUndefined();

      await writeFile(ar('objects/Invoice__c/fields/Reference__c.yaml'), 'type: Text\nlabel: Reference\n');
      const again = release();
      expect(again.stderr).toContain('Lumary AR 22.83.0 is already released with other components');
      expect(again.status).toBe(1);
      expect(release('--force').status).toBe(0);
      const forced = await loadMetadata(root);
      expect(forced.releases.get('Lumary AR')!['22.83.0'].objects['Invoice__c'].fields['Reference__c']).toBe('Text');
    }, 60_000);
  });
});

/** Drops every mention of a field from the package's YAML: list items, and `Object.Field` keys. */
async function removeReferences(dir: string, field: string): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const file = join(entry.parentPath, entry.name);
    const doc = parseDocument(await readFile(file, 'utf8'));
    visit(doc, {
      Scalar(_, node, path) {
        const parent = path[path.length - 1];
        if (node.value === field && isSeq(parent)) return visit.REMOVE;
        return undefined;
      },
      Pair(_, pair) {
        const key = (pair.key as { value?: unknown })?.value;
        if (typeof key === 'string' && key.endsWith(`.${field}`)) return visit.REMOVE;
        return undefined;
      },
      Map(_, node, path) {
        // A list-view filter or sort on the field goes as a whole.
        const parent = path[path.length - 1];
        if (isSeq(parent) && isMap(node) && node.get('field') === field) return visit.REMOVE;
        return undefined;
      },
    });
    await writeFile(file, doc.toString());
  }
}
