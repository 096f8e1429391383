import { ComingSoon } from '../../components/coming-soon';

export default function FeedbackPage() {
  return <ComingSoon title="意见反馈即将上线" hint="上线后可以在这里提建议、反映诉求、报告安全隐患，并查看处理进度。" />;
}
