import Taro from '@tarojs/taro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api/client';
import { allowAskingAgain, askToNotify, askWechat, forgetTemplateIds, refusedTemplates } from './subscribe';

vi.mock('../api/client', () => ({ api: vi.fn() }));
const apiMock = vi.mocked(api);
const ask = vi.fn();

beforeEach(() => {
  Taro.clearStorageSync();
  forgetTemplateIds();
  (Taro as unknown as { requestSubscribeMessage: typeof ask }).requestSubscribeMessage = ask;
  apiMock.mockImplementation(async (route) => {
    if (route.path === '/api/notices/templates') return { templates: { event: 'tmpl-event', feedback: null } } as never;
    return { subscriptions: [] } as never;
  });
});
afterEach(() => {
  apiMock.mockReset();
  ask.mockReset();
});

const sent = () => apiMock.mock.calls.filter(([route]) => route.path === '/api/me/subscriptions').map(([, input]) => input?.body);

describe('asking WeChat for consent', () => {
  it('asks with the template’s id and tells the server when the person accepts', async () => {
    ask.mockResolvedValue({ 'tmpl-event': 'accept' });
    await askWechat('event');
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['tmpl-event'], entityIds: [] });
    expect(sent()).toEqual([{ accepted: ['event'], refused: [] }]);
  });

  it('remembers a refusal and does not ask again until allowed', async () => {
    ask.mockResolvedValue({ 'tmpl-event': 'reject' });
    await askWechat('event');
    expect(sent()).toEqual([{ accepted: [], refused: ['event'] }]);
    expect(refusedTemplates()).toEqual(['event']);
    await askWechat('event');
    expect(ask).toHaveBeenCalledTimes(1);
    allowAskingAgain();
    ask.mockResolvedValue({ 'tmpl-event': 'accept' });
    await askWechat('event');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks nothing for a template the deploy has not configured, nor on H5', async () => {
    await askWechat('feedback');
    await askToNotify('event');
    expect(ask).not.toHaveBeenCalled();
    expect(sent()).toEqual([]);
  });
});
