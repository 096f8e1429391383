import { View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { FeedbackRow } from '../../feedback/feedback-row';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import './index.css';
import { routes } from '../../api/routes';

function MyList() {
  const loaded = useRequest(() => api(routes.myFeedback, {}, { toast: false }), []);
  // Back from a detail where something changed (a reply, a rating): show it.
  useDidShow(() => void (loaded.data && loaded.reload()));
  usePullDownRefresh(() => void loaded.reload().finally(() => stopPullDownRefresh()));
  const list = loaded.data?.feedback;
  return (
    <StateView
      loading={loaded.loading && !list}
      error={list ? null : loaded.error}
      onRetry={() => void loaded.reload()}
      empty={list?.length === 0}
      emptyTitle="还没有实名提交的反馈"
      emptyHint="匿名提交的反馈不在这里，请凭回执码查询。"
      emptyAction={
        <Button type="primary" fill="outline" onClick={() => openPage(PAGES.feedbackReceipt)}>
          凭回执码查询
        </Button>
      }
    >
      <View className="sb-card my-feedback__list">
        {list?.map((item) => (
          <FeedbackRow key={item.id} item={item} onOpen={() => openPage(`${PAGES.feedbackDetail}?id=${item.id}`)} />
        ))}
      </View>
    </StateView>
  );
}

/** 我的反馈: what I sent under my name, where each stands, and its deadline. */
export default function MyFeedbackPage() {
  return (
    <PageShell>
      <MyList />
    </PageShell>
  );
}
