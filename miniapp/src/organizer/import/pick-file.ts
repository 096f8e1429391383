/** Getting a spreadsheet from the person: a chat file on weapp (sent from the office computer), a file input on H5. */
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
