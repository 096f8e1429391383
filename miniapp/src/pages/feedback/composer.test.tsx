import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { ApiRequestError } from '../../api/errors';
import { photosFromFiles } from '../../feedback/pick-photos';
import { uploadFeedbackPhoto } from '../../feedback/receipt-api';
import { openPage } from '../../nav';
import { Composer } from './composer';

vi.mock('../../api/client', () => ({ api: vi.fn() }));
vi.mock('../../nav', () => ({ openPage: vi.fn(), PAGES: { feedbackDetail: '/pages/feedback-detail/index' } }));
vi.mock('../../feedback/receipt-api', () => ({ uploadFeedbackPhoto: vi.fn() }));
vi.mock('../../feedback/pick-photos', () => ({ photosFromFiles: vi.fn(), releasePhoto: vi.fn(), leftOutMessage: () => null }));
const apiMock = vi.mocked(api);
const uploadMock = vi.mocked(uploadFeedbackPhoto);

const DUE = Date.UTC(2026, 10, 24, 15, 59);
/** Taro's Input wraps a React-driven <input>; its Textarea is a web component that emits `detail`. */
function typeInto(id: string, value: string) {
  const host = document.getElementById(id)!;
  const input = host.tagName === 'INPUT' ? host : host.querySelector('input');
  if (input) fireEvent.input(input, { target: { value } });
  else act(() => void host.dispatchEvent(new CustomEvent('input', { detail: { value } })));
}
const anonymous = () => screen.getByRole('switch', { name: '匿名提交' });

