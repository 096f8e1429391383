// Types for `env` and `exports` from 'cloudflare:workers' inside the test runtime.
type WorkerEnv = import('../src/env').Env;

declare namespace Cloudflare {
  interface Env extends WorkerEnv {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}

declare module '*?raw' {
  const content: string;
  export default content;
}
