/**
 * Saves an attempt's answers one by one as the person chooses, so nothing is lost to an app
 * restart or a dropped network: answers not yet saved are kept in storage and sent again every
 * few seconds until the server has them (or says the time is up).
 */
import Taro, { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { routes } from '../../api/routes';

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'closed';

const RETRY_MS = 3000;
const storageKey = (attemptId: string) => `sitebranch.attemptPending.${attemptId}`;

function loadPending(attemptId: string): Record<string, string> {
  const stored = Taro.getStorageSync(storageKey(attemptId)) as Record<string, string> | '';
  return stored || {};
}

export function useAnswerSaver(attemptId: string, saved: Record<string, string>) {
  const pending = useRef<Record<string, string>>(loadPending(attemptId));
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...saved, ...pending.current }));
  const [status, setStatus] = useState<SaveStatus>(Object.keys(pending.current).length ? 'retrying' : 'saved');
  const background = useRef(0);
  const sending = useRef(false);

  // Going to the background during an attempt is counted for the organizers (see analysis).
  useDidHide(() => {
    background.current += 1;
  });

  const persist = useCallback(() => Taro.setStorageSync(storageKey(attemptId), pending.current), [attemptId]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (sending.current) return false;
    sending.current = true;
    try {
      for (const [questionId, answer] of Object.entries(pending.current)) {
        setStatus('saving');
        await api(
          routes.saveAnswer,
          { params: { id: attemptId, questionId }, body: { answer, backgroundCount: background.current } },
          { toast: false },
        );
        // Only forget it if it was not changed again while sending.
        if (pending.current[questionId] === answer) delete pending.current[questionId];
        persist();
      }
      setStatus('saved');
      return true;
    } catch (e) {
      const error = e as ApiRequestError;
      if (error.code === 'attempt_closed') {
        setStatus('closed');
        return false;
      }
      setStatus('retrying');
      return false;
    } finally {
      sending.current = false;
    }
  }, [attemptId, persist]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (Object.keys(pending.current).length) void flush();
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [flush]);

  const choose = useCallback(
    (questionId: string, answer: string) => {
      setAnswers((current) => ({ ...current, [questionId]: answer }));
      pending.current[questionId] = answer;
      persist();
      void flush();
    },
    [flush, persist],
  );

  const forget = () => Taro.removeStorageSync(storageKey(attemptId));

  return {
    answers,
    status,
    choose,
    flush,
    backgroundCount: () => background.current,
    forget,
    hasPending: () => Object.keys(pending.current).length > 0,
  };
}
