import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageShell } from '../../components/page-shell';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { holdReceipt } from '../../feedback/held-receipt';
import { normalizeReceipt, receiptError } from '../../feedback/receipt-code';
import { openPage, PAGES } from '../../nav';

/** 凭回执码查询: anonymous feedback is found again only by its receipt code. */
export default function FeedbackReceiptPage() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();

  function look() {
    const problem = receiptError(code);
    setError(problem);
    if (problem) return;
    holdReceipt(normalizeReceipt(code));
    openPage(`${PAGES.feedbackDetail}?via=receipt`);
  }

  return (
    <PageShell requireLogin={false}>
      <View className="sb-card">
        <Text className="sb-muted">匿名提交反馈时会得到一个回执码。输入回执码，查看处理进展，回复或评价。</Text>
      </View>
      <TextField
        id="receipt-code"
        label="回执码"
        value={code}
        maxlength={40}
        placeholder="如：AB12 CD34 EF56"
        onChange={setCode}
        error={error}
      />
      <View className="sb-actions">
        <Button type="primary" onClick={look}>
          查询进展
        </Button>
      </View>
    </PageShell>
  );
}
