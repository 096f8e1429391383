/**
 * 接龙 → check-in: the organizer pastes the WeChat 接龙 list from the group chat; each name is
 * matched to the event's roster on the phone (exact, then by work team), the ambiguous and unknown
 * ones are shown to choose, and on confirmation everyone chosen is checked in, marked 接龙, in one
 * request. Pasting the same list twice checks nobody in twice.
 */
import { isAbsenceRemark, matchJielong, parseJielong, type JielongMatch } from '@sitebranch/shared/readers';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import type { Person } from './person-row';
import { routes } from '../../api/routes';

const MAX_PASTE = 20_000;

/** What becomes of one line: who it signs in (if anyone), and what the organizer is told. */
interface Line {
  key: string;
  label: string;
  match: JielongMatch;
  absent: boolean;
}

function personLabel(person: Person | undefined) {
  if (!person) return '未知';
  return `${person.name ?? '未填写姓名'}${person.workTeam ? `（${person.workTeam}）` : ''}`;
}

export function JielongPaste({ eventId, people, onSignedIn }: { eventId: string; people: Person[]; onSignedIn(): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState(false);
  const byId = useMemo(() => new Map(people.map((p) => [p.userId, p])), [people]);

  const parsed = useMemo(() => parseJielong(text), [text]);
  const lines: Line[] = useMemo(
    () =>
      matchJielong(
        parsed.entries,
        people.map((p) => ({ userId: p.userId, name: p.name ?? '', workTeam: p.workTeam })),
      ).map(({ entry, match }) => ({
        key: `${entry.line}`,
        label: `${entry.number}. ${entry.name}${entry.remark ? ` ${entry.remark}` : ''}`,
        match,
        absent: isAbsenceRemark(entry.remark),
      })),
    [parsed, people],
  );

  /** The person a line signs in: its match, or the organizer's choice for an ambiguous or unknown name. */
  const chosenFor = (line: Line): string | null => {
    if (line.absent || line.match.kind === 'repeat') return null;
    if (line.match.kind === 'exact' || line.match.kind === 'team') return line.match.userId;
    return picked[line.key] ?? null;
  };
  const chosen = [...new Set(lines.map(chosenFor).filter((id): id is string => id !== null))];
  const toSign = chosen.filter((id) => byId.get(id)?.status !== 'present');
  const undecided = lines.filter(
    (l) => !l.absent && (l.match.kind === 'ambiguous' || l.match.kind === 'unknown') && picked[l.key] === undefined,
  ).length;

  async function confirm() {
    setBusy(true);
    try {
      const result = await api(routes.rosterCheckIn, { params: { id: eventId }, body: { userIds: chosen, fromJielong: true } });
      void Taro.showToast({ title: result.added ? `接龙签到 ${result.added} 人` : '名单上的人都已签到', icon: 'success' });
      setText('');
      setPicked({});
      setOpen(false);
      onSignedIn();
    } catch {
      // Shown by the request module.
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <View className="attendance__teams">
        <Button size="small" type="default" onClick={() => setOpen(true)}>
          粘贴接龙名单
        </Button>
      </View>
    );
  }

  return (
    <View className="sb-card jielong" role="group" aria-label="接龙签到">
      <TextAreaField
        id="jielong-text"
        label="接龙名单"
        value={text}
        maxlength={MAX_PASTE}
        placeholder={'把微信群里的接龙整段复制到这里，如：\n#接龙\n12月2日班前会\n1. 李建国 钢筋班\n2. 王芳'}
        onChange={(value) => {
          setText(value);
          setPicked({});
        }}
      />
      {text.trim() !== '' && (
        <View className="jielong__lines" role="list" aria-label="接龙名单识别结果">
          {parsed.issues.map((issue) => (
            <View key={`issue-${issue.line}`} className="sb-field__error" role="listitem">
              第 {issue.line} 行：{issue.message}
            </View>
          ))}
          {lines.map((line) => (
            <View key={line.key} className="jielong__line" role="listitem">
              <Text className="jielong__entry">{line.label}</Text>
              <LineOutcome
                line={line}
                byId={byId}
                picked={picked[line.key]}
                onPick={(userId) => setPicked((p) => ({ ...p, [line.key]: userId }))}
              />
            </View>
          ))}
        </View>
      )}
      <View className="sb-muted" role="status">
        {lines.length ? `识别 ${lines.length} 条，将签到 ${toSign.length} 人` : '还没有识别到接龙名单'}
        {chosen.length > toSign.length ? `，${chosen.length - toSign.length} 人已签到` : ''}
        {undecided ? `，还有 ${undecided} 条待确认` : ''}
      </View>
      <View className="sb-actions">
        <Button type="primary" loading={busy} disabled={busy || chosen.length === 0} onClick={() => void confirm()}>
          确认接龙签到 {toSign.length} 人
        </Button>
        <Button type="default" onClick={() => setOpen(false)}>
          收起
        </Button>
      </View>
    </View>
  );
}

/** A matched line says whom; an ambiguous or unknown one offers its candidates and 跳过. */
function LineOutcome({
  line,
  byId,
  picked,
  onPick,
}: {
  line: Line;
  byId: Map<string, Person>;
  picked: string | null | undefined;
  onPick(userId: string | null): void;
}) {
  const { match } = line;
  if (line.absent) return <Text className="sb-muted">请假，不签到</Text>;
  if (match.kind === 'repeat') return <Text className="sb-muted">与第 {match.firstLine} 行重复</Text>;
  if (match.kind === 'exact' || match.kind === 'team') {
    const person = byId.get(match.userId);
    return (
      <Text className="jielong__matched">
        {person?.status === 'present' ? `${personLabel(person)} 已签到` : `→ ${personLabel(person)}`}
      </Text>
    );
  }
  const candidates = match.candidates;
  return (
    <View className="jielong__choices">
      <Text className="jielong__question">
        {match.kind === 'ambiguous' ? '同名，请选择：' : candidates.length ? '名单里没有此人，是否是：' : '名单里没有此人'}
      </Text>
      {candidates.map((userId) => (
        <Button key={userId} size="small" type={picked === userId ? 'primary' : 'default'} onClick={() => onPick(userId)}>
          {personLabel(byId.get(userId))}
        </Button>
      ))}
      <Button size="small" type={picked === null ? 'primary' : 'default'} onClick={() => onPick(null)}>
        跳过
      </Button>
    </View>
  );
}
