import type { Request, Response } from 'express';
import type { LoadedFeed } from '../../feeds/LoadedFeed.ts';
import { feedEtag } from '../feedEtag.ts';
import { type ApiTask, taskContentType } from './ApiTask.ts';
import type { ApiWork } from './ApiWork.ts';
import type { ResultCache } from './ResultCache.ts';

/** What a router needs to hand work off the main thread. */
export interface OffThread {
  work: ApiWork;
  cache: ResultCache;
}

/**
 * Answers a validated request with a task's body: 304 when the client has this feed version's
 * answer (ETag), headers only for HEAD (nothing is computed), else the cached body or the body the
 * task computes off the main thread (cached by feed versions and parameters). A client that
 * disconnects gives up its share of the computation.
 */
export async function answerOffThread(
  req: Request,
  res: Response,
  off: OffThread,
  feeds: readonly LoadedFeed[],
  task: ApiTask,
): Promise<void> {
  if (feedEtag(req, res, feeds)) return;
  const key = JSON.stringify(task);
  if (req.method === 'HEAD') {
    const hit = off.cache.peek(key);
    res.type(hit?.type ?? taskContentType(task));
    res.status(200).end();
    return;
  }
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) gone.abort();
  };
  res.once('close', onClose);
  const body = await off.cache.get(key, (signal) => off.work.run(task, signal), gone.signal);
  res.off('close', onClose);
  res.type(body.type);
  for (const [k, v] of Object.entries(body.headers ?? {})) res.setHeader(k, v);
  res.send(body.body);
}
