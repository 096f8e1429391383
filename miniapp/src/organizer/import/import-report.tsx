import { describeIssue } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import type { ImportIssue } from '../../api/errors';
import './import.css';

export type ImportOutcome =
  | { kind: 'done'; fileName: string; imported: number }
  | { kind: 'failed'; fileName: string; message: string; issues: ImportIssue[] };

/** What became of the last file: how many went in (`unit`: 道题, 人), or the message and every problem by row. */
export function ImportReport({ outcome, unit = '道题' }: { outcome: ImportOutcome; unit?: string }) {
  if (outcome.kind === 'done') {
    return (
      <View className="sb-import__done" role="status">
        <Text>
          {outcome.fileName}：已导入 {outcome.imported} {unit}
        </Text>
      </View>
    );
  }
  // The server's message is "N 处错误，整份未导入。<the first problem>": with the list below, the first sentence is enough.
  const headline = outcome.issues.length > 0 ? `${outcome.message.split('。')[0]}。` : outcome.message;
  return (
    <View className="sb-import__failed" role="alert">
      <Text className="sb-import__message">{headline}</Text>
      {outcome.issues.length > 0 && (
        <View className="sb-import__issues" role="list" aria-label={`${outcome.fileName} 中的问题`}>
          {outcome.issues.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list from one failed import, replaced whole by the next and never reordered; issues have no id and may repeat.
            <View key={i} className="sb-import__issue" role="listitem">
              {describeIssue(issue)}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
