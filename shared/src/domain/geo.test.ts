import { describe, expect, it } from 'vitest';
import { fenceDistanceMeters, wgs84ToGcj02 } from './geo';

describe('fenceDistanceMeters', () => {
  it('measures a site’s distances: north and east at the person’s latitude', () => {
    const tiananmen = { lat: 39.9087, lng: 116.3975 };
    expect(fenceDistanceMeters(tiananmen, tiananmen)).toBe(0);
    // 0.001° of latitude is about 111 m everywhere; of longitude, at 39.9° N, about 85 m.
    expect(fenceDistanceMeters({ lat: 39.9097, lng: 116.3975 }, tiananmen)).toBeCloseTo(111.3, 1);
    expect(fenceDistanceMeters({ lat: 39.9087, lng: 116.3985 }, tiananmen)).toBeCloseTo(85.4, 1);
    // Three-four-five: 300 m north and 400 m east are 500 m.
    const northEast = { lat: 39.9087 + 300 / 111_320, lng: 116.3975 + 400 / (111_320 * Math.cos((39.9087 * Math.PI) / 180)) };
    expect(fenceDistanceMeters(northEast, { lat: 39.9087, lng: 116.3975 + 0 })).toBeCloseTo(500, 0);
  });
});

describe('wgs84ToGcj02', () => {
  it('shifts points in China by the known offset (a few hundred metres)', () => {
    const gps = { lat: 39.9087, lng: 116.3975 };
    const gcj = wgs84ToGcj02(gps);
    // The widely published pair for this spot: GCJ-02 ≈ (39.91010, 116.40374).
    expect(gcj.lat).toBeCloseTo(39.9101, 3);
    expect(gcj.lng).toBeCloseTo(116.4037, 3);
    expect(fenceDistanceMeters(gcj, gps)).toBeGreaterThan(400);
    expect(fenceDistanceMeters(gcj, gps)).toBeLessThan(700);
  });

  it('leaves points outside China alone', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
  });
});
