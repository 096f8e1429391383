/**
 * Files, to and from the API: uploading raw bytes to an `upload` endpoint (question import,
 * feedback photos), downloading a file endpoint (a photo) to something `<Image>` can show, and
 * opening a document (the ledger).
 * The transfer differs from `api()`'s JSON: H5's `Taro.request` would encode the bytes as JSON,
 * so H5 uses `fetch` (or `XMLHttpRequest` when progress is wanted) and the mini program
 * `wx.request` with an ArrayBuffer, and `downloadFile` for downloads. Everything else is the
 * request module's: the headers (the session renewed when low, or none for receipt calls) from
 * `callHeaders`, and a refusal (a 401 sends the person to log in) from `refusal`.
 */
import type { ParamsOf, ResponseOf, Route } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { callHeaders, endpointUrl, refusal, type CallInput, type CallOptions } from './client';
import { ApiRequestError, NETWORK_ERROR_MESSAGE } from './errors';

/** A large spreadsheet over a weak site connection needs longer than the 15 s a JSON call gets. */
const UPLOAD_TIMEOUT_MS = 60_000;

export interface UploadOptions extends Pick<CallOptions, 'headers' | 'withSession'> {
  /**
   * Called with 0…1 as the bytes go out. On H5 from the browser's upload events; the mini
   * program's raw-bytes request reports none, so there it is 0 at the start and 1 at the end.
   */
  onProgress?(fraction: number): void;
}

type Result = { status: number; data: unknown };

function postWithProgress(
  url: string,
  bytes: ArrayBuffer,
  header: Record<string, string>,
  onProgress: (fraction: number) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(header)) xhr.setRequestHeader(name, value);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: `toApiError` falls back to a plain message.
      }
      resolve({ status: xhr.status, data });
    };
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => reject(new Error('network'));
    xhr.send(bytes);
  });
}

async function post(
  url: string,
  bytes: ArrayBuffer,
  header: Record<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<Result> {
  if (process.env.TARO_ENV === 'h5') {
    if (onProgress) return postWithProgress(url, bytes, header, onProgress);
    const response = await fetch(url, { method: 'POST', headers: header, body: bytes });
    return { status: response.status, data: await response.json().catch(() => null) };
  }
  onProgress?.(0);
  const response = await Taro.request({ url, method: 'POST', data: bytes, header, dataType: 'json', timeout: UPLOAD_TIMEOUT_MS });
  return { status: response.statusCode, data: response.data as unknown };
}

/** Uploads `bytes` with the session; failures come back as `ApiRequestError` (with `issues` for a refused import). */
export async function uploadFile<E extends Route & { upload: { maxBytes: number } }>(
  endpoint: E,
  params: ParamsOf<E>,
  bytes: ArrayBuffer,
  options: UploadOptions = {},
): Promise<ResponseOf<E>> {
  const { maxBytes } = endpoint.upload;
  // Say so before sending megabytes over a site connection only to be refused.
  if (bytes.byteLength > maxBytes)
    throw new ApiRequestError(413, 'payload_too_large', `文件太大（上限 ${Math.round(maxBytes / 1024 / 1024)} MB）`);
  const url = endpointUrl(endpoint, { params });
  const header = await callHeaders(endpoint, options, { 'content-type': 'application/octet-stream' });
  let result: Result;
  try {
    result = await post(url, bytes, header, options.onProgress);
  } catch {
    throw new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
  }
  if (result.status >= 200 && result.status < 300) {
    options.onProgress?.(1);
    return result.data as ResponseOf<E>;
  }
  throw refusal(endpoint, options, result.status, result.data);
}

/**
 * Downloads a file endpoint to something `<Image src>` can show: a file needs the session or a
 * receipt, which an image request cannot carry. H5 fetches it into a blob URL (revoke it when
 * done), the mini program downloads it to a temporary file.
 */
export async function downloadFile<E extends Route>(
  endpoint: E,
  params: ParamsOf<E>,
  options: Pick<CallOptions, 'headers' | 'withSession'> = {},
): Promise<string> {
  const url = endpointUrl(endpoint, { params });
  const header = await callHeaders(endpoint, options);
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
  if (status === 401) throw refusal(endpoint, options, status, null);
  if (status < 200 || status >= 300 || !src) throw new ApiRequestError(status, 'download_failed', '文件加载失败');
  return src;
}

/**
 * Downloads a document endpoint (the ledger, the import template) and opens it: the mini program
 * saves it to a temporary file and opens WeChat's document viewer, whose menu shares or saves it;
 * H5 saves it as a file named `fileName`. Refusals come back as the API's message (e.g. a span
 * too long).
 */
export async function openDocument<E extends Route>(
  endpoint: E,
  input: Pick<CallInput<E>, 'params' | 'query'>,
  fileName: string,
): Promise<void> {
  const url = endpointUrl(endpoint, input);
  const header = await callHeaders(endpoint, {});
  if (process.env.TARO_ENV === 'h5') {
    let response: Response;
    try {
      response = await fetch(url, { headers: header });
    } catch {
      throw new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
    }
    if (!response.ok) throw refusal(endpoint, {}, response.status, await response.json().catch(() => null));
    const href = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // After the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return;
  }
  let saved: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    saved = await Taro.downloadFile({ url, header, timeout: UPLOAD_TIMEOUT_MS });
  } catch {
    throw new ApiRequestError(0, 'network', NETWORK_ERROR_MESSAGE);
  }
  if (saved.statusCode !== 200) {
    // The refusal is the API's JSON error, saved as the file.
    let body: unknown = null;
    try {
      body = JSON.parse(Taro.getFileSystemManager().readFileSync(saved.tempFilePath, 'utf8') as string);
    } catch {
      // Not JSON: the status says enough.
    }
    throw refusal(endpoint, {}, saved.statusCode, body);
  }
  await Taro.openDocument({ filePath: saved.tempFilePath, fileType: 'xlsx', showMenu: true });
}
