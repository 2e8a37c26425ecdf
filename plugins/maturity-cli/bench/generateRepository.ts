import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a synthetic service repository of `fileCount` files: a realistic
 * mix of sources, tests, manifests, Kubernetes YAML and documentation, so
 * that every kind of rule has something to look at.
 */
export function generateRepository(dir: string, fileCount: number): void {
  const write = (file: string, text: string) => {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  write(
    'package.json',
    JSON.stringify({
      name: 'bench-service',
      dependencies: { pino: '^9.0.0', express: '^4.0.0', 'p-retry': '^6.0.0' },
      devDependencies: { jest: '^30.0.0' },
    }),
  );
  write(
    '.github/workflows/ci.yml',
    'on: push\njobs:\n  test:\n    steps:\n      - run: npm test\n',
  );
  write(
    'Dockerfile',
    'FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/health\n',
  );
  write(
    'deploy/deployment.yaml',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: bench }',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: bench',
      '          image: bench:1',
      '          readinessProbe: { httpGet: { path: /ready, port: 8080 } }',
      '          resources: { limits: { cpu: 1 }, requests: { cpu: 1 } }',
    ].join('\n'),
  );
  let written = 4;
  for (let i = 0; written < fileCount; i++) {
    const folder = `src/module${Math.floor(i / 50)}`;
    const kind = i % 5;
    if (kind === 0)
      write(
        `${folder}/handler${i}.ts`,
        `export const h${i} = () => ${i};\n`.repeat(20),
      );
    else if (kind === 1)
      write(`${folder}/handler${i}.test.ts`, `test('h${i}', () => {});\n`);
    else if (kind === 2) write(`docs/page${i}.md`, `# Page ${i}\n\nText.\n`);
    else if (kind === 3)
      write(`config/settings${i}.json`, JSON.stringify({ key: i }));
    else write(`${folder}/data${i}.yaml`, `key: ${i}\nlist: [1, 2, 3]\n`);
    written++;
  }
}
