import fc from 'fast-check';
import type { Registry } from '@platform/metadata';
import { EngineError } from '../engine.errors';
import { identifierSoup, wellFormedQuery } from './query-arbitraries.fixtures';
import { compileQuery, type CompiledQuery } from './query-compiler';
import { foreignIdentifiers, metadataIdentifiers, TENANT, testRegistry, TODAY } from './query-test.fixtures';
import { parseQuery } from './soql-parser';

let registry: Registry;
let allowed: Set<string>;
beforeAll(async () => {
  registry = await testRegistry();
  allowed = metadataIdentifiers(registry);
});

/** The compiled query, or undefined when refused as invalid input; anything else fails the property. */
function attempt(soql: string): CompiledQuery | undefined {
  try {
    return compileQuery(parseQuery(soql), { registry, tenantId: TENANT, today: TODAY }, { pageSize: 50 });
  } catch (error) {
    if (error instanceof EngineError && error.kind === 'invalid' && error.errors.length > 0) return undefined;
    throw error;
  }
}

function check(soql: string): void {
  const compiled = attempt(soql);
  if (compiled) expect(foreignIdentifiers(compiled.sql, allowed)).toEqual([]);
}

describe('any query text', () => {
  it('is refused as invalid or compiled, never another error (random strings)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80, unit: 'binary' }), check), { numRuns: 1000 });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).map((s) => `SELECT Id FROM Contact WHERE ${s}`),
        check,
      ),
      { numRuns: 1000 },
    );
  });

  it('is refused as invalid or compiled with only metadata identifiers (identifier soup)', () => {
    fc.assert(fc.property(identifierSoup(registry), check), { numRuns: 2000 });
  });

  it('compiles well-formed queries to SQL with only metadata identifiers', () => {
    let compiled = 0;
    fc.assert(
      fc.property(wellFormedQuery(registry), (soql) => {
        check(soql);
        if (attempt(soql)) compiled++;
      }),
      { numRuns: 1000 },
    );
    // The generator must reach the compiler's happy path, or the property proves little.
    expect(compiled).toBeGreaterThan(100);
  });
});
