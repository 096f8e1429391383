/**
 * Calls about one piece of feedback, by the session or, for anonymous feedback, by its receipt
 * code in the `x-feedback-receipt` header (the only link between the person and what they sent).
 */
import { endpoints, type BodyOf, type FeedbackDetail } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { api, apiBase, type CallOptions } from '../api/client';
import { ApiRequestError, NETWORK_ERROR_MESSAGE } from '../api/errors';
import { loadSession } from '../api/session-store';
import { uploadFile } from '../api/upload';
import { fillPath } from '../api/url';

/** Which feedback, and the receipt when it was sent anonymously. */
export interface FeedbackAccess {
  id: string;
  receipt?: string | null;
}

export const RECEIPT_HEADER = 'x-feedback-receipt';

export function receiptHeaders(receipt?: string | null): Record<string, string> {
  return receipt ? { [RECEIPT_HEADER]: receipt } : {};
}

/** Errors are shown beside the form that sent them, not as toasts. */
const inline = (access: FeedbackAccess): CallOptions => ({ toast: false, headers: receiptHeaders(access.receipt) });

/** The detail by id (session), or by receipt code (no session needed). */
export function loadFeedback(target: { id?: string; receipt?: string }): Promise<FeedbackDetail> {
  if (target.receipt) return api(endpoints.feedbackByReceipt, { params: { code: target.receipt } }, { toast: false });
  return api(endpoints.getFeedback, { params: { id: target.id ?? '' } }, { toast: false });
}

export function transitionFeedback(access: FeedbackAccess, body: BodyOf<typeof endpoints.transitionFeedback>): Promise<FeedbackDetail> {
  return api(endpoints.transitionFeedback, { params: { id: access.id }, body }, inline(access));
}

export function replyFeedback(access: FeedbackAccess, text: string): Promise<FeedbackDetail> {
  return api(endpoints.replyFeedback, { params: { id: access.id }, body: { text } }, inline(access));
}

export function rateFeedback(access: FeedbackAccess, body: BodyOf<typeof endpoints.rateFeedback>): Promise<FeedbackDetail> {
  return api(endpoints.rateFeedback, { params: { id: access.id }, body }, inline(access));
}

export function uploadFeedbackPhoto(access: FeedbackAccess, bytes: ArrayBuffer, onProgress: (fraction: number) => void) {
  return uploadFile(endpoints.uploadFeedbackPhoto, { id: access.id }, bytes, { headers: receiptHeaders(access.receipt), onProgress });
}

/**
 * A photo as something `<Image src>` can show. The photo needs the session or the receipt, which
 * an image request cannot carry: H5 fetches it into a blob URL (revoke it when done), the mini
 * program downloads it to a temporary file.
 */
export async function loadFeedbackPhoto(access: FeedbackAccess, photoId: string): Promise<string> {
  const url = apiBase() + fillPath(endpoints.feedbackPhoto.path, { id: access.id, photoId });
  const header = receiptHeaders(access.receipt);
  const token = loadSession()?.token;
  if (token) header.authorization = `Bearer ${token}`;
  let status: number;
  let src = '';
  try {
    if (process.env.TARO_ENV === 'h5') {
      const response = await fetch(url, { headers: header });
      status = response.status;
      if (response.ok) src = URL.createObjectURL(await response.blob());
    } else {
      const response = await Taro.downloadFile({ url, header });
      status = response.statusCode;
      src = response.tempFilePath;
    }
  } catch {
    throw new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
  }
  if (status < 200 || status >= 300 || !src) throw new ApiRequestError(status, 'photo_unavailable', '照片加载失败');
  return src;
}
