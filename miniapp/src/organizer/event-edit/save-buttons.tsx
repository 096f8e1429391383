/** The editor's buttons: 保存修改 (and 保存并发布 for a draft) for an existing event; 发布 or 存为草稿 for a new one. */
import type { BranchEvent } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import { Button } from '../../components/ui';

export function SaveButtons({
  editing,
  saving,
  incomplete,
  onSave,
}: {
  editing?: BranchEvent;
  saving: boolean;
  incomplete: boolean;
  onSave(status: 'draft' | 'published' | undefined): void;
}) {
  return (
    <View className="sb-actions">
      {editing ? (
        <>
          <Button type="primary" loading={saving} disabled={incomplete} onClick={() => onSave(undefined)}>
            保存修改
          </Button>
          {editing.status === 'draft' && (
            <Button type="default" loading={saving} disabled={incomplete} onClick={() => onSave('published')}>
              保存并发布
            </Button>
          )}
        </>
      ) : (
        <>
          <Button type="primary" loading={saving} disabled={incomplete} onClick={() => onSave('published')}>
            发布并显示签到码
          </Button>
          <Button type="default" loading={saving} disabled={incomplete} onClick={() => onSave('draft')}>
            存为草稿
          </Button>
        </>
      )}
    </View>
  );
}
