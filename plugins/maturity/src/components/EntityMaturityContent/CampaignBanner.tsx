import { Fragment } from 'react';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Alert, AlertTitle } from '@material-ui/lab';
import useAsync from 'react-use/esm/useAsync';
import {
  maturityApiRef,
  type CampaignEntityStatus,
  type EntityCampaign,
} from '../../api';
import { checkAnchorId } from '../common/checkAnchor';
import { targetInWords } from '../campaigns/campaignWords';
import { formatDayInFull } from '../campaigns/days';
import { useCampaignLink } from '../campaigns/useCampaignLink';
import { causeOf, statusOf } from '../dashboard/errors';

const SEVERITY = {
  overdue: 'error',
  'at-risk': 'warning',
  'on-track': 'info',
} as const;

const STANDING: Record<Exclude<CampaignEntityStatus, 'done'>, string> = {
  overdue: 'Overdue: the deadline has passed.',
  'at-risk':
    'At risk: the deadline is near, or fewer checks are met than the time gone asks.',
  'on-track': 'On track.',
};

const checks = (n: number) => `${n} ${n === 1 ? 'check' : 'checks'}`;

/** A campaign's title, linking to its page where the app has one. */
const CampaignTitle = (props: {
  campaign: EntityCampaign['campaign'];
  link?: (id: string) => string;
}) =>
  props.link ? (
    // Underlined: on an alert's coloured text, colour alone does not tell
    // a link apart.
    <Link to={props.link(props.campaign.id)} underline="always">
      {props.campaign.title}
    </Link>
  ) : (
    <>{props.campaign.title}</>
  );

/**
 * The campaigns that cover the entity, at the top of its maturity tab: an
 * alert for each one it has not reached the target of ("Reach Production
 * Ready by March 31, 2027: 2 checks left"), as severe as its status, with
 * the checks left linking to their rows; one quiet line for those it has.
 * Campaigns that cannot be read leave the tab as it is, with a small note.
 */
export const CampaignBanner = (props: { entityRef: CompoundEntityRef }) => {
  const { kind, namespace, name } = props.entityRef;
  const api = useApi(maturityApiRef);
  const campaignLink = useCampaignLink();
  const { value, error } = useAsync(
    () => api.listEntityCampaigns({ kind, namespace, name }),
    [api, kind, namespace, name],
  );

  if (error) {
    // Not allowed, or not evaluated yet: nothing to say here.
    if ([403, 404].includes(statusOf(error) ?? 0)) return null;
    return (
      <Box mt={2}>
        <Typography variant="body2">
          {`Campaigns could not be loaded: ${causeOf(error)}`}
        </Typography>
      </Box>
    );
  }
  const items = value?.items ?? [];
  const open = items.filter(item => item.status !== 'done');
  const done = items.filter(item => item.status === 'done');
  if (items.length === 0) return null;

  return (
    <Box mt={2} display="grid" gridGap={8}>
      {open.map(item => {
        const { campaign, remaining } = item;
        const status = item.status as keyof typeof SEVERITY;
        const titleId = `maturity-campaign-${campaign.id}`;
        return (
          <Alert
            key={campaign.id}
            severity={SEVERITY[status]}
            role="region"
            aria-labelledby={titleId}
          >
            <AlertTitle id={titleId}>
              {`Reach ${targetInWords(campaign)} by ${formatDayInFull(
                campaign.deadline,
              )}: ${checks(remaining.length)} left`}
            </AlertTitle>
            <Typography variant="body2">
              {`${STANDING[status]} Campaign: `}
              <CampaignTitle campaign={campaign} link={campaignLink} />
            </Typography>
            {remaining.length > 0 && (
              <Typography variant="body2">
                {'Still to do: '}
                {remaining.map((check, index) => (
                  <Fragment key={check.checkId}>
                    {index > 0 && ', '}
                    <Link
                      to={`#${checkAnchorId(check.checkId)}`}
                      underline="always"
                    >
                      {check.title}
                    </Link>
                  </Fragment>
                ))}
              </Typography>
            )}
          </Alert>
        );
      })}
      {/* Primary text: secondary grey is too faint on the page's grey. */}
      {done.length > 0 && (
        <Typography variant="body2">
          {'Target reached: '}
          {done.map((item, index) => (
            <Fragment key={item.campaign.id}>
              {index > 0 && ', '}
              <CampaignTitle campaign={item.campaign} link={campaignLink} />
            </Fragment>
          ))}
        </Typography>
      )}
    </Box>
  );
};
