import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { databaseMiddleware } from './db/client';
import { d1MeterMiddleware } from './db/meter';
import type { AppEnv } from './env';
import { handleError, handleNotFound } from './http/error-handler';
import { ApiError } from './http/errors';
import { requestIdMiddleware } from './http/request-id';
import { securityHeadersMiddleware } from './http/security-headers';
import { analysisRoutes } from './routes/contest/analysis';
import { attemptRoutes } from './routes/contest/attempts';
import { bankRoutes } from './routes/contest/banks';
import { calendarRoutes } from './routes/calendar/calendar';
import { contestRoutes } from './routes/contest/contests';
import { complianceRoutes } from './routes/results/compliance';
import { dashboardRoutes } from './routes/results/dashboard';
import { ledgerRoutes } from './routes/results/ledger';
import { regionResultRoutes } from './routes/results/region-results';
import { secretaryAppointmentRoutes } from './routes/organization/secretary-appointment';
import { disciplineContactRoutes } from './routes/organization/discipline-contacts';
import { feedbackRoutes } from './routes/feedback/feedback';
import { feedbackPhotoRoutes } from './routes/feedback/feedback-photos';
import { feedbackWorkflowRoutes } from './routes/feedback/feedback-workflow';
import { leaderboardRoutes } from './routes/contest/leaderboard';
import { practiceRoutes } from './routes/contest/practice';
import { questionImportRoutes } from './routes/contest/question-import';
import { reviewRoutes } from './routes/contest/review';
import { attendanceRoutes } from './routes/attendance/attendance';
import { authRoutes } from './routes/auth/auth';
import { branchRoutes } from './routes/organization/branches';
import { checkinRoutes } from './routes/events/checkins';
import { eventRoutes } from './routes/events/events';
import { healthRoutes } from './routes/auth/health';
import { inviteRoutes } from './routes/organization/invites';
import { leaveRoutes } from './routes/attendance/leaves';
import { memberRoutes } from './routes/organization/members';
import { loginTicketRoutes } from './routes/auth/login-tickets';
import { meRoutes } from './routes/auth/me';
import { mySessionRoutes } from './routes/auth/my-sessions';
import { noticeRoutes } from './routes/notices/notices';
import { openApiRoutes } from './routes/openapi';
import { personalCodeRoutes } from './routes/attendance/personal-code';
import { regionRoutes } from './routes/organization/regions';
import { rosterRoutes } from './routes/organization/roster';
import { rosterClaimRoutes } from './routes/organization/roster-claims';

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

for (const routes of [
  healthRoutes,
  openApiRoutes,
  authRoutes,
  loginTicketRoutes,
  meRoutes,
  mySessionRoutes,
  regionRoutes,
  branchRoutes,
  inviteRoutes,
  memberRoutes,
  rosterRoutes,
  rosterClaimRoutes,
  eventRoutes,
  checkinRoutes,
  attendanceRoutes,
  leaveRoutes,
  personalCodeRoutes,
  bankRoutes,
  questionImportRoutes,
  contestRoutes,
  attemptRoutes,
  reviewRoutes,
  leaderboardRoutes,
  analysisRoutes,
  practiceRoutes,
  feedbackRoutes,
  feedbackWorkflowRoutes,
  feedbackPhotoRoutes,
  disciplineContactRoutes,
  calendarRoutes,
  complianceRoutes,
  dashboardRoutes,
  regionResultRoutes,
  secretaryAppointmentRoutes,
  ledgerRoutes,
  noticeRoutes,
]) {
  app.route('/', routes);
}

app.onError(handleError);
app.notFound(handleNotFound);
