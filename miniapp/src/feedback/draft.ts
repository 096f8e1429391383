/**
 * The feedback being written, kept on the phone so that a closed app, a phone call or a lost
 * answer loses nothing: the text, the place, the category and the submission's own id (sending it
 * again gives back the same feedback, never a copy). Anonymous drafts are not kept: an integrity
 * report left in the storage of a phone that others pick up is not anonymous.
 */
import Taro from '@tarojs/taro';
import type { FeedbackForm } from './form';

const keyOf = (branchId: string) => `sitebranch.feedbackDraft.${branchId}`;

export function loadFeedbackDraft(branchId: string): FeedbackForm | null {
  const stored = Taro.getStorageSync(keyOf(branchId)) as FeedbackForm | '';
  return stored && typeof stored === 'object' && typeof stored.clientRef === 'string' ? stored : null;
}

/** Keeps the form as it is now, or forgets it when it is anonymous or has nothing written. */
export function saveFeedbackDraft(branchId: string, form: FeedbackForm): void {
  if (form.anonymous || (!form.text.trim() && !form.place.trim())) Taro.removeStorageSync(keyOf(branchId));
  else Taro.setStorageSync(keyOf(branchId), form);
}

export function clearFeedbackDraft(branchId: string): void {
  Taro.removeStorageSync(keyOf(branchId));
}
