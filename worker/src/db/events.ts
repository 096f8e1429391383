import type { BranchEvent } from '@sitebranch/shared';
import { events } from './schema';

/** The columns of an event that clients see (the geofence is put together by `toEvent`). */
export const eventColumns = {
  id: events.id,
  branchId: events.branchId,
  kind: events.kind,
  title: events.title,
  description: events.description,
  placeName: events.placeName,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  signinOpensAt: events.signinOpensAt,
  signinClosesAt: events.signinClosesAt,
  lateAfterMinutes: events.lateAfterMinutes,
  audience: events.audience,
  geoLat: events.geoLat,
  geoLng: events.geoLng,
  geoRadiusM: events.geoRadiusM,
  status: events.status,
  checkinCount: events.checkinCount,
  createdAt: events.createdAt,
};

type EventRow = Omit<BranchEvent, 'geofence'> & { geoLat: number | null; geoLng: number | null; geoRadiusM: number | null };

export function toEvent({ geoLat, geoLng, geoRadiusM, ...rest }: EventRow): BranchEvent {
  const geofence = geoLat !== null && geoLng !== null && geoRadiusM !== null ? { lat: geoLat, lng: geoLng, radiusM: geoRadiusM } : null;
  return { ...rest, geofence };
}
