import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The checks a label file must label: those a repository can decide. */
export const LABELLED_CHECKS = [
  'ci-pipeline',
  'local-dev',
  'code-quality',
  'unit-tests',
  'lint',
  'ai-assistant',
  'health-checks',
  'structured-logging',
  'iac',
  'api-contract',
  'monitoring-alerting',
  'test-levels',
  'config-per-env',
  'secrets-management',
  'security-scanning',
  'contract-validation',
  'runbooks',
  'db-migrations',
  'distributed-tracing',
  'resilience',
  'service-contracts',
  'migration-safety',
  'disaster-recovery',
  'graceful-shutdown',
  'resource-limits',
  'performance-testing',
  'slo-metrics',
  'security-hardening',
  'docs-as-code',
  'capacity-planning',
  'architecture-evolution',
  'dependency-updates',
  'three-environments',
  'perf-environment',
  'code-review',
  'tests-as-code',
  'commit-conventions',
  'semver',
] as const;

const label = z.strictObject({
  expect: z.enum(['pass', 'fail', 'not-applicable']),
  /** The deciding file, and why. */
  note: z.string().min(1),
});

const service = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected a 40-hex commit'),
  path: z.string().default('.'),
  type: z.string().default('service'),
  summary: z.string(),
  labels: z.record(z.string(), label).superRefine((labels, ctx) => {
    const missing = LABELLED_CHECKS.filter(id => !(id in labels));
    const unknown = Object.keys(labels).filter(
      id => !(LABELLED_CHECKS as readonly string[]).includes(id),
    );
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not labelled: ${missing.join(', ')}`,
      });
    }
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not a repository-evaluable check: ${unknown.join(', ')}`,
      });
    }
  }),
});

const labelFile = z.strictObject({
  ecosystem: z.enum([
    'go',
    'java',
    'node',
    'python',
    'dotnet',
    'ruby',
    'rust',
    'elixir',
  ]),
  services: z.array(service).min(1),
});

export type LabelledService = z.infer<typeof service>;
export type LabelFile = z.infer<typeof labelFile>;

/** Every label file of a folder, validated; the first bad one throws. */
export function readLabels(folder: string): LabelFile[] {
  return fs
    .readdirSync(folder)
    .filter(name => name.endsWith('.yaml'))
    .sort()
    .map(name => {
      const result = labelFile.safeParse(
        parse(fs.readFileSync(path.join(folder, name), 'utf8')),
      );
      if (!result.success) {
        const problems = result.error.issues.map(
          issue => `  ${issue.path.join('.')}: ${issue.message}`,
        );
        throw new Error(`${name}:\n${problems.join('\n')}`);
      }
      return result.data;
    });
}
