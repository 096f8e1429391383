/**
 * Distances and China's map coordinates. WeChat's `getLocation({ type: 'gcj02' })` and Chinese
 * maps use GCJ-02; browsers give WGS-84, which must be shifted before comparing with a geofence.
 */

const rad = (deg: number) => (deg * Math.PI) / 180;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Metres per degree of latitude, and of longitude at the equator: the geofence's flat-earth scale. */
export const METRES_PER_DEGREE = 111_320;

/** The cosine of a latitude: how much shorter a degree of longitude is there. */
export function longitudeScale(lat: number): number {
  return Math.cos(rad(lat));
}

/**
 * The geofence's one distance rule: flat earth at the person's latitude. The check-in's SQL computes
 * the same (squared, with `METRES_PER_DEGREE` and `longitudeScale` bound in), and the refusal quotes
 * it, so both agree at the fence's edge. Within a site's few hundred metres it is off the great circle
 * by far less than a phone's GPS error.
 */
export function fenceDistanceMeters(person: LatLng, centre: LatLng): number {
  const north = (person.lat - centre.lat) * METRES_PER_DEGREE;
  const east = (person.lng - centre.lng) * METRES_PER_DEGREE * longitudeScale(person.lat);
  return Math.sqrt(north * north + east * east);
}

/** GCJ-02 applies only inside mainland China (the usual rough bounding box). */
export function isInChina({ lat, lng }: LatLng): boolean {
  return lng > 72.004 && lng < 137.8347 && lat > 0.8293 && lat < 55.8271;
}

/** The Krasovsky 1940 ellipsoid's semi-major axis (m) and first eccentricity squared. */
const A = 6378245.0;
// Usually published as 0.00669342162296594323, a double keeps no more digits than these: the same number.
const EE = 0.006693421622965943;

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 (GPS, browsers) → GCJ-02 (WeChat, Chinese maps). Unchanged outside China. */
export function wgs84ToGcj02(point: LatLng): LatLng {
  if (!isInChina(point)) return point;
  const { lat, lng } = point;
  let dLat = transformLat(lng - 105, lat - 35);
  let dLng = transformLng(lng - 105, lat - 35);
  const radLat = rad(lat);
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lng: lng + dLng };
}
