import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ChangeEvent } from 'react';
import { useInnerAttribute } from '../components/inner-attribute';
import { leftOutMessage, pickOnWeapp, photosFromFiles, type PickedPhoto, type PickOutcome } from './pick-photos';
import { PHOTO_TYPES } from './compress';
import './feedback.css';

const H5 = process.env.TARO_ENV === 'h5';

interface PhotoPickerProps {
  /** The H5 file input's id (unique per page: tab pages stay in the document). */
  inputId: string;
  photos: PickedPhoto[];
  /** How many photos there may be in all. */
  max: number;
  onAdd(photos: PickedPhoto[]): void;
  onRemove(key: string): void;
  disabled?: boolean;
}

function Thumb({ photo, index, onRemove }: { photo: PickedPhoto; index: number; onRemove?: () => void }) {
  const id = `fb-thumb-${photo.key}`;
  useInnerAttribute(id, 'img', 'alt', `第 ${index + 1} 张照片`);
  return (
    <View className="fb-photos__item">
      <Image id={id} className="fb-photos__image" src={photo.preview} mode="aspectFill" />
      {onRemove && (
        <View className="fb-photos__remove" role="button" aria-label={`删除第 ${index + 1} 张照片`} onClick={onRemove}>
          删除
        </View>
      )}
    </View>
  );
}

/** Thumbnails with remove buttons, and an add tile that picks and compresses photos. */
export function PhotoPicker({ inputId, photos, max, onAdd, onRemove, disabled }: PhotoPickerProps) {
  const [busy, setBusy] = useState(false);
  const room = max - photos.length;

  async function add(pick: () => Promise<PickOutcome>) {
    setBusy(true);
    try {
      const outcome = await pick();
      if (outcome.photos.length) onAdd(outcome.photos);
      const message = leftOutMessage(outcome);
      if (message) void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message, icon: 'none' });
    } finally {
      setBusy(false);
    }
  }

  function open() {
    if (busy || disabled) return;
    if (H5) document.getElementById(inputId)?.click();
    else void add(() => pickOnWeapp(room));
  }

  function chosenOnH5(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Cleared so that choosing the same photo again still counts as a change.
    input.value = '';
    if (files.length) void add(() => photosFromFiles(files, room));
  }

  return (
    <View className="sb-field">
      <Text className="sb-field__label">
        照片（选填，最多 {max} 张，已选 {photos.length} 张）
      </Text>
      <View className="fb-photos">
        {photos.map((photo, i) => (
          <Thumb key={photo.key} photo={photo} index={i} onRemove={disabled ? undefined : () => onRemove(photo.key)} />
        ))}
        {room > 0 && (
          <View
            className="fb-photos__add"
            role="button"
            aria-label={`添加照片，还可添加 ${room} 张`}
            aria-disabled={busy || disabled}
            onClick={open}
          >
            {busy ? '正在处理…' : '＋ 添加照片'}
          </View>
        )}
      </View>
      {H5 && (
        <input
          id={inputId}
          type="file"
          accept={PHOTO_TYPES.join(',')}
          multiple
          aria-label="选择照片"
          hidden
          style={{ display: 'none' }}
          onChange={chosenOnH5}
        />
      )}
    </View>
  );
}
