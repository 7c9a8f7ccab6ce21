import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/renderer/afterNextPaint';

describe('afterNextPaint', () => {
  let frames: (() => void)[];
  const requestFrame = (callback: () => void) => frames.push(callback);
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
  });
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return () => done;
  };

  it('waits for the next frame and then for the task after it, where the frame has been painted', async () => {
    const done = settled(afterNextPaint(100, requestFrame));
    await vi.advanceTimersByTimeAsync(50);
    expect(done()).toBe(false);
    frames.shift()!();
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('does not wait for ever where no frame comes (a hidden window)', async () => {
    const done = settled(afterNextPaint(100, requestFrame));
    await vi.advanceTimersByTimeAsync(99);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });
});
