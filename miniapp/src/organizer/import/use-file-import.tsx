/**
 * Importing a spreadsheet, all or nothing: pick it (a chat file on weapp, a file input on H5),
 * upload it, and keep what became of it for `ImportReport`. Used by question banks and the 花名册.
 */
import Taro from '@tarojs/taro';
import { useState, type ChangeEvent } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { pickChatFile, type PickedFile } from './pick-file';
import type { ImportOutcome } from './import-report';

const H5 = process.env.TARO_ENV === 'h5';

/** `upload` sends the bytes and answers how many went in. `inputId` names the H5 file input. */
export function useFileImport(
  inputId: string,
  inputLabel: string,
  upload: (bytes: ArrayBuffer) => Promise<number>,
  onImported: () => void,
) {
  const [uploading, setUploading] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function send(file: PickedFile) {
    setUploading(file.name);
    setOutcome(null);
    try {
      const imported = await upload(file.bytes);
      setOutcome({ kind: 'done', fileName: file.name, imported });
      onImported();
    } catch (e) {
      const error = e as ApiRequestError;
      setOutcome({ kind: 'failed', fileName: file.name, message: error.message, issues: error.issues ?? [] });
    } finally {
      setUploading(null);
    }
  }

  async function pick() {
    if (H5) {
      document.getElementById(inputId)?.click();
      return;
    }
    try {
      const file = await pickChatFile();
      if (file) await send(file);
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message, icon: 'none' });
    }
  }

  async function chosenOnH5(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, still counts as a change.
    input.value = '';
    if (file) await send({ name: file.name, bytes: await file.arrayBuffer() });
  }

  const fileInput = H5 ? (
    <input
      id={inputId}
      type="file"
      accept=".xlsx,.csv"
      aria-label={inputLabel}
      hidden
      style={{ display: 'none' }}
      onChange={(e) => void chosenOnH5(e)}
    />
  ) : null;
  return { uploading, outcome, pick, fileInput };
}
