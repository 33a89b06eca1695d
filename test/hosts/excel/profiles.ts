/**
 * Excel host profiles: the requirement sets each Office really supports, from "Excel JavaScript API requirement
 * sets" (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * - Excel 2016 (one-time purchase, MSI): ExcelApi 1.1 only ("the only Excel-specific requirement set supported by
 *   Excel 2016", https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-1-requirement-set).
 *   Members added in 1.2 (setting Worksheet.visibility, RangeFormat.columnWidth, getUsedRange(valuesOnly)) fail.
 * - Excel 2019 (one-time purchase): up to ExcelApi 1.8.
 * - Excel 2021 (one-time purchase): up to ExcelApi 1.14 ("Office 2021: Version 2108" in the 1.14 row; 1.15 and later
 *   are listed for Office 2024 only).
 * - Microsoft 365 on Windows (current channel): up to ExcelApi 1.20 (Version 2509).
 * - Excel on the web: every numbered set (1.20) plus ExcelApiOnline 1.1; requests and responses are limited to
 *   5 MB ("Resource limits and performance optimization for Office Add-ins").
 * No imports: the browser tests load this file as a plain script (test/browser/fake-hosts.js).
 */
export interface ExcelProfile {
  id: string;
  /** Shown in test names and the compatibility document. */
  label: string;
  /** Highest version per requirement set family ("ExcelApi" → "1.8"). */
  sets: Record<string, string>;
  /** Office.context.diagnostics. */
  platform: "PC" | "OfficeOnline" | "Mac";
  version: string;
  /** Largest request/response payload of one sync in bytes (Excel on the web), or 0 for none. */
  payloadLimit: number;
}

export const EXCEL_PROFILES: ExcelProfile[] = [
  {
    id: "excel2016",
    label: "Excel 2016",
    sets: { ExcelApi: "1.1" },
    platform: "PC",
    version: "16.0.4266",
    payloadLimit: 0,
  },
  {
    id: "excel2019",
    label: "Excel 2019",
    sets: { ExcelApi: "1.8" },
    platform: "PC",
    version: "16.0.10827",
    payloadLimit: 0,
  },
  {
    id: "excel2021",
    label: "Excel 2021",
    sets: { ExcelApi: "1.14" },
    platform: "PC",
    version: "16.0.14332",
    payloadLimit: 0,
  },
  {
    id: "m365",
    label: "Microsoft 365",
    sets: { ExcelApi: "1.20" },
    platform: "PC",
    version: "16.0.19231",
    payloadLimit: 0,
  },
  {
    id: "web",
    label: "Excel on the web",
    sets: { ExcelApi: "1.20", ExcelApiOnline: "1.1" },
    platform: "OfficeOnline",
    version: "16.0.19300",
    payloadLimit: 5 * 1024 * 1024,
  },
];

export function excelProfile(id: string): ExcelProfile {
  const p = EXCEL_PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`unknown Excel profile ${id}`);
  return p;
}

/** A profile with only ExcelApi up to `maxApi` (older tests name a ceiling instead of a product). */
export function apiCeiling(maxApi: string): ExcelProfile {
  return {
    id: `api-${maxApi}`,
    label: `ExcelApi ${maxApi}`,
    sets: { ExcelApi: maxApi },
    platform: "PC",
    version: "16.0",
    payloadLimit: 0,
  };
}

/** Compares "1.8" and "1.14" numerically. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** Office.context.requirements.isSetSupported as the profile's host answers it. */
export function profileSupports(profile: ExcelProfile, name: string, version = "1.1"): boolean {
  const max = profile.sets[name];
  return max !== undefined && compareVersions(version, max) <= 0;
}
