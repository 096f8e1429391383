import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { uploadFile } from '../../api/upload';
import { Button, Loading } from '../../components/ui';
import { ImportReport } from '../import/import-report';
import { useFileImport } from '../import/use-file-import';
import { TemplateButton } from '../import/template-button';
import { routes } from '../../api/routes';

const H5 = process.env.TARO_ENV === 'h5';
const LIMITS = `最多 ${IMPORT_MAX_ROWS} 道题、${IMPORT_MAX_BYTES / 1024 / 1024} MB`;

/** 下载导入模板 and 导入题目: a file goes in whole or not at all, with its problems listed by row. */
export function ImportPanel({ bankId, onImported }: { bankId: string; onImported(): void }) {
  const { uploading, outcome, pick, fileInput } = useFileImport(
    'import-file',
    '选择要导入的题目文件',
    async (bytes) => (await uploadFile(routes.importQuestions, { id: bankId }, bytes)).imported,
    onImported,
  );

  return (
    <View className="sb-card sb-import">
      <Text className="sb-import__title">批量导入</Text>
      <Text className="sb-muted">
        {H5 ? '下载模板，按模板填写后导入 .xlsx 或 .csv 文件' : '在电脑上按模板填好，用微信发给自己，再点“导入题目”从聊天中选择文件'}（
        {LIMITS}）。也认其他考试平台导出的题库。有错误时整份不导入，并列出每处错误。
      </Text>
      <View className="sb-import__actions">
        <TemplateButton endpoint={routes.importTemplate} fileName="题目导入模板.xlsx" />
        <Button type="primary" loading={uploading !== null} disabled={uploading !== null} onClick={() => void pick()}>
          导入题目
        </Button>
        {fileInput}
      </View>
      {uploading !== null && (
        <View className="sb-import__progress" role="status">
          <Loading type="circular" />
          <Text>正在导入“{uploading}”…</Text>
        </View>
      )}
      {outcome && <ImportReport outcome={outcome} />}
    </View>
  );
}
