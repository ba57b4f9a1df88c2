import type { Timetable } from '../../timetable/Timetable.ts';
import type { OriginStats } from '../profileOrigins.ts';

/** Main thread -> profile worker: a feed to keep (by key), or a share of origins to profile. */
export type WorkerRequest =
  | { type: 'feed'; key: string; timetable: Timetable }
  | { type: 'task'; task: number; key: string; date: string; stations: string[]; origins: string[] };

/** Profile worker -> main thread: origins done so far in a task, or its result. */
export type WorkerReply =
  | { type: 'progress'; task: number; done: number }
  | { type: 'result'; task: number; stats: OriginStats[] }
  | { type: 'error'; task: number; message: string };
