import type { CheckOutcome } from '@backstage-maturity/plugin-maturity-common';
import type { Ladder } from './ladder';
import { campaignLink, entityLink, entityName, ownerLink } from './links';
import type { Outgoing } from './types';

// The words of each notification: a title that says what happened in
// plain words, a description that says what to do, and where to do it.

type Payload = Outgoing['payload'];

/** `a`, `a and b`, `a, b and c`. */
function listing(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** At most `max` names, and how many more there are. */
function someOf(names: readonly string[], max: number): string {
  if (names.length <= max) return listing(names);
  return listing([...names.slice(0, max), `${names.length - max} more`]);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `today`, `tomorrow`, `in 14 days`. */
function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** The checks that now block an entity, by title. */
function blockingSentence(ladder: Ladder, blocking: readonly string[]): string {
  if (blocking.length === 0) return '';
  return ` Checks to fix: ${someOf(
    blocking.map(id => ladder.checkTitle(id)),
    3,
  )}.`;
}

export function phaseRegressionMessage(options: {
  ladder: Ladder;
  entityRef: string;
  from: string;
  to: string | null;
  blocking: readonly string[];
}): Payload {
  const { ladder, entityRef } = options;
  const name = entityName(entityRef);
  const from = ladder.phaseName(options.from);
  return {
    title: `${name} fell back from ${from} to ${ladder.phaseName(options.to)}`,
    description: `${name} no longer meets every required check of ${from}.${blockingSentence(
      ladder,
      options.blocking,
    )} Its scorecard shows what each check looks for.`,
    link: entityLink(entityRef),
    severity: 'high',
    topic: 'maturity:phase-regression',
  };
}

const BEFORE: Partial<Record<CheckOutcome, string>> = {
  pass: 'It passed before.',
  'not-applicable': 'It did not apply before.',
  exempt: 'Its exemption has ended.',
  attested: 'Its attestation has ended.',
};

export function checkFailingMessage(options: {
  ladder: Ladder;
  entityRef: string;
  checkId: string;
  from: CheckOutcome;
}): Payload {
  const { ladder, entityRef, checkId } = options;
  const check = ladder.check(checkId);
  const title = ladder.checkTitle(checkId);
  const phase = check?.phase ? ladder.phaseName(check.phase) : undefined;
  const before = BEFORE[options.from] ?? 'It was met before.';
  const required = phase ? `, required for ${phase},` : '';
  const howTo = check?.howToPass ? ` To pass: ${check.howToPass}` : '';
  return {
    title: `${entityName(entityRef)}: ${title} now fails`,
    description: `The check "${title}"${required} now fails. ${before}${howTo}`,
    link: entityLink(entityRef),
    severity: 'high',
    topic: 'maturity:check-failing',
  };
}

export function waiverExpiryMessage(options: {
  ladder: Ladder;
  entityRef: string;
  checkId: string;
  kind: 'exemption' | 'attestation';
  lastDay: string;
  daysLeft: number;
  urgent: boolean;
}): Payload {
  const { ladder, entityRef, kind } = options;
  const check = ladder.check(options.checkId);
  const title = ladder.checkTitle(options.checkId);
  const phase = check?.phase ? ladder.phaseName(check.phase) : undefined;
  const counts = phase
    ? `counts as failing for ${phase} unless it passes`
    : 'counts as failing unless it passes';
  return {
    title: `${entityName(entityRef)}: the ${kind} of ${title} ends ${inDays(
      options.daysLeft,
    )}`,
    description: `The ${kind} of "${title}" is valid through ${options.lastDay}. After that the check ${counts}. Make it pass, or renew the ${kind} on the scorecard before then.`,
    link: entityLink(entityRef),
    severity: options.urgent ? 'high' : 'normal',
    topic: 'maturity:waiver-expiry',
  };
}

export function campaignDeadlineMessage(options: {
  campaign: { id: string; title: string; deadline: string };
  owner: string;
  entityRefs: readonly string[];
  daysLeft: number;
  urgent: boolean;
}): Payload {
  const { campaign, entityRefs } = options;
  const count = plural(entityRefs.length, 'entity', 'entities');
  return {
    title: `${campaign.title}: ${count} of ${entityName(
      options.owner,
    )} not done, deadline ${inDays(options.daysLeft)}`,
    description: `The campaign "${campaign.title}" ends on ${
      campaign.deadline
    }. Not done yet: ${someOf(
      entityRefs.map(entityName),
      5,
    )}. The campaign page lists the checks each one still needs.`,
    link: campaignLink(campaign.id),
    severity: options.urgent ? 'high' : 'normal',
    topic: 'maturity:campaign-deadline',
  };
}

/** What a weekly digest tells one owner. */
export interface DigestFacts {
  /** Entities per phase id ('' for not started). */
  phases: Map<string, number>;
  entities: number;
  /** Entities whose standing could not be told. */
  unknown: number;
  regressions: number;
  newFailures: number;
  /** Check ids and the number of entities they block, most first. */
  blockers: Array<[string, number]>;
}

export function weeklyDigestMessage(options: {
  ladder: Ladder;
  owner: string;
  week: string;
  facts: DigestFacts;
}): Payload {
  const { ladder, facts } = options;
  const phases = [...ladder.phaseIds]
    .reverse()
    .concat([''])
    .filter(id => (facts.phases.get(id) ?? 0) > 0)
    .map(id => `${facts.phases.get(id)} ${ladder.phaseName(id || null)}`);
  const unknown =
    facts.unknown > 0
      ? ` (${facts.unknown} could not be fully read: their phase may be higher)`
      : '';
  const blockers =
    facts.blockers.length > 0
      ? ` Top blockers: ${listing(
          facts.blockers.map(
            ([id, n]) =>
              `${ladder.checkTitle(id)} (${plural(n, 'entity', 'entities')})`,
          ),
        )}.`
      : '';
  return {
    title: `Maturity of ${entityName(options.owner)}, week ${options.week}`,
    description: `${plural(facts.entities, 'entity', 'entities')}: ${listing(
      phases,
    )}${unknown}. Last 7 days: ${plural(
      facts.regressions,
      'phase regression',
    )}, ${plural(facts.newFailures, 'newly failing check')}.${blockers}`,
    link: ownerLink(options.owner),
    severity: 'low',
    topic: 'maturity:weekly-digest',
  };
}
