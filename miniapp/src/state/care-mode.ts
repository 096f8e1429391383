import Taro from '@tarojs/taro';

const CARE_KEY = 'sitebranch.careMode';

/** True when the phone's own font setting is larger than normal. */
function systemPrefersLargeText(): boolean {
  try {
    if (process.env.TARO_ENV === 'h5') {
      // Taro sets the root font size itself, so ask for the browser's own default ("medium").
      const probe = document.createElement('div');
      probe.style.fontSize = 'medium';
      document.body.appendChild(probe);
      const size = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return size > 17;
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
