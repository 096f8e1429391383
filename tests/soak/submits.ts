/**
 * What the soak test's contest takers send, as the app would, to the worker's address at the time:
 * an attempt started and answered, then handed in, and a feedback item with the id the phone keeps
 * for sending it again.
 */
import { type Person, send, untilAnswered } from './clients';

/** The region contest started by `person`, every question answered (alternately B and A); the attempt's id. */
export async function answeredAttempt(base: () => string, person: Person): Promise<string> {
  const attempt = (await untilAnswered(() => send(base(), 'POST', '/api/contests/demo-contest-region/attempts', person.token, {}))).body;
  for (const [n, q] of (attempt.questions as { id: string }[]).entries()) {
    await untilAnswered(() =>
      send(base(), 'PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, person.token, { answer: n % 2 ? 'A' : 'B' }),
    );
  }
  return attempt.id;
}

/** One person's feedback, with the submission id the phone keeps for sending it again. */
const feedbackOf = (person: Person) => ({
  category: 'request',
  text: '宿舍热水器坏了，请尽快修理。',
  anonymous: false,
  clientRef: `soak${person.userId.replace(/[^0-9A-Za-z]/g, '')}`.slice(0, 40).padEnd(16, '0'),
});

/** The attempt handed in: sent once (wrap in `untilAnswered` to send it again, as the app does). */
export const sendSubmit = (base: () => string, person: Person, attemptId: string) =>
  send(base(), 'POST', `/api/attempts/${attemptId}/submit`, person.token, {});

/** The person's feedback sent to the demo site once, with its submission id. */
export const sendFeedback = (base: () => string, person: Person) =>
  send(base(), 'POST', '/api/branches/demo-site/feedback', person.token, feedbackOf(person));
