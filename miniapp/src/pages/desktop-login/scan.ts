import { desktopLoginPath, ticketIdFrom } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { openPage } from '../../nav';

/** 扫一扫 for a computer's login code (the mini program's camera), then its confirmation page. */
export async function scanDesktopCode(options: { replace?: boolean } = {}): Promise<void> {
  let result: string;
  try {
    ({ result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }));
  } catch {
    return; // The person closed the scanner.
  }
  const ticketId = ticketIdFrom(result);
  if (!ticketId) {
    void Taro.showToast({ title: '这不是电脑登录二维码', icon: 'none' });
    return;
  }
  openPage(desktopLoginPath(ticketId), options);
}
