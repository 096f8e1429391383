import { ErrorBodySchema } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { call, makePerson } from '../test/fixtures';
import { MAX_BODY_BYTES } from './app';
import { MAX_JSON_BYTES } from './http/validation';

describe('the error shape', () => {
  it('answers an unknown path with 404 in the error shape', async () => {
    const res = await call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(ErrorBodySchema.parse(res.body).error.code).toBe('not_found');
    expect(res.body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers a known path with the wrong method with 404', async () => {
    const res = await call('DELETE', '/api/health');
    expect(res.status).toBe(404);
    ErrorBodySchema.parse(res.body);
  });

  it('refuses malformed JSON with 400', async () => {
    const person = await makePerson('写错的人');
    const res = await call('PATCH', '/api/me', {
      token: person.token,
      rawBody: '{"name": "张',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_json', message: '请求内容不是有效的 JSON' });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const person = await makePerson('发表单的人');
    const res = await call('PATCH', '/api/me', {
      token: person.token,
      rawBody: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('refuses a JSON body over 1 MB, and any body over the upload limit, with 413', async () => {
    const person = await makePerson('发大文件的人');
    const res = await call('PATCH', '/api/me', {
      token: person.token,
      rawBody: JSON.stringify({ name: 'x'.repeat(MAX_JSON_BYTES) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large', message: '提交的内容太大（上限 1 MB）' });
    const huge = await call('POST', '/api/nowhere', {
      token: person.token,
      rawBody: 'x'.repeat(MAX_BODY_BYTES + 1),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
  });

  it('names each wrong field in Chinese', async () => {
    const person = await makePerson('填错的人');
    const res = await call('PATCH', '/api/me', { token: person.token, body: { phone: '12345', unitKind: 'boss', extra: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toMatchObject({ phone: '请填写 11 位手机号码', unitKind: '单位类型不正确' });
    expect(res.body.error.message).toMatch(/^提交的内容有误：/);
    // Unknown keys are refused too, so nobody can set a column the schema does not name.
    expect(Object.values(res.body.error.fields).join()).toMatch(/[\u4e00-\u9fa5]/);
  });
});
