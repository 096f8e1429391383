/**
 * Which events check the location, remembered from the last event lists the phone saw, so that a
 * scan made with no signal knows whether to read the location then (the upload cannot come back
 * to ask). An event the phone has never seen counts as fenced: better to ask once too often.
 */
import type { QueryOf } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { routes } from '../api/routes';

const KEY = 'sitebranch.fencedEvents';
/** Enough for every event a person meets in a few weeks. */
const MAX_KEPT = 200;

type Known = Record<string, boolean>;

function known(): Known {
  const stored = Taro.getStorageSync(KEY) as Known | '';
  return stored && typeof stored === 'object' ? stored : {};
}

export function rememberFences(events: { id: string; geofenced: boolean }[]): void {
  const merged = { ...known(), ...Object.fromEntries(events.map((e) => [e.id, e.geofenced])) };
  const kept = Object.entries(merged).slice(-MAX_KEPT);
  Taro.setStorageSync(KEY, Object.fromEntries(kept));
}

export function mayBeFenced(eventId: string): boolean {
  return known()[eventId] !== false;
}

/** A branch's events, remembering which check the location (for scans made offline later). */
export async function loadBranchEvents(branchId: string, query: QueryOf<typeof routes.listEvents> = {}) {
  const loaded = await api(routes.listEvents, { params: { id: branchId }, query }, { toast: false });
  rememberFences(loaded.events);
  return loaded;
}
