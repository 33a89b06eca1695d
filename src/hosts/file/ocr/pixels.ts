/**
 * Pixels of a scanned page: grey images, and .jpg/.png files wrapped as a one-page PDF so that pdf.js (already used
 * for PDFs, no other decoder needed) decodes them like the image of a scanned PDF.
 */
export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black, 255 = white, rows top to bottom. */
  data: Uint8Array;
  /** Pixels per inch of the printed page (estimated for a photo). */
  dpi: number;
}

/** pdf.js image kinds (ImageKind): 1 = 1 bit grey (bit set = white), 2 = RGB, 3 = RGBA. */
export function greyFromPdfImage(img: {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}): Uint8Array {
  const { width: w, height: h, kind, data } = img;
  const out = new Uint8Array(w * h);
  if (kind === 1) {
    const stride = Math.ceil(w / 8);
    for (let y = 0; y < h; y++) {
      const row = y * stride;
      const o = y * w;
      // Byte by byte: a byte of eight white (or black) pixels, as most of a page is, is filled at once.
      for (let x0 = 0; x0 < w; x0 += 8) {
        const byte = data[row + (x0 >> 3)];
        const n = w - x0 < 8 ? w - x0 : 8; // (no global Math lookup per byte: slow in a vm sandbox)
        if (byte === 0xff || byte === 0) out.fill(byte ? 255 : 0, o + x0, o + x0 + n);
        else for (let k = 0; k < n; k++) out[o + x0 + k] = byte & (0x80 >> k) ? 255 : 0;
      }
    }
  } else {
    const n = kind === 3 ? 4 : 3;
    for (let i = 0, j = 0; i < w * h; i++, j += n) out[i] = (data[j] * 77 + data[j + 1] * 150 + data[j + 2] * 29) >> 8;
  }
  return out;
}

export function isJpeg(b: Uint8Array): boolean {
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

export function isPng(b: Uint8Array): boolean {
  return b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}

/** Width, height, components of a JPEG (its SOF segment) and its EXIF orientation (1 when none). */
function jpegInfo(b: Uint8Array): { width: number; height: number; components: number; orientation: number } | null {
  let i = 2;
  let orientation = 1;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    const len = (b[i + 2] << 8) | b[i + 3];
    if (marker === 0xe1 && String.fromCharCode(...b.subarray(i + 4, i + 8)) === "Exif")
      orientation = exifOrientation(b, i + 10) ?? 1;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: (b[i + 5] << 8) | b[i + 6],
        width: (b[i + 7] << 8) | b[i + 8],
        components: b[i + 9],
        orientation,
      };
    }
    i += 2 + len;
  }
  return null;
}

function exifOrientation(b: Uint8Array, tiff: number): number | null {
  const le = b[tiff] === 0x49;
  const u16 = (o: number) => (le ? b[tiff + o] | (b[tiff + o + 1] << 8) : (b[tiff + o] << 8) | b[tiff + o + 1]);
  const u32 = (o: number) => (le ? u16(o) | (u16(o + 2) << 16) : (u16(o) << 16) | u16(o + 2));
  if (tiff + 8 > b.length) return null;
  const ifd = u32(4);
  const n = u16(ifd);
  for (let k = 0; k < n && tiff + ifd + 14 + k * 12 < b.length; k++) {
    const e = ifd + 2 + k * 12;
    if (u16(e) === 0x0112) return u16(e + 8);
  }
  return null;
}

interface PngInfo {
  width: number;
  height: number;
  colors: number;
  colorSpace: string;
  idat: Uint8Array;
}

