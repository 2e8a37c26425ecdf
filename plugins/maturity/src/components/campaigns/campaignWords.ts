import type { Campaign, CampaignEntityFilter } from '../../api';

const FILTER_LABELS: Record<keyof CampaignEntityFilter, string> = {
  owner: 'Owner',
  system: 'System',
  domain: 'Domain',
  kind: 'Kind',
  type: 'Type',
  lifecycle: 'Lifecycle',
  tags: 'Tag',
};

/** A campaign's target in words: its title from the backend, else what it names. */
export function targetInWords(campaign: Campaign): string {
  if (campaign.targetTitle) return campaign.targetTitle;
  const { phase, checks = [] } = campaign.target;
  if (phase) return phase;
  return `${checks.length} ${checks.length === 1 ? 'check' : 'checks'}`;
}

/**
 * The entities a campaign covers in words, one clause per key:
 * "Kind: component; Lifecycle: production".
 */
export function entitiesInWords(filter: CampaignEntityFilter): string {
  const clauses = (
    Object.keys(FILTER_LABELS) as Array<keyof CampaignEntityFilter>
  ).flatMap(key => {
    const values = filter[key] ?? [];
    return values.length
      ? [`${FILTER_LABELS[key]}: ${values.join(' or ')}`]
      : [];
  });
  return clauses.length ? clauses.join('; ') : 'Every evaluated entity';
}
