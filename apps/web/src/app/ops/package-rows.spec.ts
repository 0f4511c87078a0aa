import type { Schemas } from '@platform/api-client';
import { compareVersions, licensedLabel, packageRows } from './package-rows';

const CORE: Schemas['LoadedPackage'] = {
  name: 'Core',
  namespace: '',
  version: '1.0.0',
  description: null,
  licence: null,
  dependencies: [],
};
const AR: Schemas['LoadedPackage'] = {
  name: 'Lumary AR',
  namespace: 'lumary',
  version: '22.82.0',
  description: null,
  licence: 'Lumary AR',
  dependencies: ['Core'],
};

const tenant = (packages: Schemas['TenantSummary']['packages']): Schemas['TenantSummary'] => ({
  id: 't1',
  name: 'Demo Care Services',
  slug: 'demo',
  timeZone: 'Australia/Sydney',
  packages,
});

describe('the operator console’s package rows', () => {
  it('compares versions by number, not by text', () => {
    expect(compareVersions('22.10.0', '22.9.0')).toBeGreaterThan(0);
    expect(compareVersions('22.82.0', '22.82.0')).toBe(0);
    expect(compareVersions('1.0', '1.0.1')).toBeLessThan(0);
  });

  it('offers Install for a loaded package the tenant lacks, and no licence action before it is installed', () => {
    const rows = packageRows(tenant([{ name: 'Core', version: '1.0.0', licensed: true }]), [CORE, AR]);
    expect(rows).toEqual([
      { name: 'Core', installed: '1.0.0', loaded: '1.0.0', licence: null, licensed: true, actions: [] },
      { name: 'Lumary AR', installed: null, loaded: '22.82.0', licence: 'Lumary AR', licensed: null, actions: ['install'] },
    ]);
    expect(rows.map(licensedLabel)).toEqual(['Not needed', '—']);
  });

  it('offers Revoke for a licensed package and Grant for an unlicensed one', () => {
    const licensed = packageRows(tenant([{ name: 'Lumary AR', version: '22.82.0', licensed: true }]), [AR]);
    expect(licensed[0].actions).toEqual(['revoke']);
    expect(licensedLabel(licensed[0])).toBe('Yes');
    const unlicensed = packageRows(tenant([{ name: 'Lumary AR', version: '22.82.0', licensed: false }]), [AR]);
    expect(unlicensed[0].actions).toEqual(['grant']);
    expect(licensedLabel(unlicensed[0])).toBe('No');
  });

  it('offers Upgrade only when the server has a later version than the tenant', () => {
    expect(packageRows(tenant([{ name: 'Lumary AR', version: '22.9.0', licensed: true }]), [AR])[0].actions).toEqual(['upgrade', 'revoke']);
    expect(packageRows(tenant([{ name: 'Lumary AR', version: '22.83.0', licensed: true }]), [AR])[0].actions).toEqual(['revoke']);
  });

  it('lists a package the tenant has and this server has not loaded, with nothing to do', () => {
    const rows = packageRows(tenant([{ name: 'Old Package', version: '2.0.0', licensed: false }]), [CORE]);
    expect(rows[1]).toEqual({ name: 'Old Package', installed: '2.0.0', loaded: null, licence: null, licensed: false, actions: [] });
    expect(licensedLabel(rows[1])).toBe('No');
  });
});
