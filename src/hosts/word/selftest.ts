import type { SelfTestReport } from "../selftest";
import type { WordEnv } from "./env";
export async function runWordSelfTest(env: WordEnv): Promise<SelfTestReport> {
  void env;
  throw new Error("todo");
}
