import { ComingSoon } from '../../components/coming-soon';

export default function CheckinPage() {
  return <ComingSoon title="扫码签到即将上线" hint="组织者发布活动后，在会场扫描签到二维码即可签到；没有信号时也能先记下，来网后自动上传。" />;
}
