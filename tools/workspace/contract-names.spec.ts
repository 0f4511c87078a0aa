import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../..');

/** Every TypeScript source file (not specs) under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * The OpenAPI document names a schema by its DTO class and an operation by its controller class:
 * two classes of one name anywhere in the API (a platform's and a package's) silently become one
 * (the second overwrites the first), so the document - and the client generated from it -
 * describe one of them wrongly. Each such name must be declared once.
 */
export function duplicateContractNames(): string[] {
  const declared = new Map<string, string[]>();
  for (const file of [...sources(join(root, 'libs')), ...sources(join(root, 'apps'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^export (?:abstract )?class (\w+(?:Dto|Controller|Params|Request|Result))\b/gm,
    )) {
      declared.set(match[1], [...(declared.get(match[1]) ?? []), relative(root, file)]);
    }
  }
  return [...declared].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
}

describe('the API contract names', () => {
  it('declares each DTO and controller class name once, so no schema or operation overwrites another', () => {
    expect(duplicateContractNames()).toEqual([]);
  });
});
