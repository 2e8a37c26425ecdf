import { RequestBudget } from './RequestBudget';

describe('RequestBudget', () => {
  it('refuses requests once the limit is spent', () => {
    const budget = new RequestBudget(2);

    expect([budget.take(), budget.take(), budget.take()]).toEqual([
      true,
      true,
      false,
    ]);
    expect(budget).toMatchObject({ spent: 2, exhausted: true });
  });

  it('gives back the request of a 304 and counts it as not modified', () => {
    const budget = new RequestBudget(1);

    budget.take();
    budget.giveBack();

    expect(budget).toMatchObject({
      spent: 0,
      notModified: 1,
      exhausted: false,
    });
    expect(budget.take()).toBe(true);
  });

  it('says once that it is spent, when the first request is refused', () => {
    const onSpent = jest.fn();
    const budget = new RequestBudget(1, { onSpent });

    budget.take();
    expect(onSpent).not.toHaveBeenCalled();
    budget.take();
    budget.take();

    expect(onSpent).toHaveBeenCalledTimes(1);
  });

  it('names the code host and the limit in its reason', () => {
    expect(new RequestBudget(5, { hostName: 'GitHub' }).spentReason).toBe(
      'GitHub request budget of 5 per cycle spent; read again next cycle',
    );
  });
});
