import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../utils/phone';
import { memberActions } from './member-actions';

describe('memberActions', () => {
  it('offers the other roles below secretary, the work team and removal', () => {
    expect(memberActions({ role: 'masses' }).map((a) => a.name)).toEqual(['设为党员', '设为支委', '修改班组', '移出支部']);
    expect(memberActions({ role: 'committee' }).map((a) => a.name)).toEqual(['设为群众', '设为党员', '修改班组', '移出支部']);
  });
  it('offers a claim code and no organizer’s role for someone on the 花名册 who never logged in', () => {
    expect(memberActions({ role: 'masses', rosterOnly: true }).map((a) => a.name)).toEqual([
      '生成认领码',
      '设为党员',
      '修改班组',
      '移出支部',
    ]);
  });
  it('offers only the work team for a secretary, whom the region appoints', () => {
    expect(memberActions({ role: 'secretary' }).map((a) => a.name)).toEqual(['修改班组']);
  });
});

describe('maskPhone', () => {
  it('hides the middle four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
