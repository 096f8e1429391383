import { BRANCH_KIND_LABELS, type BranchKind, TEXT_MAX } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { Tabs } from '../../components/tabs';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';

const KINDS = (['site', 'community'] as const).map((key) => ({ key, label: `${BRANCH_KIND_LABELS[key]}支部` }));

/** 新建支部: kind, name, project and address; the secretary is appointed next, by an invite code. */
export function CreateBranch({ regionId, onCreated, onCancel }: { regionId: string; onCreated(branchId: string): void; onCancel(): void }) {
  const [kind, setKind] = useState<BranchKind>('site');
  const [name, setName] = useState('');
  const [projectName, setProjectName] = useState('');
  const [address, setAddress] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function create() {
    setSaving(true);
    setErrors({});
    try {
      const branch = await api(
        routes.createBranch,
        {
          params: { id: regionId },
          body: { kind, name, address, projectName: kind === 'site' && projectName.trim() ? projectName : null },
        },
        { toast: false },
      );
      void Taro.showToast({ title: '支部已建好', icon: 'success' });
      onCreated(branch.id);
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors(error.fields && Object.keys(error.fields).length ? error.fields : { _: error.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="sb-card region-form" aria-label="新建支部">
      <Text className="results-block__title">新建支部</Text>
      <Tabs<BranchKind> items={KINDS} value={kind} onChange={setKind} label="支部类型" />
      <TextField
        id="branch-name"
        label="支部名称"
        value={name}
        maxlength={TEXT_MAX.branchName}
        placeholder={kind === 'site' ? '如：滨江花园项目临时党支部' : '如：幸福里社区党支部'}
        onChange={setName}
        error={errors.name}
      />
      {kind === 'site' && (
        <TextField
          id="branch-project"
          label="项目名称（选填）"
          value={projectName}
          maxlength={TEXT_MAX.projectName}
          placeholder="如：滨江花园二期"
          onChange={setProjectName}
          error={errors.projectName}
        />
      )}
      <TextField
        id="branch-address"
        label="地址"
        value={address}
        maxlength={TEXT_MAX.address}
        placeholder="签到页和台账上显示"
        onChange={setAddress}
        error={errors.address}
      />
      {errors._ && (
        <View className="sb-field__error" role="alert">
          {errors._}
        </View>
      )}
      <View className="sb-actions">
        <Button type="default" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={saving} disabled={saving || !name.trim() || !address.trim()} onClick={() => void create()}>
          建立支部
        </Button>
      </View>
    </View>
  );
}
