import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { databaseMiddleware } from './db/client';
import { d1MeterMiddleware } from './db/meter';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './http/error-handler';
import { ApiError } from './http/errors';
import { requestIdMiddleware } from './http/request-id';
import { securityHeadersMiddleware } from './http/security-headers';
import { analysisRoutes } from './routes/analysis';
import { attemptRoutes } from './routes/attempts';
import { bankRoutes } from './routes/banks';
import { calendarRoutes } from './routes/calendar';
import { contestRoutes } from './routes/contests';
import { complianceRoutes } from './routes/compliance';
import { dashboardRoutes } from './routes/dashboard';
import { ledgerRoutes } from './routes/ledger';
import { regionResultRoutes } from './routes/region-results';
import { secretaryAppointmentRoutes } from './routes/secretary-appointment';
import { disciplineContactRoutes } from './routes/discipline-contacts';
import { feedbackRoutes } from './routes/feedback';
import { feedbackPhotoRoutes } from './routes/feedback-photos';
import { feedbackWorkflowRoutes } from './routes/feedback-workflow';
import { leaderboardRoutes } from './routes/leaderboard';
import { practiceRoutes } from './routes/practice';
import { questionImportRoutes } from './routes/question-import';
import { reviewRoutes } from './routes/review';
import { attendanceRoutes } from './routes/attendance';
import { authRoutes } from './routes/auth';
import { branchRoutes } from './routes/branches';
import { checkinRoutes } from './routes/checkins';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { leaveRoutes } from './routes/leaves';
import { memberRoutes } from './routes/members';
import { loginTicketRoutes } from './routes/login-tickets';
import { meRoutes } from './routes/me';
import { mySessionRoutes } from './routes/my-sessions';
import { openApiRoutes } from './routes/openapi';
import { personalCodeRoutes } from './routes/personal-code';
import { regionRoutes } from './routes/regions';
import { rosterRoutes } from './routes/roster';
import { rosterClaimRoutes } from './routes/roster-claims';

/**
 * Request bodies above this are refused with 413 before anything reads them: the largest upload
 * (an imported question file). JSON bodies have their own 1 MB limit where they are read.
 */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** The API: one sub-app per resource, behind the same middleware and the same error shape. */
export const app = new Hono<AppEnv>();

app.use('*', securityHeadersMiddleware);
app.use('*', requestIdMiddleware);
app.use(
  '/api/*',
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large');
    },
  }),
);
app.use('/api/*', d1MeterMiddleware);
app.use('/api/*', databaseMiddleware);

for (const routes of [healthRoutes, openApiRoutes, authRoutes, loginTicketRoutes, meRoutes, mySessionRoutes, regionRoutes, branchRoutes, inviteRoutes, memberRoutes, rosterRoutes, rosterClaimRoutes, eventRoutes, checkinRoutes, attendanceRoutes, leaveRoutes, personalCodeRoutes,
  bankRoutes, questionImportRoutes, contestRoutes, attemptRoutes, reviewRoutes, leaderboardRoutes, analysisRoutes, practiceRoutes,
  feedbackRoutes, feedbackWorkflowRoutes, feedbackPhotoRoutes, disciplineContactRoutes, calendarRoutes, complianceRoutes, dashboardRoutes, regionResultRoutes, secretaryAppointmentRoutes, ledgerRoutes]) {
  app.route('/', routes);
}

app.onError(handleError);
app.notFound(handleNotFound);
