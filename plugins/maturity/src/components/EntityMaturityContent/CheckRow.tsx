import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { Alert } from '@material-ui/lab';
import { useEffect, useState } from 'react';
import type { EntityCheck } from '../../api';
import { checkAnchorId } from '../common/checkAnchor';
import { OutcomeLabel } from '../common/OutcomeLabel';
import { CheckGuidance } from './CheckGuidance';
import { EvidenceList } from './EvidenceList';
import { WaiverSummary } from './WaiverSummary';

const useStyles = makeStyles(theme => ({
  blocking: {
    borderLeft: `4px solid ${theme.palette.error.main}`,
  },
  // A row opened from a link stands out until the reader moves on.
  targeted: {
    outline: `2px solid ${theme.palette.primary.main}`,
  },
  // The outcome keeps its column; a long title wraps within its own.
  outcome: { minWidth: 150, flexShrink: 0 },
  title: { flex: 1, minWidth: 0 },
  // A dark red with white text: 4.5:1 or more, unlike the theme's pink.
  blockingChip: { backgroundColor: '#b3261e', color: '#fff' },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
  technical: {
    ...theme.typography.body2,
    color: theme.palette.text.secondary,
    '& pre': {
      margin: theme.spacing(1, 0, 0),
      fontSize: '0.8em',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
    },
  },
}));

/** Whether the check keeps the entity from its next phase. */
export function isBlocking(check: EntityCheck): boolean {
  // A check that could not be read decides nothing, whatever the flag says.
  return check.blocking && check.outcome !== 'error';
}

/**
 * One check: its outcome in words, then on expanding what was found or
 * looked for, why it matters and how to pass. Blocking checks start
 * expanded: they are what needs doing. Checks that could not be read start
 * closed: the reason is the same for all of them and told once above.
 *
 * The row is controlled: an uncontrolled Accordion warns when its default
 * changes, which happens whenever a re-evaluation changes what blocks.
 */
export const CheckRow = (props: {
  check: EntityCheck;
  /** Opened from a link to the row's anchor. */
  targeted?: boolean;
  /** Changes with each followed link, so a second click opens it again. */
  navigation?: string;
}) => {
  const classes = useStyles();
  const { check, targeted = false, navigation } = props;
  const blocking = isBlocking(check);
  const [expanded, setExpanded] = useState(blocking || targeted);
  useEffect(() => {
    if (targeted) setExpanded(true);
  }, [targeted, navigation]);

  const found = check.evidence.filter(item => item.kind !== 'warning');
  const ignored = check.evidence.filter(item => item.kind === 'warning');
  const summaryId = `maturity-check-${check.checkId}`;
  const className = [
    blocking ? classes.blocking : '',
    targeted ? classes.targeted : '',
  ].join(' ');
  return (
    <Accordion
      id={checkAnchorId(check.checkId)}
      expanded={expanded}
      onChange={(_event, open) => setExpanded(open)}
      className={className.trim() || undefined}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={summaryId}
        aria-controls={`${summaryId}-details`}
      >
        <Box display="flex" alignItems="center" gridGap={16} width="100%">
          <span className={classes.outcome}>
            <OutcomeLabel outcome={check.outcome} />
          </span>
          <Typography
            variant="body1"
            component="span"
            className={classes.title}
          >
            {check.title}
          </Typography>
          {blocking && (
            <Chip
              size="small"
              className={classes.blockingChip}
              label="Blocking"
            />
          )}
          {!check.required && check.phase && (
            <Chip size="small" variant="outlined" label="Optional" />
          )}
        </Box>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        {check.outcome === 'error' && (
          <Alert severity="warning">
            <Typography variant="body2">
              Could not check: {check.reason ?? 'the evidence was unreadable'}
            </Typography>
            {check.lastConclusive ? (
              <Box mt={1}>
                <Box display="flex" alignItems="center" gridGap={8}>
                  <Typography variant="body2">
                    Last conclusive outcome:
                  </Typography>
                  <OutcomeLabel outcome={check.lastConclusive.outcome} />
                </Box>
                <EvidenceList
                  label="Found then"
                  evidence={check.lastConclusive.evidence}
                />
              </Box>
            ) : (
              <Typography variant="body2">
                There is no earlier outcome to fall back on.
              </Typography>
            )}
          </Alert>
        )}
        {check.waiver && <WaiverSummary waiver={check.waiver} />}
        {check.outcome !== 'error' && (
          <EvidenceList
            label={
              check.outcome === 'not-applicable'
                ? 'Not applicable because'
                : 'Found'
            }
            evidence={found}
          />
        )}
        {ignored.length > 0 && (
          <Alert severity="info">
            <EvidenceList
              label="Ignored: could not be read, and could not have been the evidence"
              evidence={ignored}
            />
          </Alert>
        )}
        {(check.outcome === 'fail' ||
          check.outcome === 'exempt' ||
          check.outcome === 'attested') && (
          <EvidenceList
            label="Looked for and not found"
            lookedFor={check.lookedFor}
          />
        )}
        <CheckGuidance check={check} />
        {check.details && check.details.length > 0 && (
          <details className={classes.technical}>
            <summary>Technical details</summary>
            <pre>{check.details.join('\n')}</pre>
          </details>
        )}
      </AccordionDetails>
    </Accordion>
  );
};
