// Reads an OpenAPI document (JSON) on stdin and prints the TypeScript of `@platform/api-client`'s
// generated file, formatted by Prettier with the repo's config. The same document always gives the
// same text: object keys are sorted at every level (arrays keep their order), nothing is dated.
// Run by apps/api/src/app/openapi/api-client.spec.ts (`npm run api:client`), as a child process
// because openapi-typescript is an ES module jest's CommonJS runtime cannot load.
import { text } from 'node:stream/consumers';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node tools/api-client/generate.mjs <the file to format as> < openapi.json');

const HEADER = [
  '/**',
  " * The API's types, generated from its OpenAPI document (GET /api/docs-json) by openapi-typescript.",
  ' * Do not edit: run `npm run api:client` to regenerate (a test fails when this file is stale).',
  ' */',
  '',
].join('\n');

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}

const document = sortKeys(JSON.parse(await text(process.stdin)));
const ast = await openapiTS(document, { alphabetize: true, silent: true });
const options = (await prettier.resolveConfig(file)) ?? {};
process.stdout.write(
  await prettier.format(HEADER + astToString(ast), {
    ...options,
    filepath: file,
  }),
);
