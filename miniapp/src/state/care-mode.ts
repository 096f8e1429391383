import Taro from '@tarojs/taro';

const CARE_KEY = 'sitebranch.careMode';

/** True when the phone's own font setting is larger than normal. */
function systemPrefersLargeText(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const rootSize = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sb-system-font') || '16');
      return rootSize > 17;
    }
    const { fontSizeSetting } = Taro.getSystemInfoSync() as { fontSizeSetting?: number };
    return (fontSizeSetting ?? 16) > 17;
  } catch {
    return false;
  }
}

/** 关怀模式: the person's own choice if they made one, else what the system font size suggests. */
export function loadCareMode(): boolean {
  const stored = Taro.getStorageSync(CARE_KEY) as boolean | '';
  return stored === '' ? systemPrefersLargeText() : stored;
}

export function saveCareMode(on: boolean): void {
  Taro.setStorageSync(CARE_KEY, on);
}
