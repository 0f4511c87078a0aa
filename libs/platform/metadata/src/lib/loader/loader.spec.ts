import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatErrors, loadPackages } from '../../index';

const repoRoot = join(__dirname, '../../../../../..');
/** Core and the platform's fixture package (libs/platform/testing/metadata/fixture). */
const platformPackages = [join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')];
const brokenDir = join(__dirname, '../../fixtures/broken');

describe('loading the platform metadata', () => {
  it('loads core and a namespaced package without errors, namespacing the package at run time', async () => {
    const { registry, errors } = await loadPackages(platformPackages);
    expect(formatErrors(errors)).toBe('');

    const fixture = registry.packages.get('Platform Fixture');
    expect(fixture).toMatchObject({ namespace: 'fixture', version: '3.4.0', licence: { name: 'Platform Fixture' } });

    const register = registry.object('fixture__Register__c');
    expect(register?.table).toBe('fixture__register__c');
    expect([...register!.recordTypes.values()].map((r) => r.label).sort()).toEqual(['Category', 'Period', 'Site']);
    expect(registry.field('fixture__register__c', 'FIXTURE__START_DATE__C')?.type).toBe('Date');
    expect(registry.field('fixture__Register__c', 'Name')?.label).toBe('Register Name');
    expect(registry.field('fixture__Register__c', 'fixture__Parent__c')).toMatchObject({
      referenceTo: ['fixture__Register__c'],
      relationshipName: 'fixture__Parent__r',
    });
    expect(registry.field('fixture__Member_Settings__c', 'fixture__Member__c')?.referenceTo).toEqual(['Contact', 'Account']);
    expect(registry.object('Contact')?.recordTypes.has('client')).toBe(true);
    expect(registry.object('Contact')?.packageName).toBe('Core');
  });

  it("names a package's permission set, its licence, custom permission and app with the package's namespace", async () => {
    const { registry } = await loadPackages(platformPackages);
    const ps = registry.permissionSet('fixture__Fixture_User');
    expect(ps?.label).toBe('Platform Fixture - Fixture User');
    expect(ps?.licence).toBe('Platform Fixture');
    expect(ps?.objects['fixture__Register__c']).toMatchObject({ read: true, create: true });
    expect(ps?.fields['fixture__Member_Settings__c.fixture__Terms__c']).toEqual({ read: true, edit: true });
    expect(registry.permissionSet('fixture__Period_Management')?.customPermissions).toEqual(['fixture__Reopen_Period']);
    const app = registry.app('fixture__Fixture_Desk');
    expect(app?.dashboard[0]).toMatchObject({ label: 'View Orders', object: 'fixture__Order__c', listView: 'All' });
  });
});

describe('reporting broken metadata', () => {
  const expected: [file: string, line: number, message: RegExp][] = [
    ['base/objects/Ghost__c/recordTypes/Spooky.yaml', 1, /record type 'Spooky' belongs to object 'brk__Ghost__c', which is not defined/],
    [
      'base/objects/Thing__c/fields/Amount__c.yaml',
      1,
      /duplicate API name: field 'brk__Thing__c.brk__Amount__c' is already defined in .*amount__c.yaml/,
    ],
    ['base/objects/Thing__c/fields/Colour__c.yaml', 1, /'type' must be one of Text, .*; got 'Colour'/],
    ['base/objects/Thing__c/fields/Count__c.yaml', 4, /'required': .*expected boolean, received string/],
    ['base/objects/Thing__c/fields/Owner__c.yaml', 4, /lookup to unknown object 'brk__Nowhere__c'/],
    ['base/objects/Thing__c/fields/Title__c.yaml', 3, /unknown key 'lenght'/],
    ['base/objects/Thing__c/layouts/Thing_Layout.yaml', 6, /unknown field 'brk__Missing_Field__c' on brk__Thing__c/],
    ['base/objects/Thing__c/validationRules/Broken_Yaml.yaml', 3, /^YAML: Flow sequence/],
  ];

  it('reports every planted error at once, each with its file and line', async () => {
    const { errors } = await loadPackages([join(brokenDir, 'base')]);
    expect(errors).toHaveLength(expected.length);
    expected.forEach(([file, line, message], i) => {
      expect(errors[i].file.endsWith(file)).toBe(true);
      expect(errors[i].line).toBe(line);
      expect(errors[i].message).toMatch(message);
    });
  });

  it('reports a package folder without a manifest and a dependency that is missing', async () => {
    const { errors } = await loadPackages([join(brokenDir, 'no-manifest'), join(brokenDir, 'bad-dependency')]);
    expect(errors.map((e) => [e.file.split('broken/')[1], e.line, e.message])).toEqual([
      ['bad-dependency/package.yaml', 4, "depends on package 'Nothing Here', which is not in the metadata folder"],
      ['no-manifest', 1, 'a package folder needs a package.yaml manifest'],
    ]);
  });
});

describe('npm run metadata:validate', () => {
  const run = (dir: string) =>
    spawnSync('npx', ['tsx', '--tsconfig', 'tools/tsconfig.json', 'tools/metadata/validate.ts', dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });

  it('passes on metadata/', () => {
    const result = run('metadata');
    expect(result.stdout).toContain('Metadata OK: Core 1.0.0');
    expect(result.status).toBe(0);
  });

  it('passes on a folder of Core and the platform fixture package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    try {
      cpSync(platformPackages[0], join(dir, 'core'), { recursive: true });
      cpSync(platformPackages[1], join(dir, 'fixture'), { recursive: true });
      const result = run(dir);
      expect(result.stdout).toContain('Metadata OK: Core 1.0.0, Platform Fixture 3.4.0');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero on the broken fixtures and prints every error with file:line', () => {
    const result = run(brokenDir);
    expect(result.status).toBe(1);
    for (const [file, line] of expected()) expect(result.stderr).toContain(`${file}:${line}:`);
    // Formulas are checked too (by the formula library), at the line of the formula.
    expect(result.stderr).toContain(
      "base/objects/Thing__c/validationRules/Unknown_Field.yaml:3:25  errorConditionFormula: unknown field 'Colour_Code__c' on brk__Thing__c",
    );
    expect(result.stderr).toContain(
      "base/objects/Thing__c/fields/Label__c.yaml:4:19  formula: expected a value, a field or a function but found ')'",
    );
    expect(result.stderr).toContain('12 metadata errors');
  });

  const expected = () => [
    ['base/objects/Thing__c/fields/Title__c.yaml', 3],
    ['base/objects/Thing__c/layouts/Thing_Layout.yaml', 6],
    ['no-manifest', 1],
    ['bad-dependency/package.yaml', 4],
  ];
});

