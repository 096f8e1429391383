import { describe, expect, it } from 'vitest';
import { distanceMeters, wgs84ToGcj02 } from './geo';

describe('distanceMeters', () => {
  it('measures short and long distances', () => {
    const tiananmen = { lat: 39.9087, lng: 116.3975 };
    expect(distanceMeters(tiananmen, tiananmen)).toBe(0);
    // 0.001° of latitude is about 111 m everywhere.
    expect(distanceMeters(tiananmen, { lat: 39.9097, lng: 116.3975 })).toBeCloseTo(111.2, 0);
    // Beijing to Shanghai is about 1,067 km.
    expect(distanceMeters(tiananmen, { lat: 31.2304, lng: 121.4737 }) / 1000).toBeCloseTo(1067, -1);
  });
});

describe('wgs84ToGcj02', () => {
  it('shifts points in China by the known offset (a few hundred metres)', () => {
    const gps = { lat: 39.9087, lng: 116.3975 };
    const gcj = wgs84ToGcj02(gps);
    // The widely published pair for this spot: GCJ-02 ≈ (39.91010, 116.40374).
    expect(gcj.lat).toBeCloseTo(39.9101, 3);
    expect(gcj.lng).toBeCloseTo(116.4037, 3);
    expect(distanceMeters(gps, gcj)).toBeGreaterThan(400);
    expect(distanceMeters(gps, gcj)).toBeLessThan(700);
  });

  it('leaves points outside China alone', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
  });
});
