import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { CampaignEntityStatus } from '../../api';
import { STATUS_LABELS } from './campaignStatus';

const ICONS = {
  done: StatusOK,
  'on-track': StatusPending,
  'at-risk': StatusWarning,
  overdue: StatusError,
};

/** A status as a coloured mark and its name. */
export const StatusLabel = (props: { status: CampaignEntityStatus }) => {
  const Icon = ICONS[props.status];
  return <Icon>{STATUS_LABELS[props.status]}</Icon>;
};
