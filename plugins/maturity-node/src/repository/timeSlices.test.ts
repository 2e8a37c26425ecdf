import { TimeSlices } from './timeSlices';

describe('TimeSlices', () => {
  it('fails at once when the read is already aborted', () => {
    expect(() => new TimeSlices(AbortSignal.abort())).toThrow();
  });

  it('ends a slice after a while, and goes on after a pause', async () => {
    const slices = new TimeSlices();
    const start = performance.now();
    while (!slices.due) {
      expect(performance.now() - start).toBeLessThan(1000);
    }
    await slices.pause();
    expect(slices.due).toBe(false);
  });

  it('stops at the next pause once the read is aborted or timed out', async () => {
    const controller = new AbortController();
    const slices = new TimeSlices(controller.signal);
    await slices.pause();
    setImmediate(() => controller.abort(new Error('timed out')));
    await new Promise(resolve => setTimeout(resolve, 5));
    await expect(slices.pause()).rejects.toThrow('timed out');
  });
});
