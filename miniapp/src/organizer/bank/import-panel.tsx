import { endpoints, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ChangeEvent } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { uploadFile } from '../../api/upload';
import { Button, Loading } from '../../components/ui';
import { openTemplate, pickChatFile, type PickedFile } from './import-file';
import { ImportReport, type ImportOutcome } from './import-report';
import './import-panel.css';

const H5 = process.env.TARO_ENV === 'h5';
const LIMITS = `最多 ${IMPORT_MAX_ROWS} 道题、${IMPORT_MAX_BYTES / 1024 / 1024} MB`;

/** 下载导入模板 and 导入题目: a file goes in whole or not at all, with its problems listed by row. */
export function ImportPanel({ bankId, onImported }: { bankId: string; onImported(): void }) {
  const [uploading, setUploading] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function upload(file: PickedFile) {
    setUploading(file.name);
    setOutcome(null);
    try {
      const { imported } = await uploadFile(endpoints.importQuestions, { id: bankId }, file.bytes);
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
      document.getElementById('import-file')?.click();
      return;
    }
    try {
      const file = await pickChatFile();
      if (file) await upload(file);
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message, icon: 'none' });
    }
  }

  async function chosenOnH5(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, still counts as a change.
    input.value = '';
    if (file) await upload({ name: file.name, bytes: await file.arrayBuffer() });
  }

  async function template() {
    setOpening(true);
    try {
      await openTemplate();
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message || '模板打开失败，请重试', icon: 'none' });
    } finally {
      setOpening(false);
    }
  }

  return (
    <View className="sb-card bank-import">
      <Text className="bank-import__title">批量导入</Text>
      <Text className="sb-muted">
        {H5 ? '下载模板，按模板填写后导入 .xlsx 或 .csv 文件' : '在电脑上按模板填好，用微信发给自己，再点“导入题目”从聊天中选择文件'}（{LIMITS}）。有错误时整份不导入，并列出每处错误。
      </Text>
      <View className="bank-import__actions">
        <Button type="default" loading={opening} disabled={opening} onClick={() => void template()}>
          下载导入模板
        </Button>
        <Button type="primary" loading={uploading !== null} disabled={uploading !== null} onClick={() => void pick()}>
          导入题目
        </Button>
        {H5 && <input id="import-file" type="file" accept=".xlsx,.csv" aria-label="选择要导入的题目文件" hidden style={{ display: 'none' }} onChange={(e) => void chosenOnH5(e)} />}
      </View>
      {uploading !== null && (
        <View className="bank-import__progress" role="status">
          <Loading type="circular" />
          <Text>正在导入“{uploading}”…</Text>
        </View>
      )}
      {outcome && <ImportReport outcome={outcome} />}
    </View>
  );
}
