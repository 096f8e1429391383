import type { Period } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../api/errors';
import { openDocument } from '../api/upload';
import { Button } from '../components/ui';
import { routes } from '../api/routes';

/**
 * 导出台账: the branch's ledger for a period as an Excel file, in one tap — opened in WeChat's
 * document viewer (to forward or save) on the phone, saved as a file on a computer.
 */
export function LedgerButton({
  branchId,
  branchName,
  period,
  label,
}: {
  branchId: string;
  branchName: string;
  period: Period;
  label: string;
}) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await openDocument(
        routes.getLedger,
        { params: { id: branchId }, query: { from: period.key, to: period.key } },
        `${branchName}台账（${period.label}）.xlsx`,
      );
      if (process.env.TARO_ENV === 'h5') void Taro.showToast({ title: '台账已下载', icon: 'success' });
    } catch (e) {
      void Taro.showToast({ title: (e as ApiRequestError).message || '台账导出失败，请稍后再试', icon: 'none', duration: 2500 });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button type="primary" fill="outline" loading={busy} disabled={busy} onClick={() => void download()}>
      {busy ? '正在生成台账…' : label}
    </Button>
  );
}
