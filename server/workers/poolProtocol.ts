/** Main thread -> pool worker: keep a piece of state (a feed) by key, forget it, or run a task. */
export type PoolRequest =
  | { kind: 'state'; key: string; value: unknown }
  | { kind: 'drop'; key: string }
  | { kind: 'task'; id: number; payload: unknown };

/** Pool worker -> main thread: state taken in, a task's result, or its failure (a plain object). */
export type PoolReply =
  | { kind: 'state'; key: string }
  | { kind: 'done'; id: number; result: unknown }
  | { kind: 'failed'; id: number; error: unknown };
