import { WorkerPool, type WorkerPoolOptions } from '../../workers/WorkerPool.ts';
import { workerScript } from '../../workers/workerScript.ts';

/** The API's pool of `size` worker threads running `apiWorker` (feeds come with ApiWork.publish). */
export function apiPool(size: number, onWorkerExit?: WorkerPoolOptions['onWorkerExit']): WorkerPool {
  return new WorkerPool({ script: workerScript(import.meta.url, 'apiWorker'), size, onWorkerExit });
}
