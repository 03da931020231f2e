// src/shared/: modules that plain Node (build scripts, worker threads) and Vite both load: relative imports name their .ts file, no astro:* modules.
import Piscina from 'piscina';

// Worker threads for the work that is most of a build or a check: rendering Markdown (src/markdown/render-threads.ts)
// and checking stories (src/checks/run/check-threads.ts). One helper on Piscina, so that both start, feed and end
// their threads the same way.

export interface PoolOptions<Data> {
  /**
   * The worker module, by file URL; its default export runs one task. Node loads it directly, not through
   * Vite, which is why everything it imports names its `.ts` files and nothing imports `astro:*`.
   */
  worker: URL;
  /** Copied to every thread once; the worker reads it as `workerData` from node:worker_threads. */
  data: Data;
  threads: number;
  /** Tasks a thread is given at once, so that it never waits for this thread between two (default 1). */
  tasksPerThread?: number;
  /**
   * Milliseconds a thread may sit idle before it ends; threads then start with the first tasks, for a pool that
   * lives as long as its caller. Unset: every thread starts at once and lives until `close()`.
   */
  idleTimeout?: number;
}

export interface WorkerPool<Task, Result> {
  /** Runs one task on a thread; rejects with the worker's error if it throws, or if its thread fails. */
  run(task: Task): Promise<Result>;
  /** Ends every thread. */
  close(): Promise<void>;
}

export function workerPool<Task, Result, Data = unknown>(options: PoolOptions<Data>): WorkerPool<Task, Result> {
  const lazy = options.idleTimeout !== undefined;
  const pool = new Piscina<Task, Result>({
    filename: options.worker.href,
    workerData: options.data,
    maxThreads: options.threads,
    minThreads: lazy ? 0 : options.threads,
    ...(lazy ? { idleTimeout: options.idleTimeout } : {}),
    concurrentTasksPerWorker: options.tasksPerThread ?? 1,
  });
  // A thread that fails outside a task (its module throws while loading) would be reported as an uncaught
  // error; the tasks sent to it fail on their own, so the event itself needs no handling.
  pool.on('error', () => {});
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
