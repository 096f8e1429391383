import { describe, expect, it } from 'vitest';
import { emptyFeedbackForm, routeOf, textCountLabel, toSubmitBody, validateFeedback, withAnonymous, withCategory } from './form';

describe('the feedback form', () => {
  it('is anonymous by default for 廉政监督 only, until the person sets it', () => {
    let form = withCategory(emptyFeedbackForm(), 'integrity');
    expect(form.anonymous).toBe(true);
    form = withCategory(form, 'hazard');
    expect(form.anonymous).toBe(false);
    form = withAnonymous(withCategory(form, 'integrity'), false);
    expect(withCategory(form, 'integrity').anonymous).toBe(false);
    form = withAnonymous(form, true);
    expect(withCategory(form, 'praise').anonymous).toBe(true);
  });

  it('counts the text as the server does, and says how much is needed', () => {
    expect(textCountLabel('  脚手架  ')).toBe('已输入 3/2000 字（至少 5 个字）');
    expect(textCountLabel('三号楼脚手架松动')).toBe('已输入 8/2000 字');
  });

  it('says what is missing before sending', () => {
    expect(validateFeedback(emptyFeedbackForm())).toEqual({ category: '请选择反馈类别', text: '反馈内容至少 5 个字' });
    const long = { ...withCategory(emptyFeedbackForm(), 'other'), text: '字'.repeat(2001), place: '地'.repeat(61) };
    expect(validateFeedback(long)).toEqual({ text: '反馈内容不能超过 2000 个字', place: '地点不能超过 60 个字' });
    expect(validateFeedback({ ...long, text: '字'.repeat(2000), place: '' })).toEqual({});
  });

  it('sends trimmed text, the place only when given, and 匿名', () => {
    const form = {
      ...withCategory(emptyFeedbackForm(), 'integrity'),
      category: 'integrity' as const,
      text: ' 材料验收走过场 ',
      place: '  ',
    };
    expect(toSubmitBody(form)).toEqual({
      category: 'integrity',
      text: '材料验收走过场',
      anonymous: true,
      clientRef: form.clientRef,
      routeTo: 'branch',
    });
    expect(form.clientRef).toMatch(/^[0-9A-Za-z]{24}$/);
    expect(emptyFeedbackForm().clientRef).not.toBe(form.clientRef);
    expect(toSubmitBody({ ...form, place: ' 3号楼 ' }).place).toBe('3号楼');
  });

  it('sends an anonymous 廉政监督 report past the branch when the region has a contact, unless the person keeps it in the branch', () => {
    const form = { ...withCategory(emptyFeedbackForm(), 'integrity'), category: 'integrity' as const, text: '材料验收走过场' };
    expect(routeOf(form, true)).toBe('region');
    expect(toSubmitBody(form, true).routeTo).toBe('region');
    expect(routeOf(withAnonymous(form, false), true)).toBe('branch');
    expect(routeOf({ ...withAnonymous(form, false), routeTo: 'region' }, true)).toBe('region');
    expect(routeOf({ ...form, routeTo: 'branch' }, true)).toBe('branch');
    // No contact in the region: the branch, whatever was chosen; other categories say nothing.
    expect(routeOf({ ...form, routeTo: 'region' }, false)).toBe('branch');
    expect(toSubmitBody({ ...form, category: 'hazard' }, true)).not.toHaveProperty('routeTo');
  });
});
