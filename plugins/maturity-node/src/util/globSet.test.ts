import { defaultChecklist } from '../checklist';
import { contentGlobs } from '../evaluation/contentGlobs';
import { pathMatcher } from '../evaluation/glob';
import { anyGlobMatcher } from './globSet';

const PATHS = [
  'Dockerfile',
  'dockerfile',
  'build/Dockerfile.dev',
  'api.Dockerfile',
  'package.json',
  'packages/app/package.json',
  'README.md',
  'docs/CHANGELOG.md',
  'CHANGELOG',
  '.github/workflows/ci.yml',
  '.github/workflows/release.YAML',
  'sub/.github/workflows/ci.yml',
  '.tekton/pipeline.yaml',
  'ci/.tekton/tasks/build.yaml',
  '.buildkite/pipeline.yml',
  '.circleci/config.yml',
  'db/migrate/20240101_create.rb',
  'src/db/schema.sql',
  'src/migrations/0001.py',
  'liquibase/changelog/db.changelog.xml',
  'charts/app/templates/deployment.yaml',
  'charts/app/templates/_helpers.tpl',
  'charts/app/values-prod.yaml',
  'scripts/release.sh',
  'tools/scripts/release.sh',
  'src/Main.java',
  'src/app.TS',
  'src/app.d.ts',
  'infra/main.tf',
  'infra/main.tf.json',
  '.eslintrc.cjs',
  'eslint.config.mjs',
  'x/.c8rc.json',
  'image.png',
  'a/b/c/d/e/f/g.txt',
  '.env.example',
];

const GLOBS = [
  '*.md',
  './docs/*.md',
  'docs/',
  '**/docs/',
  '.github/workflows/*.y*ml',
  '**/templates/**/*.yaml',
  'src/**',
  '*.{ts,tsx}',
  'Dockerfile*',
  '!(*.md)',
  '+(a|b)/**',
  'scripts/*.sh',
  '.tekton/',
];

describe('anyGlobMatcher', () => {
  /** The paths on which the two disagree, with what each says. */
  function disagreements(globs: string[], caseSensitive: boolean) {
    const expected = pathMatcher(globs, [], caseSensitive);
    const actual = anyGlobMatcher(globs, caseSensitive);
    return PATHS.filter(path => actual(path) !== expected(path)).map(path => ({
      globs,
      path,
      pathMatcher: expected(path),
    }));
  }

  it("matches as pathMatcher does, for the default checklist's content globs", () => {
    const globs = contentGlobs(defaultChecklist);
    expect(disagreements(globs, false)).toEqual([]);
    expect(disagreements(globs, true)).toEqual([]);
    // The list above exercises both answers.
    expect(PATHS.filter(anyGlobMatcher(globs)).length).toBeGreaterThan(10);
  });

  it('matches as pathMatcher does, glob by glob and all together', () => {
    for (const glob of GLOBS) {
      expect(disagreements([glob], false)).toEqual([]);
      expect(disagreements([glob], true)).toEqual([]);
    }
    expect(disagreements(GLOBS, false)).toEqual([]);
  });

  it('matches nothing without globs', () => {
    expect(anyGlobMatcher([])('package.json')).toBe(false);
  });
});
