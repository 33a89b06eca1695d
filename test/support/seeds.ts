import * as fs from "fs";
import * as path from "path";
import { splitPasted } from "../../src/core/read";

export const SEEDS = {
  thuDuc: "ke-hoach-thcs-thu-duc-2025-2026.txt",
  mamNon: "ke-hoach-mam-non-2025-2026.txt",
  quangNinh: "ke-hoach-thcs-quang-ninh-2023-2024.txt",
} as const;

export function seedText(name: string): string {
  return fs.readFileSync(path.join(__dirname, "..", "fixtures", "seeds", name), "utf8");
}

export function seedGrid(name: string): string[][] {
  return splitPasted(seedText(name));
}
