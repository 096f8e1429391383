/** Getting a spreadsheet in and the template out, on the mini program (H5 uses a file input and a link). */
import { endpoints } from '@sitebranch/shared';
import Taro from '@tarojs/taro';

export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Picking from a chat is how a file gets onto a phone in WeChat: sent from the office computer. */
export async function pickChatFile(): Promise<PickedFile | null> {
  let file: { name: string; path: string } | undefined;
  try {
    const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
    file = chosen.tempFiles[0];
  } catch (error) {
    if (String((error as { errMsg?: string }).errMsg).includes('cancel')) return null;
    throw new Error('没能打开聊天文件，请重试');
  }
  if (!file) return null;
  const { name, path } = file;
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: path,
      success: (res) => (typeof res.data === 'string' ? reject(new Error('文件读取失败，请重试')) : resolve(res.data)),
      fail: () => reject(new Error('文件读取失败，请重试')),
    });
  });
  return { name, bytes };
}

/** Opens the template in WeChat's viewer, whose menu can forward it to a computer to fill in. */
export async function openTemplate(): Promise<void> {
  const { statusCode, tempFilePath } = await Taro.downloadFile({ url: SITEBRANCH_API_BASE + endpoints.importTemplate.path });
  if (statusCode !== 200) throw new Error('模板下载失败，请稍后再试');
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
}
