/**
 * The @nestjs/swagger CLI plugin, as every build and test of DTOs applies it: it reads each
 * `*.dto.ts` class's property types, class-validator decorators and doc comments into the OpenAPI
 * document, and each controller's return types into its responses. It needs type information:
 * never run it under `isolatedModules` or a transpile-only compile.
 *
 * - webpack (NxAppWebpackPlugin, compiler 'tsc'): `transformers: [swaggerTransformer]`
 * - jest (ts-jest): `astTransformers: swaggerJestTransformers` in the project's ts-jest options
 */
const { join } = require('node:path');

const swaggerPluginOptions = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts'],
};

module.exports = {
  swaggerPluginOptions,
  swaggerTransformer: { name: '@nestjs/swagger/plugin', options: swaggerPluginOptions },
  swaggerJestTransformers: { before: [join(__dirname, 'swagger-jest-transformer.js')] },
};