async function addPhotos(n: number) {
  const photos = Array.from({ length: n }, (_, i) => ({ key: `p${i}`, bytes: new ArrayBuffer(10), preview: `blob:p${i}` }));
  vi.mocked(photosFromFiles).mockResolvedValue({ photos, refused: 0, overLimit: 0 });
  const input = document.getElementById('feedback-photo-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: photos.map((p) => new File(['x'], `${p.key}.jpg`, { type: 'image/jpeg' })) } });
  await screen.findByRole('button', { name: `删除第 ${n} 张照片` });
}

describe('the feedback composer', () => {
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
    localStorage.clear();
  });

  it('says what is missing without sending, and counts the text as it is typed', async () => {
    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await screen.findByText('请选择反馈类别');
    screen.getByText('反馈内容至少 5 个字');
    expect(apiMock).not.toHaveBeenCalled();
    typeInto('feedback-text', '脚手架');
    screen.getByText('已输入 3/2000 字（至少 5 个字）');
  });

  it('turns 匿名 on for 廉政监督 until the person sets it', () => {
    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    expect(anonymous().getAttribute('aria-checked')).toBe('false');
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    expect(anonymous().getAttribute('aria-checked')).toBe('true');
    fireEvent.click(anonymous());
    fireEvent.click(screen.getByRole('radio', { name: '建议' }));
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    expect(anonymous().getAttribute('aria-checked')).toBe('false');
  });

  it('shows the receipt once after an anonymous submit, and keeps the feedback when a photo fails', async () => {
    render(<Composer branchId="b001" regionHasDisciplineContact />);
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    // Anonymous: past the branch, to the region's discipline contact.
    expect(screen.getByRole('radio', { name: '区域纪检联系人（不经过本支部）' }).getAttribute('aria-checked')).toBe('true');
    screen.getByText(/本支部的书记、纪检委员和支委都看不到/);
    typeInto('feedback-text', '材料验收走过场，签字的人没到现场');
    await addPhotos(2);
    apiMock.mockResolvedValue({ id: 'fb01', receipt: 'AB12CD34EF56', status: 'submitted', acceptDueAt: DUE, resolveDueAt: DUE } as never);
    uploadMock.mockResolvedValueOnce({} as never).mockRejectedValueOnce(new ApiRequestError(0, 'network', '网络不给力，请检查网络后重试'));
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));

    await screen.findByText('AB12 CD34 EF56');
    expect(apiMock.mock.calls[0]![1]).toEqual({
      params: { id: 'b001' },
      body: {
        category: 'integrity',
        text: '材料验收走过场，签字的人没到现场',
        anonymous: true,
        clientRef: expect.stringMatching(/^[0-9A-Za-z]{24}$/),
        routeTo: 'region',
      },
    });
    screen.getByRole('button', { name: '复制回执码' });
    screen.getByText(/回执码只显示这一次/);
    await screen.findByText('第 2/2 张上传失败：网络不给力，请检查网络后重试');
    expect(uploadMock.mock.calls[0]![0]).toEqual({ id: 'fb01', receipt: 'AB12CD34EF56' });

    uploadMock.mockResolvedValueOnce({} as never);
    fireEvent.click(screen.getByRole('button', { name: '重试上传' }));
    await screen.findByText('照片已全部上传');
    expect(uploadMock).toHaveBeenCalledTimes(3);
    expect(openPage).not.toHaveBeenCalled();
  });

  it('lets a 廉政监督 report stay in the branch, or says that the region has no contact yet', async () => {
    const first = render(<Composer branchId="b001" regionHasDisciplineContact />);
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    fireEvent.click(screen.getByRole('radio', { name: '本支部书记和纪检委员' }));
    screen.getByText(/只有书记和纪检委员能看到。反映的是支部或项目部人员时/);
    typeInto('feedback-text', '食堂采购价格明显偏高');
    apiMock.mockResolvedValue({
      id: 'fb03',
      receipt: 'AB12CD34EF56',
      status: 'submitted',
      routedTo: 'branch',
      acceptDueAt: DUE,
      resolveDueAt: DUE,
    } as never);
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await screen.findByText('AB12 CD34 EF56');
    expect(apiMock.mock.calls[0]![1]!.body).toMatchObject({ category: 'integrity', anonymous: true, routeTo: 'branch' });
    first.unmount();

    render(<Composer branchId="b002" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    expect(screen.queryByRole('radio', { name: '区域纪检联系人（不经过本支部）' })).toBeNull();
    screen.getByText(/本区域还没有指定纪检联系人，暂时不能越过支部报送/);
  });

  it('opens the detail after a named submit', async () => {
    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('radio', { name: '安全隐患' }));
    typeInto('feedback-text', '三号楼东侧脚手架松动');
    typeInto('feedback-place', '3号楼');
    apiMock.mockResolvedValue({ id: 'fb02', receipt: null, status: 'submitted', acceptDueAt: DUE, resolveDueAt: DUE } as never);
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledWith('/pages/feedback-detail/index?id=fb02'));
    expect(apiMock.mock.calls[0]![1]!.body).toEqual({
      category: 'hazard',
      text: '三号楼东侧脚手架松动',
      place: '3号楼',
      anonymous: false,
      clientRef: expect.any(String),
    });
  });

  it('shows the server’s message when the submit is refused', async () => {
    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('radio', { name: '表扬' }));
    typeInto('feedback-text', '王师傅主动清理了通道');
    apiMock.mockRejectedValue(new ApiRequestError(403, 'forbidden', '您不是该支部的成员'));
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await screen.findByText('您不是该支部的成员');
  });

  it('keeps what is being written when the app is closed, with the same id, and forgets it once sent', async () => {
    const first = render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('radio', { name: '诉求' }));
    typeInto('feedback-text', '宿舍区晚上没有路灯');
    typeInto('feedback-place', '宿舍区');
    // The answer to the first send is lost: the person closes the app and opens it again.
    apiMock.mockRejectedValueOnce(new ApiRequestError(0, 'network', '网络不给力，请检查网络后重试'));
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await screen.findByText('网络不给力，请检查网络后重试');
    const firstRef = (apiMock.mock.calls[0]![1]!.body as { clientRef: string }).clientRef;
    first.unmount();

    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    expect(screen.getByRole('radio', { name: '诉求' }).getAttribute('aria-checked')).toBe('true');
    apiMock.mockResolvedValue({ id: 'fb03', receipt: null, status: 'submitted', acceptDueAt: DUE, resolveDueAt: DUE } as never);
    fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledWith('/pages/feedback-detail/index?id=fb03'));
    expect(apiMock.mock.calls[1]![1]!.body).toEqual({
      category: 'request',
      text: '宿舍区晚上没有路灯',
      place: '宿舍区',
      anonymous: false,
      clientRef: firstRef,
    });
    expect(localStorage.length).toBe(0);
  });

  it('does not keep an anonymous report on the phone', () => {
    const first = render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    fireEvent.click(screen.getByRole('radio', { name: '廉政监督' }));
    typeInto('feedback-text', '有人虚报工时');
    expect(localStorage.length).toBe(0);
    first.unmount();
    render(<Composer branchId="b001" regionHasDisciplineContact={false} />);
    expect(screen.getByRole('radio', { name: '廉政监督' }).getAttribute('aria-checked')).toBe('false');
  });
});
