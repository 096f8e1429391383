/** The 反馈 form: its state, the 匿名 default per category, validation and the request body. */
import {
  anonymousByDefault,
  defaultRoute,
  FEEDBACK_TEXT,
  TEXT_MAX,
  type BodyOf,
  type endpoints,
  type FeedbackCategory,
  type FeedbackRoute,
} from '@sitebranch/shared';

export interface FeedbackForm {
  category: FeedbackCategory | null;
  text: string;
  place: string;
  anonymous: boolean;
  /** The person set 匿名 themselves: choosing another category no longer changes it. */
  anonymousTouched: boolean;
  /** Where a 廉政监督 report goes, when the person chose; null follows `defaultRoute`. */
  routeTo?: FeedbackRoute | null;
  /** This submission's own id: sending again after a lost answer gives back the same feedback (and receipt). */
  clientRef: string;
}

const REF_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 24 random characters, from the platform's secure random source where there is one. */
export function newClientRef(): string {
  const bytes = new Uint8Array(24);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => REF_ALPHABET[b % REF_ALPHABET.length]).join('');
}

export type FeedbackFormErrors = Partial<Record<'category' | 'text' | 'place' | 'routeTo', string>>;

export function emptyFeedbackForm(): FeedbackForm {
  return { category: null, text: '', place: '', anonymous: false, anonymousTouched: false, routeTo: null, clientRef: newClientRef() };
}

/** Choosing a category: 廉政监督 turns 匿名 on, the others off, until the person sets it. */
export function withCategory(form: FeedbackForm, category: FeedbackCategory): FeedbackForm {
  return { ...form, category, anonymous: form.anonymousTouched ? form.anonymous : anonymousByDefault(category) };
}

export function withAnonymous(form: FeedbackForm, anonymous: boolean): FeedbackForm {
  return { ...form, anonymous, anonymousTouched: true };
}

/** Where the report goes now: the person's choice, or the default; the branch when the region has no contact. */
export function routeOf(form: FeedbackForm, regionHasDisciplineContact: boolean): FeedbackRoute {
  if (form.category !== 'integrity' || !regionHasDisciplineContact) return 'branch';
  return form.routeTo ?? defaultRoute(form.category, form.anonymous, regionHasDisciplineContact);
}

/** Characters counted as the server counts them: without leading and trailing blanks. */
export function textLength(text: string): number {
  return text.trim().length;
}

/** The live count under the text: `已输入 3/2000 字（至少 5 个字）`. */
export function textCountLabel(text: string): string {
  const length = textLength(text);
  const hint = length < FEEDBACK_TEXT.min ? `（至少 ${FEEDBACK_TEXT.min} 个字）` : '';
  return `已输入 ${length}/${FEEDBACK_TEXT.max} 字${hint}`;
}

/** What is missing or wrong, in the server's words, before anything is sent. */
export function validateFeedback(form: FeedbackForm): FeedbackFormErrors {
  const errors: FeedbackFormErrors = {};
  if (!form.category) errors.category = '请选择反馈类别';
  const length = textLength(form.text);
  if (length < FEEDBACK_TEXT.min) errors.text = `反馈内容至少 ${FEEDBACK_TEXT.min} 个字`;
  else if (length > FEEDBACK_TEXT.max) errors.text = `反馈内容不能超过 ${FEEDBACK_TEXT.max} 个字`;
  if (form.place.trim().length > TEXT_MAX.place) errors.place = `地点不能超过 ${TEXT_MAX.place} 个字`;
  return errors;
}

/** The body of `POST /api/branches/{id}/feedback`; call only for a valid form. A 廉政监督 report says where it goes. */
export function toSubmitBody(
  form: FeedbackForm & { category: FeedbackCategory },
  regionHasDisciplineContact = false,
): BodyOf<typeof endpoints.submitFeedback> {
  const place = form.place.trim();
  const route = form.category === 'integrity' ? { routeTo: routeOf(form, regionHasDisciplineContact) } : {};
  return {
    category: form.category,
    text: form.text.trim(),
    ...(place ? { place } : {}),
    anonymous: form.anonymous,
    clientRef: form.clientRef,
    ...route,
  };
}