describe('page layout assignment (package.yaml layoutAssignments)', () => {
  it("assigns a record type a package's layout, a later package's assignment over the core's", async () => {
    const { registry, errors } = await loadPackages(platformPackages);
    expect(formatErrors(errors)).toBe('');
    const contact = registry.object('Contact')!;
    expect(contact.layoutAssignments?.get('client')).toEqual({
      recordType: 'Client',
      layout: 'Member_Layout',
      packageName: 'Platform Fixture',
    });
    expect(contact.layoutAssignments?.has('general')).toBe(false);
  });

  it('names an unknown object, record type or layout, and a layout that is for other record types, on its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-assignments-'));
    try {
      cpSync(platformPackages[1], join(dir, 'fixture'), { recursive: true });
      const manifest = join(dir, 'fixture/package.yaml');
      const text = readFileSync(manifest, 'utf8');
      writeFileSync(
        manifest,
        text.replace(
          /layoutAssignments:[\s\S]*$/,
          [
            'layoutAssignments:',
            '  Contact:',
            '    Client: Member_Layout',
            '    Ghost: Member_Layout',
            '    General: Member_Layout',
            '  Register__c:',
            '    Site: No_Such_Layout',
            '  Nowhere__c:',
            '    Site: Site_Layout',
            '',
          ].join('\n'),
        ),
      );
      const { errors } = await loadPackages([platformPackages[0], join(dir, 'fixture')]);
      const report = formatErrors(errors);
      expect(report).toMatch(/package\.yaml:\d+:\d+ +unknown record type 'Ghost' of Contact/);
      expect(report).toMatch(/layout 'Member_Layout' is for record types Client, not General/);
      expect(report).toMatch(/unknown layout 'No_Such_Layout' of fixture__Register__c/);
      expect(report).toMatch(/unknown object 'fixture__Nowhere__c'/);
      expect(errors).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("loads a package's default sharing and names a sharing model its object cannot have, on its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sharing-model-'));
    try {
      cpSync(platformPackages[1], join(dir, 'fixture'), { recursive: true });
      const append = (object: string, line: string) => {
        const file = join(dir, 'fixture/objects', object, 'object.yaml');
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n${line}\n`);
      };
      append('Order__c', 'sharingModel: Private');
      append('Register__c', 'sharingModel: ControlledByParent');
      append('Order_Line__c', 'sharingModel: Read');
      const { registry, errors } = await loadPackages([platformPackages[0], join(dir, 'fixture')]);
      const report = formatErrors(errors);
      expect(registry.object('fixture__Order__c')?.sharingModel).toBe('Private');
      expect(report).toMatch(/Register__c\/object\.yaml:\d+:\d+ +ControlledByParent needs a master-detail field/);
      expect(report).toMatch(
        /Order_Line__c\/object\.yaml:\d+:\d+ +fixture__Order_Line__c is the detail of a master-detail: its sharing is ControlledByParent/,
      );
      expect(errors).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
