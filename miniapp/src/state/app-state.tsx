/**
 * What every page needs: who is logged in (`GET /api/me`), the branch they are looking at, and
 * whether large text (关怀模式) is on. Loaded by the first page that needs a person, refreshed on demand.
 */
import type { Me } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { createContext, useEffect, useCallback, useContext, useMemo, useState, type PropsWithChildren } from 'react';
import { ensureSession } from '../api/auth';
import { api } from '../api/client';
import type { ApiRequestError } from '../api/errors';
import { loadCareMode, saveCareMode } from './care-mode';
import { routes } from '../api/routes';

const BRANCH_KEY = 'sitebranch.currentBranch';

type Membership = Me['memberships'][number];

export interface AppState {
  me: Me | null;
  loading: boolean;
  error: ApiRequestError | null;
  /** Sent to the login page: nothing to load until the person has logged in. */
  awaitingLogin: boolean;
  /** The membership of the branch on screen, or null for someone in no branch. */
  currentMembership: Membership | null;
  setCurrentBranch(branchId: string): void;
  reload(): Promise<void>;
  careMode: boolean;
  setCareMode(on: boolean): void;
}

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ children }: PropsWithChildren) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [awaitingLogin, setAwaitingLogin] = useState(false);
  const [branchId, setBranchId] = useState<string>(() => Taro.getStorageSync(BRANCH_KEY) || '');
  const [careMode, setCareModeState] = useState(loadCareMode);
  // H5's tab bar is outside every page: the body carries 关怀模式 for it (the weapp tab bar is WeChat's own).
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('sb-care-body', careMode);
  }, [careMode]);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    setAwaitingLogin(false);
    try {
      if (!(await ensureSession())) {
        setAwaitingLogin(true);
        return;
      }
      setMe(await api(routes.getMe, {}, { toast: false }));
    } catch (e) {
      setError(e as ApiRequestError);
    } finally {
      setLoading(false);
    }
  }, []);

  const value = useMemo<AppState>(() => {
    const memberships = me?.memberships ?? [];
    const currentMembership = memberships.find((m) => m.branchId === branchId) ?? memberships[0] ?? null;
    return {
      me,
      loading,
      error,
      awaitingLogin,
      currentMembership,
      setCurrentBranch(id) {
        Taro.setStorageSync(BRANCH_KEY, id);
        setBranchId(id);
      },
      reload,
      careMode,
      setCareMode(on) {
        saveCareMode(on);
        setCareModeState(on);
      },
    };
  }, [me, loading, error, awaitingLogin, branchId, reload, careMode]);

  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState must be used inside AppStateProvider');
  return state;
}
