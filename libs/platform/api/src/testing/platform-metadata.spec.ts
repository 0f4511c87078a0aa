import { checkMetadataFormulas } from '@platform/formula';
import { formatErrors, loadMetadata } from '@platform/metadata';
import { FIXTURE, platformMetadataDir } from './api-fixture';

/** The metadata platform tests boot on: Core and the fixture package, passing every metadata check, and no product package. */
it('loads Core and the fixture package with no error, and nothing else', async () => {
  const { registry, errors } = await loadMetadata(platformMetadataDir(), { checks: [checkMetadataFormulas] });
  expect(formatErrors(errors)).toBe('');
  expect([...registry.packages.values()].map((p) => [p.name, p.version])).toEqual([
    ['Core', '1.0.0'],
    [FIXTURE.package, FIXTURE.version],
  ]);
  expect(registry.permissionSets.map((p) => p.apiName)).toEqual(
    expect.arrayContaining([FIXTURE.permissionSet, 'fixture__Period_Management']),
  );
  expect(registry.apps.map((a) => a.apiName)).toEqual([FIXTURE.app]);
});
