import type { TestProject } from 'vitest/node';
import { startLocalWorker } from './local-worker';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One worker for the whole end-to-end run; each test makes its own people and browser context. */
export default async function setup(project: TestProject) {
  const worker = await startLocalWorker();
  project.provide('baseUrl', worker.baseUrl);
  return () => worker.stop();
}
