import { endpoints, openApiPath, type Endpoint } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { call } from '../../test/fixtures';

describe('GET /api/openapi.json', () => {
  it('documents every endpoint from the shared schemas, as OpenAPI 3.1', async () => {
    const res = await call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const [name, endpoint] of Object.entries(endpoints as Record<string, Endpoint>)) {
      const operation = doc.paths[openApiPath(endpoint.path)]?.[endpoint.method];
      expect(operation, name).toBeDefined();
      expect(operation.operationId).toBe(name);
      const pathParams = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(operation.parameters.filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name)).toEqual(pathParams);
      expect(Boolean(operation.requestBody), name).toBe(Boolean(endpoint.body ?? endpoint.upload));
      expect(operation.responses.default.content['application/json'].schema.properties.error).toBeDefined();
      expect(operation.security).toEqual(endpoint.access.kind === 'public' ? [] : [{ session: [] }]);
    }
  });

  it('describes bodies with their constraints', async () => {
    const { body: doc } = await call('GET', '/api/openapi.json');
    const patchMe = doc.paths['/api/me'].patch.requestBody.content['application/json'].schema;
    expect(patchMe.additionalProperties).toBe(false);
    expect(patchMe.properties.phone.anyOf[0].pattern).toBe('^1[3-9]\\d{9}$');
    const members = doc.paths['/api/branches/{id}/members'].get.parameters.find((p: { name: string }) => p.name === 'role');
    expect(members.schema.enum).toEqual(['masses', 'member', 'committee', 'secretary']);
  });
});
