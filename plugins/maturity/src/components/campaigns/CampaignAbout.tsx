import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MarkdownContent } from '@backstage/core-components';
import type { Campaign } from '../../api';
import { entitiesInWords, targetInWords } from './campaignWords';
import { deadlineInWords, formatDay } from './days';

const useStyles = makeStyles(theme => ({
  markdown: {
    ...theme.typography.body1,
    '& p:first-child': { marginTop: 0 },
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: 0,
    '& dt': { fontWeight: theme.typography.fontWeightMedium },
    '& dd': { margin: 0 },
  },
}));

/** What a campaign asks of whom and by when, and its description (Markdown). */
export const CampaignAbout = (props: { campaign: Campaign }) => {
  const classes = useStyles();
  const { campaign } = props;
  const facts: Array<[string, string]> = [
    ['Target', targetInWords(campaign)],
    ['Entities', entitiesInWords(campaign.entities)],
    ['Start', formatDay(campaign.start)],
    [
      'Deadline',
      `${formatDay(campaign.deadline)} (${deadlineInWords(campaign.deadline)})`,
    ],
    [
      'Defined in',
      campaign.source === 'config' ? 'app-config' : 'the maturity API',
    ],
  ];
  return (
    <>
      {campaign.description && (
        <Box mb={2}>
          <MarkdownContent
            className={classes.markdown}
            content={campaign.description}
          />
        </Box>
      )}
      <Typography component="dl" variant="body2" className={classes.facts}>
        {facts.map(([term, value]) => (
          <Box key={term} display="contents">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Typography>
    </>
  );
};
