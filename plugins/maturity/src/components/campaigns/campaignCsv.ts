import type { CampaignEntity } from '../../api';
import { toCsv } from '../dashboard/csv';
import { STATUS_LABELS } from './campaignStatus';

/** A campaign's entities as CSV, with the target checks each still misses. */
export function campaignEntitiesToCsv(items: CampaignEntity[]): string {
  return toCsv(
    [
      'Entity',
      'Name',
      'Title',
      'Owner',
      'Status',
      'Target checks met',
      'Target checks',
      'Checks left',
    ],
    items.map(item => [
      item.entityRef,
      item.name,
      item.title,
      item.owner,
      STATUS_LABELS[item.status],
      item.met,
      item.total,
      item.remaining.map(check => check.title).join('; '),
    ]),
  );
}
