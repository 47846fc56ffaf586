import { encode } from "uqr";

/** A QR code as one SVG path: `size` modules square (quiet zone included), each dark module a 1×1 square. */
export interface QrPicture {
  size: number;
  path: string;
}

/** Modules of light margin around the code, as the QR standard asks so that phone cameras find it. */
const QUIET_ZONE = 4;

/**
 * The authenticator's `otpauth://` address as a QR picture, drawn by the page as inline SVG (no script, no image
 * request, so the CSP needs nothing new). Error correction M: the address is short, the code stays small.
 */
export function totpQr(otpauthUri: string): QrPicture {
  const qr = encode(otpauthUri, { ecc: "M", border: 0 });
  const parts: string[] = [];
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }),
  );
  return { size: qr.size + 2 * QUIET_ZONE, path: parts.join("") };
}
