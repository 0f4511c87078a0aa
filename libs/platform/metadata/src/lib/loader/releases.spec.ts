import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, visit } from 'yaml';
import { formatErrors, loadMetadata, loadPackages } from '../../index';

const repoRoot = join(__dirname, '../../../../../..');

/**
 * Each test loads a fresh copy of the core package and the platform's fixture package
 * (libs/platform/testing/metadata/fixture), edited into the next version it describes: built at
 * test time so the fixtures never drift from the packages.
 */
describe('released components (released.yaml)', () => {
  let root: string;
  const pkg = (...parts: string[]) => join(root, 'fixture', ...parts);
  const fixtureDir = join(repoRoot, 'libs/platform/testing/metadata/fixture');
  const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));
  const setVersion = (version: string) => edit(pkg('package.yaml'), (t) => t.replace(/^version: .*$/m, `version: ${version}`));
  /** The line of released.yaml that holds `text` in the 3.4.0 entry (1-based). */
  const releasedLine = async (text: RegExp) => {
    const lines = (await readFile(pkg('released.yaml'), 'utf8')).split('\n');
    return lines.findIndex((l) => text.test(l)) + 1;
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'released-'));
    await cp(join(repoRoot, 'metadata/core'), join(root, 'core'), { recursive: true });
    await cp(fixtureDir, join(root, 'fixture'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('records 3.4.0 and loads the package against it without errors', async () => {
    const { errors, releases } = await loadPackages([join(repoRoot, 'metadata/core'), fixtureDir]);
    expect(formatErrors(errors)).toBe('');
    const released = releases.get('Platform Fixture')!['3.4.0'];
    expect(released.objects['Order_Line__c'].fields['Amount__c']).toBe('Currency');
    expect(released.objects['Order__c'].fields['Payer__c']).toEqual({ type: 'Lookup', referenceTo: ['Contact', 'Account'] });
    expect(released.objects['Contact'].extension).toBe(true);
    expect(released.permissionSets).toEqual(['Fixture_User', 'Period_Management']);
    expect(releases.get('Core')!['1.0.0'].objects['Contact'].extension).toBe(false);
  });

  it('loads 3.5.0, which adds a field and a layout section', async () => {
    await setVersion('3.5.0');
    await writeFile(
      pkg('objects/Order__c/fields/Purchase_Order__c.yaml'),
      "type: Text\nlabel: Purchase Order\nlength: 40\nhelpText: The payer's purchase order number, quoted on the order.\n",
    );
    await edit(pkg('objects/Order__c/layouts/Order_Layout.yaml'), (t) =>
      t.replace(/^relatedLists:/m, '  - label: Purchase Order\n    fields:\n      - Purchase_Order__c\nrelatedLists:'),
    );

    const { registry, errors } = await loadMetadata(root);

    expect(formatErrors(errors)).toBe('');
    expect(registry.packages.get('Platform Fixture')?.version).toBe('3.5.0');
    expect(registry.field('fixture__Order__c', 'fixture__Purchase_Order__c')).toMatchObject({
      type: 'Text',
      label: 'Purchase Order',
      length: 40,
    });
    const layout = registry.object('fixture__Order__c')!.layouts.get('order_layout')!;
    expect(layout.sections.map((s) => s.label)).toEqual(['Order', 'Totals', 'Purchase Order']);
    expect(layout.sections[2].fields).toEqual(['fixture__Purchase_Order__c']);
  });

  it('refuses a version that removes a released field, on the line released.yaml records it', async () => {
    await setVersion('3.5.0');
    await rm(pkg('objects/Order__c/fields/Order_Date__c.yaml'));
    await removeReferences(pkg('objects'), 'Order_Date__c');
    await removeReferences(pkg('permissionSets'), 'Order_Date__c');

    const { errors } = await loadMetadata(root);

    const line = await releasedLine(/^ {10}Order_Date__c: Date$/);
    expect(errors.map((e) => `${e.file.split('released-')[1]?.replace(/^[^/]+\//, '')}:${e.line}:${e.column}  ${e.message}`)).toEqual([
      `fixture/released.yaml:${line}:11  Platform Fixture 3.5.0 removes the field Order__c.Order_Date__c released in 3.4.0: a released component is never removed (deprecate it instead)`,
    ]);
  });

  it('refuses a version that removes a released layout or permission set, naming each', async () => {
    await setVersion('3.5.0');
    await rm(pkg('objects/Register__c/listViews/Open_Periods.yaml'));
    await rm(pkg('permissionSets/Period_Management.yaml'));

    const { errors } = await loadMetadata(root);

    expect(errors.map((e) => e.message)).toEqual([
      'Platform Fixture 3.5.0 removes the list view Register__c.Open_Periods released in 3.4.0: a released component is never removed (deprecate it instead)',
      'Platform Fixture 3.5.0 removes the permission set Period_Management released in 3.4.0: a released component is never removed (deprecate it instead)',
    ]);
  });

  it('refuses a version that removes a released object, once rather than once per part', async () => {
    await setVersion('3.5.0');
    await rm(pkg('objects/Member_Settings__c'), { recursive: true });

    const { errors } = await loadMetadata(root);

    const released = errors.filter((e) => e.file.endsWith('released.yaml')).map((e) => e.message);
    expect(released).toEqual([
      'Platform Fixture 3.5.0 removes the object Member_Settings__c released in 3.4.0: a released component is never removed (deprecate it instead)',
    ]);
  });

  it('refuses a version that changes the type of a released field', async () => {
    await setVersion('3.5.0');
    await edit(pkg('objects/Order_Line__c/fields/Amount__c.yaml'), (t) => t.replace('type: Currency', 'type: Number'));

    const { errors } = await loadMetadata(root);

    expect(errors).toEqual([
      {
        file: expect.stringMatching(/fixture\/released\.yaml$/),
        line: await releasedLine(/^ {10}Amount__c: Currency$/),
        column: 11,
        message:
          'Platform Fixture 3.5.0 changes the type of Order_Line__c.Amount__c from Currency to Number, released in 3.4.0: a released field keeps its type (add a new field instead)',
      },
    ]);
  });

  it('refuses a version that points a released lookup at another object', async () => {
    await setVersion('3.5.0');
    await edit(pkg('objects/Order__c/fields/Customer__c.yaml'), (t) => t.replace(/^referenceTo: .*$/m, 'referenceTo: Account'));

    const { errors } = await loadMetadata(root);

    expect(errors.map((e) => e.message)).toContain(
      'Platform Fixture 3.5.0 changes the lookup target of Order__c.Customer__c from Contact to Account, released in 3.4.0: a released lookup keeps its target (add a new field instead)',
    );
  });

  it('refuses a version lower than the highest released one, on package.yaml', async () => {
    await setVersion('3.3.9');

    const { errors } = await loadMetadata(root);

    expect(errors).toEqual([
      {
        file: expect.stringMatching(/fixture\/package\.yaml$/),
        line: 3,
        column: 10,
        message: expect.stringMatching(
          /^Platform Fixture 3\.3\.9 is lower than 3\.4\.0, already released \(see .*fixture\/released\.yaml\)/,
        ),
        path: ['version'],
      },
    ]);
  });

  it('reports a malformed released.yaml like any other metadata file', async () => {
    await edit(pkg('released.yaml'), (t) => t.replace('  3.4.0:', '  latest:'));

    const { errors } = await loadMetadata(root);

    expect(errors).toHaveLength(1);
    expect(errors[0].file).toMatch(/fixture\/released\.yaml$/);
    expect(errors[0].message).toMatch(/must be a version like 22\.82\.0/);
  });

  describe('npm run metadata:release', () => {
    const release = (...args: string[]) =>
      spawnSync('npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/metadata/release.ts', pkg(), ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });

    it('adds the new version to released.yaml and will not rewrite a released version without --force', async () => {
      await setVersion('3.5.0');
      await writeFile(pkg('objects/Order__c/fields/Purchase_Order__c.yaml'), 'type: Text\nlabel: Purchase Order\n');

      const first = release();
      expect(first.stdout).toContain('Recorded Platform Fixture 3.5.0');
      expect(first.status).toBe(0);
      const { errors, releases } = await loadMetadata(root);
      expect(errors).toEqual([]);
      expect(Object.keys(releases.get('Platform Fixture')!)).toEqual(['3.4.0', '3.5.0']);
      expect(releases.get('Platform Fixture')!['3.5.0'].objects['Order__c'].fields['Purchase_Order__c']).toBe('Text');
      expect(releases.get('Platform Fixture')!['3.4.0'].objects['Order__c'].fields['Purchase_Order__c']).toBeUndefined();

      await writeFile(pkg('objects/Order__c/fields/Reference__c.yaml'), 'type: Text\nlabel: Reference\n');
      const again = release();
      expect(again.stderr).toContain('Platform Fixture 3.5.0 is already released with other components');
      expect(again.status).toBe(1);
      expect(release('--force').status).toBe(0);
      const forced = await loadMetadata(root);
      expect(forced.releases.get('Platform Fixture')!['3.5.0'].objects['Order__c'].fields['Reference__c']).toBe('Text');
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
