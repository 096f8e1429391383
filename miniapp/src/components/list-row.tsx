import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { openPage } from '../nav';
import './list-row.css';

export interface ListRowProps {
  title: ReactNode;
  /** A second line in grey: what the row leads to, or its state. */
  note?: ReactNode;
  /** Beside the text, at the end of the row (a tag, a count). */
  end?: ReactNode;
  onClick?: () => void;
  /** Only when the visible words do not name the action by themselves; it must begin with them. */
  label?: string;
}

/** One row of a list card: a title, a grey note, and whatever sits at its end. Tappable when it does something. */
export function ListRow({ title, note, end, onClick, label }: ListRowProps) {
  return (
    <View className="sb-list-item" role={onClick ? 'button' : undefined} aria-label={label} onClick={onClick}>
      <View className="sb-list-row__text">
        <Text className="sb-list-row__title">{title}</Text>
        {note !== undefined && <Text className="sb-muted">{note}</Text>}
      </View>
      {end}
    </View>
  );
}

/** A page the list leads to; rows whose `shown` is false are left out. */
export interface ListEntry {
  title: string;
  note: string;
  page: string;
  shown?: boolean;
}

/** A card of rows, each opening its page, under a section title if it has one. */
export function ListSection({ title, entries, children }: { title?: string; entries?: ListEntry[]; children?: ReactNode }) {
  return (
    <View>
      {title && <Text className="sb-section-title">{title}</Text>}
      <View className="sb-card sb-list-card">
        {entries
          ?.filter((entry) => entry.shown !== false)
          .map((entry) => (
            <ListRow key={entry.title} title={entry.title} note={entry.note} onClick={() => openPage(entry.page)} />
          ))}
        {children}
      </View>
    </View>
  );
}
