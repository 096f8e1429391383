import { ComingSoon } from '../../components/coming-soon';

export default function ContestPage() {
  return <ComingSoon title="党建知识竞赛即将上线" hint="竞赛和每日一练上线后会显示在这里。" />;
}
