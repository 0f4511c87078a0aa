/** The swagger plugin as a ts-jest AST transformer (ts-jest wants a name, a version and a factory). */
const plugin = require('@nestjs/swagger/plugin');
const { swaggerPluginOptions } = require('./swagger-plugin');

module.exports = {
  name: 'nestjs-swagger-plugin',
  // Part of ts-jest's cache key: a change of the options recompiles.
  version: `1:${JSON.stringify(swaggerPluginOptions)}`,
  factory: (compiler) => plugin.before(swaggerPluginOptions, compiler.program),
};
