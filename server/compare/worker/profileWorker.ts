import { parentPort } from 'node:worker_threads';
import { Router } from '../../engine/index.ts';
import { profileOrigins } from '../profileOrigins.ts';
import type { WorkerReply, WorkerRequest } from './messages.ts';

/**
 * A profile worker thread: keeps the feeds it is sent (their typed arrays shared with the main
 * thread, its own engine Router built once per feed) and profiles the shares of origins it is given.
 */
const port = parentPort;
if (!port) throw new Error('profileWorker runs as a worker thread');
const feeds = new Map<string, Router>();
const reply = (m: WorkerReply) => port.postMessage(m);

port.on('message', (m: WorkerRequest) => {
  if (m.type === 'feed') {
    feeds.set(m.key, new Router(m.timetable));
    return;
  }
  try {
    const data = feeds.get(m.key);
    if (!data) throw new Error(`feed ${m.key} was not sent`);
    const stats = profileOrigins(data, m.date, m.stations, m.origins, (done) =>
      reply({ type: 'progress', task: m.task, done }),
    );
    reply({ type: 'result', task: m.task, stats });
  } catch (e) {
    reply({ type: 'error', task: m.task, message: e instanceof Error ? e.message : String(e) });
  }
});
