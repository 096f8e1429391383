import { Image } from '@tarojs/components';
import { useMemo } from 'react';
import { renderSVG } from 'uqr';
import { useInnerAttribute } from './inner-attribute';

export interface QrCodeProps {
  id: string;
  /** What the code carries: an app link, so WeChat's own scanner can open it too. */
  text: string;
  /** Read out by screen readers in place of the picture. */
  label: string;
  /** Side in the 750-wide design unit. */
  size?: number;
}

/** A QR code drawn on the phone itself (no network needed), as an SVG image. */
export function QrCode({ id, text, label, size = 400 }: QrCodeProps) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: 'M', border: 2 }))}`, [text]);
  useInnerAttribute(id, 'img', 'alt', label);
  return <Image id={id} className="sb-qr" src={src} style={{ width: `${size / 2}px`, height: `${size / 2}px` }} />;
}
