import { parentPort } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './poolProtocol.ts';

/** What a pool worker does with the messages of its WorkerPool. */
export interface PoolHandlers {
  /** Takes in a piece of state sent with `WorkerPool.setState` (replacing the one under `key`). */
  state(key: string, value: unknown): void;
  /** Forgets the state under `key`. */
  drop(key: string): void;
  /** Runs a task; its result is posted back (structured clone). */
  run(payload: unknown): unknown;
  /** Turns a thrown value into something clonable for the main thread (default: its message). */
  error?(e: unknown): unknown;
}

/**
 * The worker side of a WorkerPool: answers the main thread's messages in order, one at a time (a
 * state message queued behind a task is taken in after it, so a running task keeps its feed).
 */
export function servePool(h: PoolHandlers): void {
  const port = parentPort;
  if (!port) throw new Error('servePool runs in a worker thread');
  const reply = (m: PoolReply) => port.postMessage(m);
  port.on('message', (m: PoolRequest) => {
    if (m.kind === 'state') {
      h.state(m.key, m.value);
      reply({ kind: 'state', key: m.key });
    } else if (m.kind === 'drop') h.drop(m.key);
    else {
      try {
        reply({ kind: 'done', id: m.id, result: h.run(m.payload) });
      } catch (e) {
        reply({ kind: 'failed', id: m.id, error: h.error ? h.error(e) : { message: String(e) } });
      }
    }
  });
}
