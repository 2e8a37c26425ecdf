import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import {
  stringifyEntityRef,
  type Entity,
  type EntityRelation,
} from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { BuiltinKindsEntityProcessor } from '@backstage/plugin-catalog-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { main as maturityCli } from '@backstage-maturity/maturity-cli';
import maturityPlugin from '@backstage-maturity/plugin-maturity-backend';

/**
 * The example organisation evaluated twice: by the portal's backend (with
 * the catalog) and by `maturity check` on each checkout (with the entity's
 * catalog-info.yaml and no catalog). Waivers declared in annotations are
 * present. Both must reach the same verdicts.
 */

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples');

/** Waivers declared on entities, as owners would in catalog-info.yaml. */
const WAIVER_ANNOTATIONS: Record<string, Record<string, string>> = {
  'ledger-service': {
    'maturity.backstage.io/exempt.performance-testing':
      '2099-12-31: load is tested by the platform team, see https://wiki.example.com/load',
  },
  'notification-service': {
    'maturity.backstage.io/attest.trunk-based':
      '2099-12-31: we merge to main daily',
    // Attestation of a check that cannot be attested: not applied anywhere.
    'maturity.backstage.io/attest.runbooks': '2099-12-31: trust us',
  },
  'session-service': {
    'maturity.backstage.io/exempt.health-checks':
      '2099-12-31: a batch job with no endpoint',
  },
};

function readExamples(): Entity[] {
  return ['org.yaml', 'entities.yaml'].flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(Boolean)
      .map(entity => {
        const extra = WAIVER_ANNOTATIONS[entity.metadata.name];
        return {
          ...entity,
          metadata: {
            namespace: 'default',
            ...entity.metadata,
            annotations: { ...entity.metadata.annotations, ...extra },
          },
        };
      }),
  );
}

/** The relations the catalog's built-in processor derives, both ways. */
async function withRelations(entities: Entity[]): Promise<Entity[]> {
  const processor = new BuiltinKindsEntityProcessor();
  const relations = new Map<string, EntityRelation[]>();
  for (const entity of entities) {
    await processor.postProcessEntity(
      entity,
      { type: 'file', target: 'examples' },
      result => {
        if (result.type !== 'relation') return;
        const source = stringifyEntityRef(result.relation.source);
        const list = relations.get(source) ?? [];
        list.push({
          type: result.relation.type,
          targetRef: stringifyEntityRef(result.relation.target),
        });
        relations.set(source, list);
      },
    );
  }
  return entities.map(entity => ({
    ...entity,
    relations: relations.get(stringifyEntityRef(entity).toLowerCase()) ?? [],
  }));
}

interface Verdict {
  phase: string | null;
  blocking: string[];
  outcomes: Record<string, string>;
}

async function cliVerdict(
  entity: Entity,
): Promise<Verdict & { needsCatalog: string[] }> {
  const checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-cli-'));
  fs.cpSync(path.join(EXAMPLES, 'repos', entity.metadata.name), checkout, {
    recursive: true,
  });
  const { relations: _relations, ...declared } = entity;
  fs.writeFileSync(
    path.join(checkout, 'catalog-info.yaml'),
    stringify(declared),
  );
  let out = '';
  const code = await maturityCli(['check', checkout, '--format', 'json'], {
    out: text => {
      out += text;
    },
    err: () => {},
  });
  fs.rmSync(checkout, { recursive: true, force: true });
  expect(code).toBe(0);
  const report = JSON.parse(out);
  return {
    phase: report.phase,
    blocking: report.blocking,
    outcomes: Object.fromEntries(
      report.checks.map((c: { id: string; outcome: string }) => [
        c.id,
        c.outcome,
      ]),
    ),
    needsCatalog: report.checks
      .filter((c: { needsCatalogData: boolean }) => c.needsCatalogData)
      .map((c: { id: string }) => c.id),
  };
}

describe('the example organisation, in the portal and on the command line', () => {
  it('gets the same outcomes, phase and blocking checks from both', async () => {
    const entities = await withRelations(readExamples());
    const backend = await startTestBackend({
      features: [
        maturityPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            maturity: {
              // Evaluated on request below, not on a schedule.
              schedule: {
                frequency: { hours: 24 },
                initialDelay: { hours: 24 },
              },
              repositories: {
                mirrors: [
                  {
                    urlPrefix: 'https://github.com/acme-demo/',
                    directory: path.join(EXAMPLES, 'repos'),
                  },
                ],
              },
            },
          },
        }),
      ],
    });

    const { server } = backend;
    const components = entities.filter(
      e =>
        e.kind === 'Component' &&
        fs.existsSync(path.join(EXAMPLES, 'repos', e.metadata.name)),
    );
    expect(components.length).toBeGreaterThanOrEqual(12);
    const compared: Array<
      Record<'cli' | 'portal', { name: string } & Omit<Verdict, 'outcomes'>>
    > = [];
    for (const entity of components) {
      const url = `/api/maturity/entities/component/default/${entity.metadata.name}`;
      const auth = mockCredentials.user.header();
      expect(
        (
          await request(server)
            .post(`${url}/refresh`)
            .set('Authorization', auth)
        ).status,
      ).toBe(200);
      const portal = (await request(server).get(url).set('Authorization', auth))
        .body;
      const portalOutcomes: Record<string, string> = Object.fromEntries(
        portal.checks.map((c: { checkId: string; outcome: string }) => [
          c.checkId,
          c.outcome,
        ]),
      );
      const cli = await cliVerdict(entity);
      const name = entity.metadata.name;

      // Every check the command line can decide without a catalog; where
      // it cannot (its reason says catalog data is needed), the portal,
      // which has the catalog, decides.
      const undecided = Object.keys(cli.outcomes).filter(id =>
        ['error', 'needs-catalog-data'].includes(cli.outcomes[id]),
      );
      const decided = Object.keys(cli.outcomes).filter(
        id => !undecided.includes(id),
      );
      expect({ name, outcomes: pick(cli.outcomes, decided) }).toEqual({
        name,
        outcomes: pick(portalOutcomes, decided),
      });
      expect({
        name,
        decidedByPortal: undecided.filter(id => portalOutcomes[id] === 'error'),
      }).toEqual({ name, decidedByPortal: [] });
      // Where the command line decided every check that holds the portal's
      // entity back, both reach the same phase for the same reasons.
      if (
        portal.summary.blocking.every((id: string) => decided.includes(id)) &&
        cli.blocking.every(id => decided.includes(id))
      ) {
        compared.push({
          cli: { name, phase: cli.phase, blocking: cli.blocking },
          portal: {
            name,
            phase: portal.summary.phase,
            blocking: portal.summary.blocking,
          },
        });
      }
    }
    expect(compared.map(c => c.cli)).toEqual(compared.map(c => c.portal));
    expect(compared.length).toBeGreaterThanOrEqual(8);
    await backend.stop();
    // The declared waivers count in both.
    expect(
      (
        await cliVerdict(
          entities.find(e => e.metadata.name === 'ledger-service')!,
        )
      ).outcomes['performance-testing'],
    ).toBe('exempt');
  }, 120_000);
});

function pick(
  values: Record<string, string>,
  keys: string[],
): Record<string, string> {
  return Object.fromEntries(keys.map(k => [k, values[k]]));
}
