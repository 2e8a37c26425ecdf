import { burndownSeries } from './burndownSeries';

const row = (day: string, total: number, done: number) => ({
  day,
  total,
  done,
  onTrack: total - done,
  atRisk: 0,
  overdue: 0,
});

describe('burndownSeries', () => {
  it('has a day from start to deadline, the ideal going from the first total to 0', () => {
    const series = burndownSeries(
      {
        start: '2027-01-01',
        deadline: '2027-01-05',
        days: [row('2027-01-01', 8, 0), row('2027-01-03', 8, 3)],
      },
      99,
    );
    expect(series).toEqual([
      { day: '2027-01-01', notDone: 8, ideal: 8 },
      { day: '2027-01-02', notDone: null, ideal: 6 },
      { day: '2027-01-03', notDone: 5, ideal: 4 },
      { day: '2027-01-04', notDone: null, ideal: 2 },
      { day: '2027-01-05', notDone: null, ideal: 0 },
    ]);
  });

  it('reaches past the deadline when a later day was computed, and starts from the current total without days', () => {
    expect(
      burndownSeries(
        {
          start: '2027-01-01',
          deadline: '2027-01-02',
          days: [row('2027-01-03', 4, 1)],
        },
        4,
      ),
    ).toEqual([
      { day: '2027-01-01', notDone: null, ideal: 4 },
      { day: '2027-01-02', notDone: null, ideal: 0 },
      { day: '2027-01-03', notDone: 3, ideal: 0 },
    ]);
    expect(
      burndownSeries(
        { start: '2027-01-01', deadline: '2027-01-03', days: [] },
        3,
      ).map(p => p.ideal),
    ).toEqual([3, 1.5, 0]);
  });
});
