/**
 * 下载导入模板: in WeChat opened in its viewer, whose menu can forward it to a computer to fill in;
 * on H5 saved as a file. Through the request module, like every call.
 */
import type { Route } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { openDocument } from '../../api/upload';
import { Button } from '../../components/ui';

export function TemplateButton({ endpoint, fileName }: { endpoint: Route; fileName: string }) {
  const [opening, setOpening] = useState(false);

  async function open() {
    setOpening(true);
    try {
      await openDocument(endpoint, {}, fileName);
    } catch (e) {
      void Taro.showToast({ title: (e as Error).message || '模板打开失败，请重试', icon: 'none' });
    } finally {
      setOpening(false);
    }
  }

  return (
    <Button type="default" loading={opening} disabled={opening} onClick={() => void open()}>
      下载导入模板
    </Button>
  );
}
