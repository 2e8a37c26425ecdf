import { defaultChecklist } from '../checklist';
import { baseName, compileGlob } from '../evaluation/glob';
import { GlobCandidates } from './globCandidates';

/** Every string in a list anywhere in the checklist: its globs, and more. */
function listedStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string') into.add(item);
      else listedStrings(item, into);
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) listedStrings(item, into);
  }
  return into;
}

const EDGE_GLOBS = [
  'a',
  'a/**',
  'A/**',
  'a/',
  'a/**/b/*.ts',
  'a/*/**/*.ts',
  'a/*x*/**',
  'src/**',
  'SRC/*.TS',
  './docs/*.md',
  'docs/',
  '**/docs/',
  'fixtures/',
  '**/fixtures/**',
  '*migrat*/',
  '**/*migrat*/**',
  '**/*migrat*/**/x/*.sql',
  '*migrat*/**/*.sql',
  '**/[0-9]*/**/*.sql',
  'te?t/',
  '**/{test,spec}/**',
  '{a,b}/**/*.json',
  'a/{b,c/d.json}',
  'x//y',
  'a/b/../c/*.ts',
  '/abs/*.ts',
  'x/**/**',
  '**/**',
  '**',
  '*',
  '.*',
  '*.',
  '*.JSON',
  '*.{ts,tsx}',
  '*.{json,}',
  '*.tf.json',
  'Package.Json',
  '[Rr]eadme.md',
  'README.*',
  '!(*.md)',
  '!*.md',
  '+(a|b)/**',
  'scripts/*.sh',
  '**/scripts/*.sh',
];

const BASE_PATHS = [
  'package.json',
  'packages/app/package.json',
  'Dockerfile',
  'build/Dockerfile.dev',
  'README.md',
  'docs/guide.md',
  'docs/adr/0001-record.md',
  'CHANGELOG.md',
  '.github/workflows/ci.yml',
  '.github/CODEOWNERS',
  'sub/.github/workflows/ci.yaml',
  '.tekton/pipeline.yaml',
  '.env.example',
  'src/index.ts',
  'src/app.test.ts',
  'src/__tests__/app.ts',
  'src/main/java/App.java',
  'src/test/java/AppTest.java',
  'test/integration/api.test.js',
  'tests/e2e/login.spec.ts',
  'e2e/smoke.cy.ts',
  'db/migrate/20240101_create.rb',
  'src/db/schema.sql',
  'migrations/0001_init.sql',
  'a/migrations/x/f.sql',
  'a/migrations/f.sql',
  'migrations',
  'x/migrations',
  'Identity.Api/Migrations/20240301_Initial.cs',
  'deploy/prod/values.yaml',
  'k8s/overlays/staging/kustomization.yaml',
  'config/production.json',
  'config/dev/app.yaml',
  'charts/app/templates/deployment.yaml',
  'charts/app/values-prod.yaml',
  'infra/main.tf',
  'infra/main.tf.json',
  'scripts/release.sh',
  'tools/scripts/release.sh',
  'fixtures',
  'x/fixtures',
  'x/fixtures/y',
  'a',
  'a/q',
  'a/b/c.ts',
  'a/x/b/c.ts',
  'src/1x1/c.ts',
  'src/1x1/d/e/c.ts',
  'b/c/q.json',
  'z/12/y/q.sql',
  'spec/requests/users_spec.rb',
  'google/api/annotations.proto',
  'pac\u212Aage.json',
  '.json',
  'json',
  'Makefile',
];

const PATHS = [
  ...new Set([
    ...BASE_PATHS,
    ...BASE_PATHS.map(p => p.toUpperCase()),
    ...BASE_PATHS.map(p => `sub/dir/${p}`),
  ]),
];

describe('GlobCandidates', () => {
  const names = PATHS.map(baseName);
  const index = new GlobCandidates(PATHS, names);

  /** Globs for which testing the candidates finds other paths than testing all. */
  function disagreements(globs: Iterable<string>) {
    const found = [];
    for (const glob of globs) {
      for (const caseSensitive of [false, true]) {
        let compiled;
        try {
          compiled = compileGlob(glob, caseSensitive);
        } catch {
          continue;
        }
        const { nameOnly, test } = compiled;
        const subjects = nameOnly ? names : PATHS;
        const all = PATHS.map((_, i) => i).filter(i => test(subjects[i]));
        const candidates = index.candidates(glob);
        const narrowed = candidates
          ? candidates.filter(i => test(subjects[i]))
          : all;
        if (narrowed.join() !== all.join()) {
          found.push({ glob, caseSensitive, all, narrowed });
        }
      }
    }
    return found;
  }

  it("finds every match of the default checklist's globs", () => {
    expect(disagreements(listedStrings(defaultChecklist))).toEqual([]);
  });

  it('finds every match of globs with folders, globstars and braces', () => {
    expect(disagreements(EDGE_GLOBS)).toEqual([]);
  });

  it('narrows down by plain prefix, extension and folder', () => {
    const count = (glob: string) => index.candidates(glob)?.length;
    expect(count('package.json')).toBeLessThan(10);
    expect(count('*.sql')).toBeLessThan(20);
    // Files at the root are always candidates of a folder part.
    expect(count('**/fixtures/**')).toBeLessThan(PATHS.length / 4);
    expect(count('**/{deploy,k8s}/**/*.yaml')).toBeLessThan(PATHS.length / 4);
    expect(count('*.test.*')).toBeUndefined();
    expect(count('!(*.md)')).toBeUndefined();
  });

  it('gives candidates in ascending order, without repeats', () => {
    for (const glob of [...listedStrings(defaultChecklist), ...EDGE_GLOBS]) {
      const candidates = index.candidates(glob) ?? [];
      expect(candidates.every((c, i) => i === 0 || candidates[i - 1] < c)).toBe(
        true,
      );
    }
  });
});
