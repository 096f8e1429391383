/** Changing a member's 班组 (left empty: no 班组). The input's accessible name is set by the page (`members-team`). */
import { type Member, TEXT_MAX } from '@sitebranch/shared';
import { Input } from '@tarojs/components';
import { Dialog } from '../../components/ui';

export interface TeamEdit {
  member: Member;
  value: string;
}

export function TeamDialog({
  editing,
  onInput,
  onClose,
  onSave,
}: {
  editing: TeamEdit | null;
  onInput(value: string): void;
  onClose(): void;
  onSave(member: Member, workTeam: string | null): void;
}) {
  return (
    <Dialog
      visible={editing !== null}
      title="修改班组"
      confirmText="保存"
      cancelText="取消"
      onCancel={onClose}
      onConfirm={() => {
        if (!editing) return;
        const { member, value } = editing;
        onClose();
        onSave(member, value.trim() || null);
      }}
    >
      <Input
        id="members-team"
        className="sb-field__input"
        value={editing?.value ?? ''}
        maxlength={TEXT_MAX.workTeam}
        placeholder="如：钢筋班（留空表示未分班组）"
        onInput={(e) => onInput(e.detail.value)}
      />
    </Dialog>
  );
}
