import type { ChildProcess } from 'node:child_process';

/**
 * Signals a detached child's whole process group (wrangler's workerd, Chromium's helpers: the
 * `pnpm` or shell script in front is only the group's leader) and waits up to 5 s for it to exit.
 * SIGKILL is what a crash or a power cut does.
 */
export async function stopProcessTree(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
