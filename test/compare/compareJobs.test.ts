import { describe, expect, it } from 'vitest';
import { CompareJobs, JobsBusyError } from '../../server/compare/CompareJobs.ts';

const until = async (f: () => boolean) => {
  for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 10));
};
/** A job that finishes when told to, or rejects when its signal aborts. */
const gated = () => {
  let release: (v: string) => void = () => undefined;
  const run = (_p: (f: number) => void, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      release = resolve;
      signal.addEventListener('abort', () => reject(new Error('aborted')));
    });
  return { run, release: (v: string) => release(v) };
};

describe('CompareJobs', () => {
  it('one unfinished job per client; others queue in turn and run when the first ends', async () => {
    const jobs = new CompareJobs<string>();
    const a = gated();
    const b = gated();
    const first = jobs.start(10, 'ip:a', a.run);
    expect(first.state).toBe('running');
    expect(() => jobs.start(10, 'ip:a', gated().run)).toThrow(JobsBusyError);
    const second = jobs.start(10, 'ip:b', b.run);
    expect(second.state).toBe('queued');
    expect(jobs.counts()).toEqual({ running: 1, queued: 1 });
    await new Promise((r) => setTimeout(r, 20)); // the work starts after the caller's answer
    a.release('A');
    await until(() => second.state === 'running');
    expect(jobs.get(first.id)).toMatchObject({ state: 'done', result: 'A', progress: 1 });
    await new Promise((r) => setTimeout(r, 20));
    b.release('B');
    await until(() => second.state === 'done');
    expect(second.result).toBe('B');
  });

  it('cancel stops a running job (its signal aborts) and takes a queued one out of the queue', async () => {
    const jobs = new CompareJobs<string>();
    const running = jobs.start(10, 'ip:a', gated().run);
    const queued = jobs.start(10, 'ip:b', gated().run);
    expect(jobs.cancel(queued.id)).toBe(true);
    expect(queued.state).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 20));
    expect(jobs.cancel(running.id)).toBe(true);
    expect(jobs.get(running.id)).toMatchObject({ state: 'cancelled', error: 'cancelled' });
    expect(jobs.cancel(running.id)).toBe(false);
    await until(() => jobs.counts().running === 0);
    expect(jobs.counts()).toEqual({ running: 0, queued: 0 });
  });

  it('a job running past maxRunMs is cancelled; finished jobs expire after ttlMs', async () => {
    const jobs = new CompareJobs<string>({ maxRunMs: 50, ttlMs: 100 });
    const job = jobs.start(10, 'ip:a', gated().run);
    await until(() => job.state === 'cancelled');
    expect(job.error).toMatch(/longer than 0.05 s/);
    await new Promise((r) => setTimeout(r, 150));
    expect(jobs.get(job.id)).toBeUndefined();
  });
});
