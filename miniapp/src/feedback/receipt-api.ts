/**
 * Calls about one piece of feedback: by the session (named feedback) or, for anonymous feedback,
 * by its receipt code alone — in the body of the look-up, then in the `x-feedback-receipt` header —
 * and never with the session, which would tie the report to the person.
 */
import { RECEIPT_HEADER, type BodyOf, type FeedbackDetail, type RectificationStage } from '@sitebranch/shared';
import { api, type CallOptions } from '../api/client';
import { ApiRequestError } from '../api/errors';
import { downloadFile, uploadFile } from '../api/upload';
import { routes } from '../api/routes';

/** Which feedback, and the receipt when it was sent anonymously. */
export interface FeedbackAccess {
  id: string;
  receipt?: string | null;
}

/** How a call about this feedback goes: with the receipt and without the session, or with the session. */
function access(target: FeedbackAccess): Pick<CallOptions, 'headers' | 'withSession'> {
  return target.receipt ? { headers: { [RECEIPT_HEADER]: target.receipt }, withSession: false } : {};
}

/** Errors are shown beside the form that sent them, not as toasts. */
const inline = (target: FeedbackAccess): CallOptions => ({ toast: false, ...access(target) });

/** The detail by id (session), or by receipt code (no session at all). */
export function loadFeedback(target: { id?: string | undefined; receipt?: string | undefined }): Promise<FeedbackDetail> {
  if (target.receipt) return api(routes.feedbackByReceipt, { body: { code: target.receipt } }, { toast: false, withSession: false });
  return api(routes.getFeedback, { params: { id: target.id ?? '' } }, { toast: false });
}

export function transitionFeedback(target: FeedbackAccess, body: BodyOf<typeof routes.transitionFeedback>): Promise<FeedbackDetail> {
  return api(routes.transitionFeedback, { params: { id: target.id }, body }, inline(target));
}

export function replyFeedback(target: FeedbackAccess, text: string): Promise<FeedbackDetail> {
  return api(routes.replyFeedback, { params: { id: target.id }, body: { text } }, inline(target));
}

export function rateFeedback(target: FeedbackAccess, body: BodyOf<typeof routes.rateFeedback>): Promise<FeedbackDetail> {
  return api(routes.rateFeedback, { params: { id: target.id }, body }, inline(target));
}

export function uploadFeedbackPhoto(target: FeedbackAccess, bytes: ArrayBuffer, onProgress: (fraction: number) => void) {
  return uploadFile(routes.uploadFeedbackPhoto, { id: target.id }, bytes, { ...access(target), onProgress });
}

/** The handler's 整改前 / 整改后 photo of a safety hazard (always with the session: handlers are known). */
export function uploadRectificationPhoto(
  target: FeedbackAccess,
  stage: RectificationStage,
  bytes: ArrayBuffer,
  onProgress: (fraction: number) => void,
) {
  return uploadFile(routes.uploadRectificationPhoto, { id: target.id, stage }, bytes, { onProgress });
}

/** A photo as something `<Image src>` can show (H5: a blob URL to revoke when done). */
export async function loadFeedbackPhoto(target: FeedbackAccess, photoId: string): Promise<string> {
  try {
    return await downloadFile(routes.feedbackPhoto, { id: target.id, photoId }, access(target));
  } catch (error) {
    if (error instanceof ApiRequestError && !error.isNetwork) throw new ApiRequestError(error.status, 'photo_unavailable', '照片加载失败');
    throw error;
  }
}
