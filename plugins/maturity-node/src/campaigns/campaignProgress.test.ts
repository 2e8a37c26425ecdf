import { campaignProgress } from './campaignProgress';

describe('campaignProgress', () => {
  it('counts entities per status and the share done', () => {
    expect(
      campaignProgress(['done', 'at-risk', 'done', 'overdue', 'on-track']),
    ).toEqual({
      total: 5,
      counts: { done: 2, 'on-track': 1, 'at-risk': 1, overdue: 1 },
      done: 0.4,
    });
  });

  it('is zero done, not a division by zero, without entities', () => {
    expect(campaignProgress([])).toEqual({
      total: 0,
      counts: { done: 0, 'on-track': 0, 'at-risk': 0, overdue: 0 },
      done: 0,
    });
  });
});
