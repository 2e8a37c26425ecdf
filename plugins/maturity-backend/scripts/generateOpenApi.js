#!/usr/bin/env node
/*
 * Writes what is generated from the HTTP contract,
 * plugins/maturity-backend/src/schema/openapi.yaml:
 *
 * - plugins/maturity-backend/src/schema/openapi/generated/router.ts: the
 *   spec as an `as const` object and the typed, validated router built from
 *   it, where `backstage-repo-tools repo schema openapi validate` looks for
 *   them;
 * - plugins/maturity-common/src/generated/openapi.ts: the types of every
 *   path, operation and schema, by openapi-typescript, that the client in
 *   plugin-maturity-common is typed with.
 *
 * Run it from the repository root with `yarn generate:openapi` after
 * changing the YAML. With `--check` it writes nothing, names the files that
 * differ from what it would write and exits with 1 (the test command runs
 * it so).
 */
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
// Repository tooling, not part of a published package: `yaml`, `prettier`
// and `openapi-typescript` are devDependencies of this package.
const yaml = require('yaml');
const prettier = require('prettier');
const { default: openapiTS, astToString } = require('openapi-typescript');

const root = path.resolve(__dirname, '../../..');
const source = path.join(
  root,
  'plugins/maturity-backend/src/schema/openapi.yaml',
);
const COMMAND = '`yarn generate:openapi`';

function header(tool) {
  return `// Generated from ${path.relative(root, source)} by ${COMMAND}
// (plugins/maturity-backend/scripts/generateOpenApi.js${tool}); do not edit.
`;
}

function routerModule() {
  const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
  return `${header('')}
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = ${JSON.stringify(spec, null, 2)} as const;

/** An express router whose routes are typed and validated by {@link spec}. */
export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
`;
}

async function typesModule() {
  const ast = await openapiTS(pathToFileURL(source));
  const types = astToString(ast)
    // TSDoc, which the API reports read, knows neither tag: a description
    // is the comment itself, an enum is its union type.
    .replace(/^\s*\/\*\* @enum \{\w+\} \*\/\n/gm, '')
    .replace(/^\s*\* @enum \{\w+\}\n/gm, '')
    .replace(/@description /g, '')
    // Part of plugin-maturity-common's public API, so each declaration gets
    // the release tag that its API report asks for.
    .replace(/^export /gm, '/** @public */\nexport ');
  return `${header(', with openapi-typescript')}
${types}`;
}

const targets = [
  {
    file: path.join(
      root,
      'plugins/maturity-backend/src/schema/openapi/generated/router.ts',
    ),
    generate: routerModule,
  },
  {
    file: path.join(root, 'plugins/maturity-common/src/generated/openapi.ts'),
    generate: typesModule,
  },
];

/** Formatted like the rest of the repository, so that `prettier --check` passes. */
async function format(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const { file, generate } of targets) {
    const output = await format(file, await generate());
    const relative = path.relative(root, file);
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== output) stale.push(relative);
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, output);
      console.log(`Wrote ${relative}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `Out of date with ${path.relative(
        root,
        source,
      )}, run ${COMMAND}:\n  ${stale.join('\n  ')}`,
    );
    process.exitCode = 1;
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
