import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useInnerAttribute } from '../../components/inner-attribute';
import { Button } from '../../components/ui';
import type { FeedbackAccess } from '../../feedback/receipt-api';
import { FAILED, usePhotoSources } from './use-photo-sources';

function Photo({ id, index, src, onOpen }: { id: string; index: number; src: string | null; onOpen(): void }) {
  const hostId = `fb-photo-${id}`;
  useInnerAttribute(hostId, 'img', 'alt', `反馈照片 ${index + 1}`);
  if (src === null) return <View className="fb-photo fb-photo--placeholder">加载中…</View>;
  if (src === FAILED) return <View className="fb-photo fb-photo--placeholder">照片加载失败</View>;
  return (
    <View className="fb-photo" role="button" aria-label={`查看第 ${index + 1} 张照片大图`} onClick={onOpen}>
      <Image id={hostId} className="fb-photo__image" src={src} mode="aspectFill" />
    </View>
  );
}

/** Photos of the feedback (the submitter's, or a hazard's 整改前 / 整改后), fetched with the session or receipt; tap one to see it large. */
export function Photos({ access, photoIds, title = '照片' }: { access: FeedbackAccess; photoIds: string[]; title?: string }) {
  // 重新加载照片 mounts the section afresh (a new key), which loads every photo again.
  const [round, setRound] = useState(0);
  if (photoIds.length === 0) return null;
  return <PhotoSection key={round} access={access} photoIds={photoIds} title={title} onReload={() => setRound((n) => n + 1)} />;
}

function PhotoSection({
  access,
  photoIds,
  title,
  onReload,
}: {
  access: FeedbackAccess;
  photoIds: string[];
  title: string;
  onReload(): void;
}) {
  const sources = usePhotoSources(access, photoIds);
  const shown = photoIds.map((id) => sources[id]).filter((src): src is string => !!src && src !== FAILED);
  const failed = photoIds.some((id) => sources[id] === FAILED);
  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">
        {title}（{photoIds.length} 张）
      </Text>
      <View className="fb-photo-grid">
        {photoIds.map((id, i) => (
          <Photo
            key={id}
            id={id}
            index={i}
            src={sources[id] ?? null}
            onOpen={() => void Taro.previewImage({ urls: shown, current: sources[id] ?? '' })}
          />
        ))}
      </View>
      {failed && (
        <Button type="default" onClick={onReload}>
          重新加载照片
        </Button>
      )}
    </View>
  );
}
