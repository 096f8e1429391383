/** Writes the OpenAPI document the worker serves at /api/openapi.json, for `redocly lint`. */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument, endpoints } from '../src/index';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: write-openapi.ts <file>');
writeFileSync(out, JSON.stringify(buildOpenApiDocument(endpoints, 'test'), null, 2));
