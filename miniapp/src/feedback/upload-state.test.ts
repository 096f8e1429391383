import { describe, expect, it } from 'vitest';
import { isRefusal, startedUpload, uploadLabel, uploadPercent } from './upload-state';

describe('photo upload progress', () => {
  it('counts the photo going now, one by one', () => {
    const state = { ...startedUpload(3), done: 1, fraction: 0.5 };
    expect(uploadLabel(state)).toBe('正在上传第 2/3 张');
    expect(uploadPercent(state)).toBe(50);
  });

  it('ends at 100% with everything stored', () => {
    const state = { ...startedUpload(3), done: 3, uploading: false };
    expect(uploadLabel(state)).toBe('照片已全部上传');
    expect(uploadPercent(state)).toBe(100);
    expect(uploadPercent(startedUpload(0))).toBe(100);
  });

  it('says which photo failed and why, without counting it', () => {
    const state = { ...startedUpload(3), done: 1, fraction: 0.9, uploading: false, error: '网络不给力，请检查网络后重试' };
    expect(uploadLabel(state)).toBe('第 2/3 张上传失败：网络不给力，请检查网络后重试');
    expect(uploadPercent(state)).toBe(33);
  });

  it('knows a refused photo from a failed network', () => {
    expect([409, 413, 415, 0, 500].map(isRefusal)).toEqual([true, true, true, false, false]);
  });
});
