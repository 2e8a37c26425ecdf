import { ConfigReader } from '@backstage/config';
import { defaultChecklist } from '../checklist';
import { CampaignsConfigError } from './errors';
import { readCampaignsConfig } from './readCampaignsConfig';
import { testChecklist } from './testChecklist';

function read(campaigns: unknown, checklist = testChecklist) {
  return readCampaignsConfig(
    new ConfigReader({ maturity: { campaigns } } as any),
    checklist,
  );
}

/** The issues `read` throws, as `<path>: <message>` lines. */
function issuesOf(campaigns: unknown, checklist = testChecklist): string[] {
  try {
    read(campaigns, checklist);
  } catch (error) {
    expect(error).toBeInstanceOf(CampaignsConfigError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected the campaigns to be rejected');
}

const valid = {
  id: 'two-by-march',
  title: 'Everyone to Two',
  start: '2027-01-01',
  deadline: '2027-03-31',
  target: { phase: 'two' },
};

describe('readCampaignsConfig', () => {
  it('reads no campaigns when the block is absent', () => {
    expect(readCampaignsConfig(new ConfigReader({}), testChecklist)).toEqual(
      [],
    );
  });

  it('returns valid campaigns, bare owner names read as groups', () => {
    const campaigns = read([
      {
        ...valid,
        description: 'See **the guide**.',
        entities: {
          owner: ['payments', 'group:platform/infra', 'user:default/jane'],
          system: ['billing'],
          domain: ['finance'],
          kind: ['Component'],
          type: ['service'],
          lifecycle: ['production'],
          tags: ['java'],
        },
      },
      {
        id: 'ci-everywhere',
        title: 'CI everywhere',
        start: '2027-02-01',
        deadline: '2027-02-01',
        target: { checks: ['ci', 'pairing'] },
      },
    ]);
    expect(campaigns).toEqual([
      {
        ...valid,
        description: 'See **the guide**.',
        entities: {
          owner: [
            'group:default/payments',
            'group:platform/infra',
            'user:default/jane',
          ],
          system: ['billing'],
          domain: ['finance'],
          kind: ['Component'],
          type: ['service'],
          lifecycle: ['production'],
          tags: ['java'],
        },
      },
      {
        id: 'ci-everywhere',
        title: 'CI everywhere',
        start: '2027-02-01',
        deadline: '2027-02-01',
        target: { checks: ['ci', 'pairing'] },
        entities: {},
      },
    ]);
  });

  it('reports every wrong key of every campaign at once, with its path', () => {
    expect(
      issuesOf(
        [
          {
            ...valid,
            title: '',
            deadline: '31 March',
            deadLine: '2027-03-31',
          },
          { ...valid, id: 'second', target: { phase: 'prod' } },
          {
            ...valid,
            id: 'Third Campaign',
            target: { checks: ['ci', 'nope'] },
            entities: { owner: [], team: ['x'] },
          },
          { ...valid, title: '', start: '2027-04-01' },
        ],
        testChecklist,
      ),
    ).toEqual([
      'maturity.campaigns[0].title: expected a title',
      'maturity.campaigns[0].deadline: expected a date YYYY-MM-DD, got "31 March"',
      'maturity.campaigns[0].deadLine: unknown key; expected one of id, title, description, target, entities, start, deadline',
      'maturity.campaigns[1].target.phase: unknown phase "prod"; expected one of one, two, three',
      'maturity.campaigns[2].id: expected a kebab-case id such as foundation-by-q1',
      'maturity.campaigns[2].target.checks[1]: unknown check "nope"; expected one of ci, readme, badge, sbom, slo, pairing',
      'maturity.campaigns[2].entities.owner: expected at least one entry',
      'maturity.campaigns[2].entities.team: unknown key; expected one of owner, system, domain, kind, type, lifecycle, tags',
      'maturity.campaigns[3].title: expected a title',
      'maturity.campaigns[3].deadline: deadline 2027-03-31 is before start 2027-04-01',
      'maturity.campaigns[3].id: duplicate campaign id "two-by-march"; also maturity.campaigns[0]',
    ]);
  });

  it('names the phases of the checklist in force', () => {
    expect(
      issuesOf([{ ...valid, target: { phase: 'prod' } }], defaultChecklist),
    ).toEqual([
      'maturity.campaigns[0].target.phase: unknown phase "prod"; expected one of walking-skeleton, foundation, production-ready, operational-maturity, kaizen',
    ]);
  });

  it('reports missing keys, impossible dates and an ambiguous target', () => {
    expect(
      issuesOf([
        { id: 'a', start: '2027-02-30', deadline: 20270331, target: {} },
        { ...valid, id: 'b', target: { phase: 'one', checks: ['ci'] } },
      ]),
    ).toEqual([
      'maturity.campaigns[0].title: required',
      'maturity.campaigns[0].target: expected either phase or checks',
      'maturity.campaigns[0].start: expected a date YYYY-MM-DD, got "2027-02-30"',
      'maturity.campaigns[0].deadline: expected a date YYYY-MM-DD, got 20270331',
      'maturity.campaigns[1].target: expected either phase or checks',
    ]);
  });

  it('rejects a block that is not a list', () => {
    expect(issuesOf({ id: 'a' })).toEqual([
      'maturity.campaigns: expected a list of campaigns',
    ]);
  });
});