function pngInfo(b: Uint8Array): PngInfo | string {
  const u32 = (o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  let i = 8;
  let width = 0;
  let height = 0;
  let type = -1;
  let palette: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  while (i + 8 <= b.length) {
    const len = u32(i);
    const kind = String.fromCharCode(...b.subarray(i + 4, i + 8));
    const body = b.subarray(i + 8, i + 8 + len);
    if (kind === "IHDR") {
      width = u32(i + 8);
      height = u32(i + 12);
      type = body[9];
      if (body[8] !== 8) return "độ sâu màu khác 8 bit";
      if (body[12] !== 0) return "ảnh PNG xen kẽ (interlaced)";
    } else if (kind === "PLTE") palette = body;
    else if (kind === "IDAT") idat.push(body);
    else if (kind === "IEND") break;
    i += 12 + len;
  }
  if (type === 4 || type === 6) return "ảnh PNG có kênh trong suốt";
  const total = idat.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let o = 0;
  for (const c of idat) {
    all.set(c, o);
    o += c.length;
  }
  if (type === 0) return { width, height, colors: 1, colorSpace: "/DeviceGray", idat: all };
  if (type === 2) return { width, height, colors: 3, colorSpace: "/DeviceRGB", idat: all };
  if (type === 3 && palette) {
    const hex = [...palette].map((v) => v.toString(16).padStart(2, "0")).join("");
    return {
      width,
      height,
      colors: 1,
      colorSpace: `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${hex}>]`,
      idat: all,
    };
  }
  return "loại màu PNG không hỗ trợ";
}

/** Pixels per inch of a photo or an image file: as if its longer side were an A4 page's longer side. */
const assumedDpi = (w: number, h: number) => Math.max(w, h) / 11.69;

/** A .jpg/.png as a one-page PDF (the image over the whole page), and its EXIF orientation; or why it cannot be. */
export function imageAsPdf(b: Uint8Array): { pdf: Uint8Array; orientation: number } | string {
  let dict: string;
  let stream: Uint8Array;
  let w: number;
  let h: number;
  let orientation = 1;
  if (isJpeg(b)) {
    const info = jpegInfo(b);
    if (!info) return "tệp JPEG hỏng";
    ({ width: w, height: h, orientation } = info);
    const cs = info.components === 1 ? "/DeviceGray" : info.components === 4 ? "/DeviceCMYK" : "/DeviceRGB";
    dict = `/Width ${w} /Height ${h} /ColorSpace ${cs} /BitsPerComponent 8 /Filter /DCTDecode`;
    stream = b;
  } else if (isPng(b)) {
    const info = pngInfo(b);
    if (typeof info === "string") return info;
    ({ width: w, height: h } = info);
    dict =
      `/Width ${w} /Height ${h} /ColorSpace ${info.colorSpace} /BitsPerComponent 8 /Filter /FlateDecode ` +
      `/DecodeParms << /Predictor 15 /Colors ${info.colors} /BitsPerComponent 8 /Columns ${w} >>`;
    stream = info.idat;
  } else return "không phải ảnh .jpg hay .png";
  if (!w || !h) return "ảnh không có kích thước";
  const k = 72 / assumedDpi(w, h);
  const pw = (w * k).toFixed(2);
  const ph = (h * k).toFixed(2);
  const content = `q ${pw} 0 0 ${ph} 0 0 cm /Im0 Do Q`;
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (p: Uint8Array | string) => {
    const u = typeof p === "string" ? enc.encode(p) : p;
    parts.push(u);
    size += u.length;
  };
  push("%PDF-1.4\n");
  const obj = (body: string, data?: Uint8Array) => {
    offsets.push(size);
    push(`${offsets.length} 0 obj\n${body}`);
    if (data) {
      push("\nstream\n");
      push(data);
      push("\nendstream");
    }
    push("\nendobj\n");
  };
  obj("<< /Type /Catalog /Pages 2 0 R >>");
  obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  obj(
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pw} ${ph}] /Resources << /XObject << /Im0 4 0 R >> >> ` +
      `/Contents 5 0 R >>`,
  );
  obj(`<< /Type /XObject /Subtype /Image ${dict} /Length ${stream.length} >>`, stream);
  obj(`<< /Length ${content.length} >>`, enc.encode(content));
  const xref = size;
  push(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) push(`${String(o).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const pdf = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    pdf.set(p, at);
    at += p.length;
  }
  return { pdf, orientation };
}

/** Turns an image as its EXIF orientation says (3 = 180°, 6 = 90° clockwise, 8 = 90° anticlockwise). */
export function orient(img: GreyImage, orientation: number): GreyImage {
  if (orientation !== 3 && orientation !== 6 && orientation !== 8) return img;
  const { width: w, height: h, data } = img;
  if (orientation === 3) return { ...img, data: data.slice().reverse() };
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x];
      if (orientation === 6) out[x * h + (h - 1 - y)] = v;
      else out[(w - 1 - x) * h + y] = v;
    }
  return { width: h, height: w, data: out, dpi: img.dpi };
}
