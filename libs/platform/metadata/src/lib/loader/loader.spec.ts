import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatErrors, loadMetadata, loadPackages } from '../../index';

const repoRoot = join(__dirname, '../../../../../..');
const metadataDir = join(repoRoot, 'metadata');
const brokenDir = join(__dirname, '../../fixtures/broken');

describe('loading the repository metadata', () => {
  it('loads core and Lumary AR without errors, namespacing the package at run time', async () => {
    const { registry, errors } = await loadMetadata(metadataDir);
    expect(formatErrors(errors)).toBe('');

    const ar = registry.packages.get('Lumary AR');
    expect(ar).toMatchObject({ namespace: 'lumary', version: '22.82.0', licence: { name: 'Lumary AR' } });

    const entity = registry.object('lumary__Accounting_Entity__c');
    expect(entity?.table).toBe('lumary__accounting_entity__c');
    expect([...entity!.recordTypes.values()].map((r) => r.label).sort()).toEqual([
      'Accounting Period',
      'Control Account',
      'Cost Centre',
      'GL Code',
    ]);
    expect(registry.field('lumary__accounting_entity__c', 'LUMARY__START_DATE__C')?.type).toBe('Date');
    expect(registry.field('lumary__Accounting_Entity__c', 'Name')?.label).toBe('Entity Name');
    expect(registry.field('lumary__Accounting_Entity__c', 'lumary__Parent__c')).toMatchObject({
      referenceTo: ['lumary__Accounting_Entity__c'],
      relationshipName: 'lumary__Parent__r',
    });
    expect(registry.field('lumary__Debtor_Settings__c', 'lumary__Debtor__c')?.referenceTo).toEqual(['Contact', 'Account']);
    expect(registry.object('Contact')?.recordTypes.has('client')).toBe(true);
    expect(registry.object('Contact')?.packageName).toBe('Core');
  });

  it('names the AR permission set, its licence, custom permission and app as the product does', async () => {
    const { registry } = await loadMetadata(metadataDir);
    const ps = registry.permissionSet('lumary__AR_Management');
    expect(ps?.label).toBe('Lumary AR - AR Management');
    expect(ps?.licence).toBe('Lumary AR');
    expect(ps?.objects['lumary__Accounting_Entity__c']).toMatchObject({ read: true, create: true });
    expect(ps?.fields['lumary__Debtor_Settings__c.lumary__Payment_Terms__c']).toEqual({ read: true, edit: true });
    expect(registry.permissionSet('lumary__AR_Period_Management')?.customPermissions).toEqual(['lumary__Reopen_Accounting_Period']);
    const app = registry.app('lumary__AR_Management');
    expect(app?.dashboard[0]).toMatchObject({ label: 'View Accounting Entities', object: 'lumary__Accounting_Entity__c', listView: 'All' });
  });
});

describe('reporting broken metadata', () => {
  const expected: [file: string, line: number, message: RegExp][] = [
    ['base/objects/Ghost__c/recordTypes/Spooky.yaml', 1, /record type 'Spooky' belongs to object 'brk__Ghost__c', which is not defined/],
    ['base/objects/Thing__c/fields/Amount__c.yaml', 1, /duplicate API name: field 'brk__Thing__c.brk__Amount__c' is already defined in .*amount__c.yaml/],
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
    expect(result.stdout).toContain('Metadata OK: Core 1.0.0, Lumary AR 22.82.0');
    expect(result.status).toBe(0);
  });

  it('exits non-zero on the broken fixtures and prints every error with file:line', () => {
    const result = run(brokenDir);
    expect(result.status).toBe(1);
    for (const [file, line] of expected()) expect(result.stderr).toContain(`${file}:${line}:`);
    // Formulas are checked too (by the formula library), at the line of the formula.
    expect(result.stderr).toContain(
      "base/objects/Thing__c/validationRules/Unknown_Field.yaml:3:25  errorConditionFormula: unknown field 'Colour_Code__c' on brk__Thing__c",
    );
    expect(result.stderr).toContain("base/objects/Thing__c/fields/Label__c.yaml:4:19  formula: expected a value, a field or a function but found ')'");
    expect(result.stderr).toContain('12 metadata errors');
  });

  const expected = () => [
    ['base/objects/Thing__c/fields/Title__c.yaml', 3],
    ['base/objects/Thing__c/layouts/Thing_Layout.yaml', 6],
    ['no-manifest', 1],
    ['bad-dependency/package.yaml', 4],
  ];
});
