import { Text, View } from '@tarojs/components';
import { Button } from '../components/ui';
import { uploadLabel, uploadPercent, type UploadState } from './upload-state';
import './feedback.css';

/** The photos going up one by one, as a bar and in words; on failure, 重试上传 or 跳过这张. */
export function UploadProgress({ state, onRetry, onSkip }: { state: UploadState; onRetry(): void; onSkip(): void }) {
  const percent = uploadPercent(state);
  return (
    <View className="fb-upload">
      <Text className={state.error ? 'fb-upload__label fb-upload__label--error' : 'fb-upload__label'} aria-live="polite">
        {uploadLabel(state)}
      </Text>
      <View
        className="fb-upload__bar"
        role="progressbar"
        aria-label="照片上传进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <View className="fb-upload__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="sb-muted">已完成 {percent}%</Text>
      {state.error && (
        <View className="fb-upload__actions">
          {!state.refused && (
            <Button type="primary" onClick={onRetry}>
              重试上传
            </Button>
          )}
          <Button type="default" onClick={onSkip}>
            跳过这张
          </Button>
        </View>
      )}
    </View>
  );
}
