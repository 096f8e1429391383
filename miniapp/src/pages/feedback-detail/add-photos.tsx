import { MAX_PHOTOS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../../components/ui';
import { PhotoPicker } from '../../feedback/photo-picker';
import { releasePhoto, type PickedPhoto } from '../../feedback/pick-photos';
import type { FeedbackAccess } from '../../feedback/receipt-api';
import { UploadProgress } from '../../feedback/upload-progress';
import { usePhotoUpload, type PhotoUploader } from '../../feedback/use-photo-upload';

interface AddPhotosProps {
  access: FeedbackAccess;
  have: number;
  onUploaded(): void;
  /** The section's title (default 补充照片) and how its photos go up (default: the submitter's). */
  title?: string;
  uploader?: PhotoUploader;
  inputId?: string;
}

/** 补充照片: the submitter adds photos later, or sends again those that failed; also a handler's 整改前 / 整改后. */
export function AddPhotos({
  access,
  have,
  onUploaded,
  title = '补充照片',
  uploader,
  inputId = 'feedback-detail-photo-input',
}: AddPhotosProps) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const upload = usePhotoUpload(uploader);
  const uploading = upload.state?.uploading ?? false;

  function finish(allUp: boolean) {
    if (!allUp) return;
    photos.forEach(releasePhoto);
    setPhotos([]);
    upload.reset();
    onUploaded();
  }

  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">{title}</Text>
      <PhotoPicker
        inputId={inputId}
        photos={photos}
        max={MAX_PHOTOS - have}
        onAdd={(added) => setPhotos((current) => [...current, ...added])}
        onRemove={(key) => {
          // Released here, not in the state update: an updater must stay pure (React may run it twice).
          const removed = photos.find((p) => p.key === key);
          if (removed) releasePhoto(removed);
          setPhotos((current) => current.filter((p) => p.key !== key));
        }}
        disabled={upload.state !== null}
      />
      {upload.state && (
        <UploadProgress
          state={upload.state}
          onRetry={() => void upload.retry().then(finish)}
          onSkip={() => void upload.skip().then(finish)}
        />
      )}
      {photos.length > 0 && !upload.state && (
        <Button type="primary" disabled={uploading} onClick={() => void upload.start(access, photos).then(finish)}>
          上传 {photos.length} 张照片
        </Button>
      )}
    </View>
  );
}
