import { TextError } from "../../core/text/message";

/** Clear Vietnamese messages (and their English) for files that cannot be read; nothing is ever changed. */
export class FileProblem extends TextError {
  constructor(
    public readonly code:
      | "empty"
      | "corrupt"
      | "encrypted"
      | "legacy-doc"
      | "legacy-xls"
      | "legacy"
      | "unsupported"
      | "no-table"
      | "scanned"
      | "too-large"
      | "encoding",
    message: string,
    public readonly messageEn: string,
    /** For "too-large": the limit passed, so the message can be said again for a paste (no file). */
    public readonly limit?: { what: string; limit: string; whatEn: string },
  ) {
    super({ vi: message, en: messageEn });
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  );
}

/**
 * "EncryptedPackage" in UTF-16LE inside an OLE file = a password-protected .xlsx/.docx. The stream's directory
 * entry sits wherever the writer put it — after the encrypted data in a large file — so the whole file is searched
 * (a native indexOf for the first byte, then a compare: linear).
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = "EncryptedPackage";
  const first = needle.charCodeAt(0);
  const end = bytes.length - needle.length * 2;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= end; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < needle.length; k++)
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

export function classifyUnreadable(bytes: Uint8Array, name: string): FileProblem | null {
  const ext = name.toLowerCase().replace(/^.*\./, "");
  if (bytes.length === 0) return new FileProblem("empty", `Tệp "${name}" trống (0 byte).`, `"${name}" is empty.`);
  if (isOle(bytes)) {
    if (isEncryptedOoxml(bytes))
      return new FileProblem(
        "encrypted",
        `Tệp "${name}" có mật khẩu. Hãy mở bằng Excel/Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ) rồi lưu lại.`,
        `"${name}" is password-protected: remove the password in Office and save again.`,
      );
    if (ext === "doc")
      return new FileProblem(
        "legacy-doc",
        `Tệp "${name}" là định dạng Word 97-2003 (.doc). Hãy mở bằng Word và Lưu thành (Save As) .docx.`,
        `"${name}" is a legacy Word 97-2003 file: save it as .docx.`,
      );
    if (ext === "xls")
      return new FileProblem(
        "legacy-xls",
        `Tệp "${name}" là định dạng Excel 97-2003 (.xls). Hãy mở bằng Excel và Lưu thành (Save As) .xlsx.`,
        `"${name}" is a legacy Excel 97-2003 file: save it as .xlsx.`,
      );
    return new FileProblem(
      "legacy",
      `Tệp "${name}" là định dạng Office cũ (97-2003). Hãy lưu lại thành .docx hoặc .xlsx.`,
      `"${name}" is a legacy Office file: save it as .docx or .xlsx.`,
    );
  }
  return null;
}
