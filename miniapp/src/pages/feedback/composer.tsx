import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { clearFeedbackDraft, loadFeedbackDraft, saveFeedbackDraft } from '../../feedback/draft';
import { holdReceipt } from '../../feedback/held-receipt';
import { emptyFeedbackForm, toSubmitBody, validateFeedback, type FeedbackFormErrors } from '../../feedback/form';
import { releasePhoto, type PickedPhoto } from '../../feedback/pick-photos';
import { usePhotoUpload } from '../../feedback/use-photo-upload';
import { openPage, PAGES } from '../../nav';
import { FormView } from './form-view';
import { Submitted, type SubmitResult } from './submitted';
import { routes } from '../../api/routes';
import { askToNotify } from '../../notices/subscribe';

/** Where to follow it up: by id, or for anonymous feedback by the receipt held in memory (never in the URL). */
function openDetail(result: SubmitResult) {
  if (result.receipt) holdReceipt(result.receipt);
  openPage(result.receipt ? `${PAGES.feedbackDetail}?via=receipt` : `${PAGES.feedbackDetail}?id=${result.id}`);
}

/**
 * Writing and sending feedback to a branch. The feedback is sent first, then its photos one by
 * one: a photo that fails leaves the feedback in place, with 重试上传. What is being written is
 * kept on the phone until it is sent (see `feedback/draft`); photos are picked again.
 */
export function Composer({ branchId, regionHasDisciplineContact }: { branchId: string; regionHasDisciplineContact: boolean }) {
  const [form, setForm] = useState(() => loadFeedbackDraft(branchId) ?? emptyFeedbackForm());
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [errors, setErrors] = useState<FeedbackFormErrors>({});
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<{ result: SubmitResult; photos: PickedPhoto[] } | null>(null);
  const upload = usePhotoUpload();
  useEffect(() => saveFeedbackDraft(branchId, form), [branchId, form]);

  function reset(sentPhotos: PickedPhoto[]) {
    sentPhotos.forEach(releasePhoto);
    setSent(null);
    upload.reset();
  }

  /** A named submit goes straight to its detail once its photos are up; an anonymous one stays for the receipt. */
  function afterUpload(result: SubmitResult, sentPhotos: PickedPhoto[], allUp: boolean) {
    if (!allUp || result.receipt) return;
    reset(sentPhotos);
    openDetail(result);
  }

  async function submit() {
    const found = validateFeedback(form);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0 || !form.category) return;
    setSending(true);
    let result: SubmitResult;
    try {
      result = await api(
        routes.submitFeedback,
        { params: { id: branchId }, body: toSubmitBody({ ...form, category: form.category }, regionHasDisciplineContact) },
        { toast: false },
      );
    } catch (e) {
      const failure = e as ApiRequestError;
      const fields = failure.fields ?? {};
      setErrors({ category: fields.category, text: fields.text, place: fields.place, routeTo: fields.routeTo });
      setFormError(failure.message);
      return;
    } finally {
      setSending(false);
    }
    const taken = photos;
    // Named feedback can be followed by notices: the moment to ask WeChat for consent (weapp).
    if (!result.receipt) void askToNotify('feedback');
    clearFeedbackDraft(branchId);
    setSent({ result, photos: taken });
    setForm(emptyFeedbackForm());
    setPhotos([]);
    setErrors({});
    const allUp = taken.length ? await upload.start({ id: result.id, receipt: result.receipt }, taken) : true;
    afterUpload(result, taken, allUp);
  }

  if (sent) {
    return (
      <Submitted
        result={sent.result}
        upload={upload.state}
        onRetry={() => void upload.retry().then((ok) => afterUpload(sent.result, sent.photos, ok))}
        onSkip={() => void upload.skip().then((ok) => afterUpload(sent.result, sent.photos, ok))}
        onOpen={() => {
          reset(sent.photos);
          openDetail(sent.result);
        }}
        onDone={() => reset(sent.photos)}
      />
    );
  }
  return (
    <FormView
      form={form}
      regionHasDisciplineContact={regionHasDisciplineContact}
      onForm={setForm}
      photos={photos}
      onAddPhotos={(added) => setPhotos((current) => [...current, ...added])}
      onRemovePhoto={(key) =>
        setPhotos((current) => {
          const gone = current.find((p) => p.key === key);
          if (gone) releasePhoto(gone);
          return current.filter((p) => p.key !== key);
        })
      }
      errors={errors}
      formError={formError}
      sending={sending}
      onSubmit={() => void submit()}
    />
  );
}
