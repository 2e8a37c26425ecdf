import { Link } from '@backstage/core-components';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import type { AppliedWaiver } from '../../api';
import { formatDate } from '../common/dates';

/** The exemption or attestation that decided a check's outcome. */
export const WaiverSummary = (props: { waiver: AppliedWaiver }) => {
  const { waiver } = props;
  let who = null;
  if (waiver.source === 'annotation') {
    who = ' by a catalog annotation';
  } else if (waiver.createdBy) {
    who = (
      <>
        {' by '}
        <EntityDisplayName
          entityRef={waiver.createdBy}
          defaultKind="user"
          hideIcon
        />
      </>
    );
  }
  return (
    <div>
      <Typography variant="subtitle2" component="p">
        {waiver.kind === 'attestation' ? 'Attested' : 'Exempted'}
        {who} until {formatDate(waiver.expiresAt)}
      </Typography>
      <Typography variant="body2">{waiver.reason}</Typography>
      {waiver.evidenceUrl && (
        <Typography variant="body2">
          <Link to={waiver.evidenceUrl}>Evidence</Link>
        </Typography>
      )}
    </div>
  );
};
