import { View } from '@tarojs/components';
import { Button } from '../../components/ui';

/** The form's one button, with what the server said under the long form (the fields say it where). */
export function SaveBar({ error, saving, label, onSave }: { error: string | undefined; saving: boolean; label: string; onSave(): void }) {
  return (
    <View>
      {error && (
        <View className="sb-field__error contest-error" role="alert">
          {error}
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" loading={saving} disabled={saving} onClick={onSave}>
          {label}
        </Button>
      </View>
    </View>
  );
}
