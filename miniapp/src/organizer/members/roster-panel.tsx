/**
 * 花名册 for people who have not logged in (workers without a smartphone): the secretary adds them
 * one by one or imports the branch's roster file, so roster check-in, attendance and the ledger
 * count them. A claim code later makes such a person's own login that same member.
 */
import { ROSTER_MAX_CHARS } from '@sitebranch/shared';
import { ROSTER_HEADER_SYNONYMS, ROSTER_MAX_ROWS } from '@sitebranch/shared/readers';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { uploadFile } from '../../api/upload';
import { Tabs } from '../../components/tabs';
import { TextField } from '../../components/text-field';
import { Button, Loading } from '../../components/ui';
import { ImportReport } from '../import/import-report';
import { TemplateButton } from '../import/template-button';
import { useFileImport } from '../import/use-file-import';
import { routes } from '../../api/routes';

/** Other ways rosters name the optional columns, from the importer's own table (工种, 劳务公司, 联系电话, 政治面貌). */
const OTHER_NAMES = (['班组', '单位', '手机', '身份'] as const)
  .map((column) => ROSTER_HEADER_SYNONYMS[column].find((name) => name !== column && name.length > 2) ?? column)
  .join('、');

type Draft = { name: string; workTeam: string; phone: string; role: 'member' | 'masses' };
const EMPTY: Draft = { name: '', workTeam: '', phone: '', role: 'masses' };

function AddPersonForm({ branchId, onAdded, onClose }: { branchId: string; onAdded(): void; onClose(): void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      const body = { name: draft.name, workTeam: draft.workTeam.trim() || null, phone: draft.phone.trim() || null, role: draft.role };
      const added = await api(routes.addRosterPerson, { params: { id: branchId }, body }, { toast: false });
      void Taro.showToast({ title: `已添加${added.name ?? ''}`, icon: 'success' });
      setDraft({ ...EMPTY, workTeam: draft.workTeam, role: draft.role });
      onAdded();
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors(error.fields ?? { name: error.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="roster-add" role="group" aria-label="添加未登录的人员">
      <TextField
        id="roster-name"
        label="姓名"
        value={draft.name}
        maxlength={ROSTER_MAX_CHARS.姓名}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        id="roster-team"
        label="班组（可不填）"
        value={draft.workTeam}
        maxlength={ROSTER_MAX_CHARS.班组}
        placeholder="如：钢筋班"
        onChange={set('workTeam')}
        error={errors.workTeam}
      />
      <TextField
        id="roster-phone"
        label="手机（可不填）"
        type="number"
        value={draft.phone}
        maxlength={11}
        onChange={set('phone')}
        error={errors.phone}
      />
      <Tabs
        label="身份"
        items={[
          { key: 'masses', label: '群众' },
          { key: 'member', label: '党员' },
        ]}
        value={draft.role}
        onChange={(role) => setDraft((d) => ({ ...d, role }))}
      />
      <View className="sb-actions">
        <Button type="primary" loading={busy} disabled={busy || !draft.name.trim()} onClick={() => void save()}>
          添加到花名册
        </Button>
        <Button type="default" onClick={onClose}>
          收起
        </Button>
      </View>
    </View>
  );
}

export function RosterPanel({ branchId, onChanged }: { branchId: string; onChanged(): void }) {
  const [adding, setAdding] = useState(false);
  const { uploading, outcome, pick, fileInput } = useFileImport(
    'roster-file',
    '选择要导入的花名册文件',
    async (bytes) => (await uploadFile(routes.importRoster, { id: branchId }, bytes)).imported,
    onChanged,
  );

  return (
    <View className="sb-card sb-import">
      <Text className="sb-import__title">花名册</Text>
      <Text className="sb-muted">
        没有智能手机的工人也可以加进来，签到时由支委按花名册代签。导入 .xlsx 或
        .csv：表头要有“姓名”，可选班组、单位、手机、身份（党员或群众），也认{OTHER_NAMES}等写法；最多 {ROSTER_MAX_ROWS}{' '}
        人，有错误或重复时整份不导入。
      </Text>
      <View className="sb-import__actions">
        <TemplateButton endpoint={routes.rosterTemplate} fileName="花名册导入模板.xlsx" />
        <Button type="default" onClick={() => setAdding((a) => !a)}>
          添加人员
        </Button>
        <Button type="primary" loading={uploading !== null} disabled={uploading !== null} onClick={() => void pick()}>
          导入花名册
        </Button>
        {fileInput}
      </View>
      {adding && <AddPersonForm branchId={branchId} onAdded={onChanged} onClose={() => setAdding(false)} />}
      {uploading !== null && (
        <View className="sb-import__progress" role="status">
          <Loading type="circular" />
          <Text>正在导入“{uploading}”…</Text>
        </View>
      )}
      {outcome && <ImportReport outcome={outcome} unit="人" />}
    </View>
  );
}
