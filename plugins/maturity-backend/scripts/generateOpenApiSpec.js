#!/usr/bin/env node
/*
 * Converts src/schema/openapi.yaml into src/schema/openapi.generated.ts, the
 * `as const` object that the typed router is built from. Run it with
 * `yarn generate:openapi` after changing the YAML.
 *
 * With `--check` it writes nothing and exits with 1 when the generated file
 * is out of date (src/schema/openapi.test.ts runs it so).
 */
const fs = require('node:fs');
const path = require('node:path');
// Repository tooling, not part of the published package: `yaml` and
// `prettier` come from the workspace root.
const yaml = require('yaml');

const schemaDir = path.resolve(__dirname, '../src/schema');
const source = path.join(schemaDir, 'openapi.yaml');
const target = path.join(schemaDir, 'openapi.generated.ts');

function generate() {
  const spec = yaml.parse(fs.readFileSync(source, 'utf8'));
  const output = `// generated from openapi.yaml by \`yarn generate:openapi\`; do not edit

export const spec = ${JSON.stringify(spec, null, 2)} as const;
`;
  // Formatted like the rest of the repository, so that `prettier --check`
  // passes on the generated file.
  const prettier = require('prettier');
  const options = prettier.resolveConfig.sync(target) ?? {};
  return prettier.format(output, { ...options, parser: 'typescript' });
}

const output = generate();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error(
      `${path.relative(
        process.cwd(),
        target,
      )} is out of date with openapi.yaml: run \`yarn generate:openapi\``,
    );
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, output);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
