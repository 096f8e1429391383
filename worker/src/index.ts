import { app } from './app';
import type { Env } from './env';
import { runScheduled } from './scheduled';

export default {
  fetch: app.fetch,
  scheduled: async (controller, env, ctx) => ctx.waitUntil(runScheduled(env, controller.scheduledTime)),
} satisfies ExportedHandler<Env>;
