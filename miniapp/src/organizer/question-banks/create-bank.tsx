import { TEXT_MAX } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { ownerBody, type Bank, type OwnerChoice } from './owners';
import { routes } from '../../api/routes';

/** 新建题库: a name, and whose it is when the person may also create region banks. */
export function CreateBank({ owners, onCreated }: { owners: OwnerChoice[]; onCreated(bank: Bank): void }) {
  const [name, setName] = useState('');
  const [ownerIndex, setOwnerIndex] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const owner = owners[ownerIndex]!;

  async function create() {
    setSaving(true);
    setErrors({});
    try {
      const bank = await api(routes.createBank, { body: { name, ...ownerBody(owner) } }, { toast: false });
      void Taro.showToast({ title: '题库已建好', icon: 'success' });
      setName('');
      onCreated(bank);
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors(error.fields?.name ? { name: error.fields.name } : { _: error.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <View>
      <Text className="sb-section-title">新建题库</Text>
      <View className="sb-card banks__create">
        <TextField
          id="bank-name"
          label="题库名称"
          value={name}
          maxlength={TEXT_MAX.bankName}
          placeholder="如：安全生产知识"
          onChange={setName}
          error={errors.name}
        />
        {owners.length > 1 && (
          <View className="sb-field">
            <Text className="sb-field__label">题库属于</Text>
            <Picker
              mode="selector"
              range={owners.map((o) => o.label)}
              value={ownerIndex}
              onChange={(e) => setOwnerIndex(Number(e.detail.value))}
            >
              <View className="sb-field__input sb-row" role="button" aria-label={`题库属于：${owner.label}`}>
                <Text>{owner.label}</Text>
              </View>
            </Picker>
          </View>
        )}
        {owners.length === 1 && <Text className="sb-muted banks__owner">属于：{owner.label}</Text>}
        {errors._ && (
          <View className="sb-field__error" role="alert">
            {errors._}
          </View>
        )}
        <View className="sb-actions">
          <Button type="primary" loading={saving} disabled={saving || !name.trim()} onClick={() => void create()}>
            新建题库
          </Button>
        </View>
      </View>
    </View>
  );
}
