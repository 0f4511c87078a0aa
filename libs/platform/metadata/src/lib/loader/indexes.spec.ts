import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackages } from '../../index';

const repoRoot = join(__dirname, '../../../../../..');

/** A one-object package written to a temporary folder: object.yaml as given, and three fields. */
async function packageWith(objectYaml: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'indexes-'));
  const objectDir = join(root, 'objects', 'Visit__c');
  await mkdir(join(objectDir, 'fields'), { recursive: true });
  await writeFile(join(root, 'package.yaml'), 'name: Visits\nnamespace: vis\nversion: 1.0.0\n');
  await writeFile(join(objectDir, 'object.yaml'), objectYaml);
  await writeFile(join(objectDir, 'fields', 'Name.yaml'), 'type: Text\nlabel: Name\n');
  await writeFile(join(objectDir, 'fields', 'Status__c.yaml'), 'type: Picklist\nlabel: Status\nvalues: [Open, Closed]\n');
  await writeFile(join(objectDir, 'fields', 'Visit_Date__c.yaml'), 'type: Date\nlabel: Visit Date\n');
  await writeFile(join(objectDir, 'fields', 'Label__c.yaml'), 'type: Formula\nlabel: Label\nreturnType: Text\nformula: Name\n');
  return root;
}

const header = 'label: Visit\npluralLabel: Visits\n';
let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});
const load = async (objectYaml: string) => {
  const dir = await packageWith(objectYaml);
  dirs.push(dir);
  return loadPackages([dir]);
};

describe('indexes in object.yaml', () => {
  it('loads them with the namespace, fields in the order written', async () => {
    const { registry, errors } = await load(`${header}indexes:\n  - fields: [Status__c, Visit_Date__c]\n  - fields: [Name]\n`);
    expect(errors).toEqual([]);
    expect(registry.object('vis__Visit__c')?.indexes).toEqual([{ fields: ['vis__Status__c', 'vis__Visit_Date__c'] }, { fields: ['Name'] }]);
  });

  it('defaults to none', async () => {
    const { registry, errors } = await load(header);
    expect(errors).toEqual([]);
    expect(registry.object('vis__Visit__c')?.indexes).toEqual([]);
  });

  it('reports unknown and formula fields, repeats and duplicate indexes on their lines', async () => {
    const { errors } = await load(
      [
        header.trimEnd(),
        'indexes:',
        '  - fields: [Status__c, Missing__c]', // line 4
        '  - fields: [Label__c]', //               line 5
        '  - fields: [Status__c, status__c]', //   line 6
        '  - fields: [Status__c, Missing__c]', // line 7
        '',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.file.split('/').slice(-3).join('/'), e.line, e.column, e.message])).toEqual([
      ['objects/Visit__c/object.yaml', 4, 25, "unknown field 'vis__Missing__c' on vis__Visit__c"],
      ['objects/Visit__c/object.yaml', 5, 14, "'vis__Label__c' is a Formula field: it has no column to index"],
      ['objects/Visit__c/object.yaml', 6, 25, "'vis__status__c' is already in this index"],
      ['objects/Visit__c/object.yaml', 7, 5, 'the same index as indexes[0]'],
      ['objects/Visit__c/object.yaml', 7, 25, "unknown field 'vis__Missing__c' on vis__Visit__c"],
    ]);
  });

  it('refuses an unknown key and an empty field list', async () => {
    const { errors } = await load(`${header}indexes:\n  - fields: []\n  - fields: [Name]\n    unique: true\n`);
    // The object is not defined then, so its fields are reported too; these are the index errors.
    expect(errors.filter((e) => e.file.endsWith('object.yaml')).map((e) => [e.line, e.message])).toEqual([
      [4, "'indexes.0.fields': an index needs at least one field"],
      [6, "'indexes.1': unknown key 'unique'"],
    ]);
  });

  it("are declared by a package on its objects, with the package's namespace at run time", async () => {
    const { registry } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')]);
    expect(registry.object('fixture__Order__c')?.indexes).toEqual([
      { fields: ['fixture__Customer__c', 'fixture__Status__c'] },
      { fields: ['fixture__Payer__c', 'fixture__Status__c', 'fixture__Order_Date__c'] },
    ]);
    expect(registry.object('fixture__Register__c')?.indexes).toEqual([]);
  });
});
