import { describe, expect, it } from 'vitest';
import { toApiError } from './errors';
import { fillPath, queryString } from './url';

describe('fillPath and queryString', () => {
  it('fills path parameters, encoding them', () => {
    expect(fillPath('/api/branches/:id/members/:userId', { id: 'demo-site', userId: 'a/b' })).toBe('/api/branches/demo-site/members/a%2Fb');
    expect(() => fillPath('/api/branches/:id', {})).toThrow('缺少路径参数 id');
  });
  it('leaves out empty query values', () => {
    expect(queryString({ q: '钢筋 班', role: undefined, workTeam: '' })).toBe('?q=%E9%92%A2%E7%AD%8B%20%E7%8F%AD');
    expect(queryString({})).toBe('');
  });
});

describe('toApiError', () => {
  it('reads the API error shape', () => {
    const error = toApiError(400, {
      error: { code: 'validation_failed', message: '提交的内容有误', requestId: 'r1', fields: { phone: '请填写 11 位手机号码' } },
    });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: '提交的内容有误', requestId: 'r1' });
    expect(error.fields?.phone).toBe('请填写 11 位手机号码');
  });
  it('gives a readable message for anything else', () => {
    expect(toApiError(502, '<html>').message).toBe('服务器开小差了，请稍后再试');
    expect(toApiError(418, null).message).toBe('请求失败（418）');
  });
});
