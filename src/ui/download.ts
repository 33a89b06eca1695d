/** Saves bytes as a download (nothing is uploaded: the file goes straight from memory to the user's disk). */
export function download(bytes: Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([typeof bytes === "string" ? bytes : (bytes as unknown as BlobPart)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain;charset=utf-8",
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  html: "text/html;charset=utf-8",
} as const;
