/**
 * Keeps the OpenAPI document's error responses honest: every error a test sees the API answer
 * must be one its endpoint declares (`errorCodesOf`), or the test fails and says what to declare.
 */
import { endpoints, errorCodesOf, SERVER_FAULTS, type Endpoint } from '@sitebranch/shared';

const table = Object.entries(endpoints as Record<string, Endpoint>)
  .map(([name, endpoint]) => ({
    name,
    endpoint,
    pattern: new RegExp(`^${endpoint.path.replace(/:\w+/g, '[^/]+')}$`),
    // A literal segment wins over a parameter, as in the router (`/feedback/mine` before `/feedback/:id`).
    literals: endpoint.path.split('/').filter((segment) => !segment.startsWith(':')).length,
  }))
  .sort((a, b) => b.literals - a.literals);

export function endpointFor(method: string, pathname: string) {
  return table.find((row) => row.endpoint.method === method.toLowerCase() && row.pattern.test(pathname));
}

/** Throws when an error answer carries a code its endpoint does not declare. */
export function checkDeclaredError(method: string, url: string, status: number, body: unknown): void {
  if (status < 400) return;
  const code = (body as { error?: { code?: string } } | null)?.error?.code;
  const row = endpointFor(method, new URL(url).pathname);
  if (!row || !code || (SERVER_FAULTS as string[]).includes(code)) return;
  if (!(errorCodesOf(row.endpoint) as string[]).includes(code)) {
    throw new Error(`${method} ${url} answered ${status} ${code}, which endpoints.${row.name} does not declare: add it to its errors`);
  }
}
