import { afterEach, describe, expect, it } from 'vitest';
import {
  PoolAbortError,
  PoolBusyError,
  PoolTaskError,
  PoolTimeoutError,
  WorkerPool,
} from '../../server/workers/WorkerPool.ts';

const script = new URL('./fixtures/testWorker.boot.mjs', import.meta.url);
let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WorkerPool', () => {
  it('state reaches every worker, also one that replaces a crashed worker', async () => {
    pool = new WorkerPool({ script, size: 2 });
    await pool.setState('feed', 'v1');
    expect(pool.stats()).toMatchObject({ size: 2, alive: 2 });
    expect(
      await Promise.all([pool.run('light', { echo: 'feed' }), pool.run('light', { echo: 'feed' })]),
    ).toEqual(['v1', 'v1']);
    await expect(pool.run('light', { crash: true })).rejects.toThrow(/exited/);
    expect(
      await Promise.all([pool.run('light', { echo: 'feed' }), pool.run('light', { echo: 'feed' })]),
    ).toEqual(['v1', 'v1']);
  });

  it('heavy tasks leave a worker to light ones: a light task finishes while heavy ones wait', async () => {
    pool = new WorkerPool({ script, size: 2 });
    await Promise.all([pool.run('light', { spin: 100 }), pool.run('light', { spin: 100 })]); // both up
    const order: string[] = [];
    const heavy = [1, 2].map((i) => pool!.run('heavy', { spin: 1500 }).then(() => order.push(`heavy${i}`)));
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.stats()).toMatchObject({ heavyRunning: 1, queued: 1 });
    await pool.run('light', {}).then(() => order.push('light'));
    await Promise.all(heavy);
    expect(order).toEqual(['light', 'heavy1', 'heavy2']);
  });

  it('a task past its deadline or aborted costs its worker, and the pool goes on', async () => {
    pool = new WorkerPool({ script, size: 1 });
    await expect(pool.run('heavy', { spin: 60_000 }, { timeoutMs: 200 })).rejects.toBeInstanceOf(
      PoolTimeoutError,
    );
    const ac = new AbortController();
    const aborted = pool.run('heavy', { spin: 60_000 }, { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    await expect(aborted).rejects.toBeInstanceOf(PoolAbortError);
    expect(await pool.run('light', {})).toBe('ok');
  });

  it('errors thrown in the worker come back; a full queue is refused at once', async () => {
    pool = new WorkerPool({ script, size: 1, maxQueue: 1 });
    await expect(pool.run('light', { fail: 'no such stop' })).rejects.toEqual(
      new PoolTaskError({ message: 'no such stop' }),
    );
    const running = pool.run('light', { spin: 300 });
    await new Promise((r) => setTimeout(r, 50));
    const waiting = pool.run('light', {});
    await expect(pool.run('light', {})).rejects.toBeInstanceOf(PoolBusyError);
    await Promise.all([running, waiting]);
  });
});
