// Worker entry: registers tsx's loader in this thread (no build step), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./apiWorker.ts');
