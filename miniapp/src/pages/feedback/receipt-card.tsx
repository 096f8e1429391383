import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/ui';
import { groupReceipt } from '../../feedback/receipt-code';

/** The receipt of anonymous feedback, shown this once: the only way back to it. */
export function ReceiptCard({ receipt }: { receipt: string }) {
  async function copy() {
    try {
      await Taro.setClipboardData({ data: receipt });
      void Taro.showToast({ title: '回执码已复制', icon: 'success' });
    } catch {
      void Taro.showToast({ title: '复制失败，请把回执码抄下来', icon: 'none' });
    }
  }

  return (
    <View className="feedback-receipt" role="group" aria-label="回执码">
      <Text className="feedback-receipt__label">您的回执码</Text>
      <Text id="feedback-receipt-code" className="feedback-receipt__code" selectable>
        {groupReceipt(receipt)}
      </Text>
      <Text className="feedback-receipt__warning">回执码只显示这一次，离开后不会再显示。请复制或抄下保存，凭它查看进展、回复和评价。</Text>
      <Button type="primary" onClick={() => void copy()}>
        复制回执码
      </Button>
    </View>
  );
}
