import { ERRORS, ErrorBodySchema, type ErrorCode } from '../errors';
import * as z from '../zod';
import { openApiPath, type Endpoint } from './endpoint';
import { errorCodesByStatus, SERVER_FAULTS } from './error-codes';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodMiniObject | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !(field as z.ZodMiniType).safeParse(undefined).success,
    schema: jsonSchema(field as z.ZodMiniType, 'input'),
  }));
}

const FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  image: 'image/*',
} as const;

function responseOf(response: Endpoint['response']) {
  if (response === null) return { description: 'No Content' };
  if ('file' in response)
    return { description: '文件', content: { [FILE_TYPES[response.file]]: { schema: { type: 'string', format: 'binary' } } } };
  return { description: 'OK', content: { 'application/json': { schema: jsonSchema(response, 'output') } } };
}

/** The one error shape, its `code` narrowed to the codes this status can carry here. */
function errorResponse(codes: readonly ErrorCode[]) {
  const shape = jsonSchema(ErrorBodySchema, 'output') as { properties: { error: { properties: Record<string, unknown> } } };
  shape.properties.error.properties.code = { type: 'string', enum: codes };
  return {
    description: codes.map((code) => `\`${code}\`：${ERRORS[code].message}`).join('；'),
    content: { 'application/json': { schema: shape } },
  };
}

function errorResponses(endpoint: Endpoint) {
  return Object.fromEntries(errorCodesByStatus(endpoint).map(([status, codes]) => [String(status), errorResponse(codes)]));
}

function operation(name: string, endpoint: Endpoint) {
  const status = endpoint.status ?? 200;
  return {
    operationId: name,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    security: endpoint.access.kind === 'public' ? [] : [{ session: [] }],
    'x-access': endpoint.access,
    parameters: [...parameters(endpoint.params, 'path'), ...parameters(endpoint.query, 'query')],
    ...(endpoint.upload && {
      requestBody: {
        required: true,
        description: `文件原始字节，最大 ${Math.round(endpoint.upload.maxBytes / 1024 / 1024)} MB`,
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
    }),
    ...(endpoint.body && {
      requestBody: {
        required: !endpoint.body.safeParse(undefined).success,
        content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } },
      },
    }),
    responses: {
      [status]: responseOf(endpoint.response),
      ...errorResponses(endpoint),
      default: errorResponse(SERVER_FAULTS),
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the same schemas that validate it. */
export function buildOpenApiDocument(endpoints: Record<string, Endpoint>, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, endpoint] of Object.entries(endpoints)) {
    const path = openApiPath(endpoint.path);
    paths[path] ??= {};
    paths[path][endpoint.method] = operation(name, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SiteBranch 工地党建 API',
      version,
      description: '时间均为 UTC 毫秒；按中国标准时间（UTC+8）计算月份和季度。',
      // The project has no public licence: the bureau that deploys it holds the rights.
      license: { name: '保留所有权利（未开源）', identifier: 'LicenseRef-Proprietary' },
    },
    // Relative: the document is served by the worker it describes (`GET /api/openapi.json`).
    servers: [{ url: '/', description: '提供本文档的 worker（本地为 wrangler dev，http://127.0.0.1:8787）' }],
    components: {
      securitySchemes: { session: { type: 'http', scheme: 'bearer', description: '登录接口返回的会话令牌' } },
    },
    paths,
  };
}
