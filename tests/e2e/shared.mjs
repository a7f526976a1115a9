// Access to ../shared (the corpora beside the repository): tests that need it skip with a
// clear message on a machine without it, and fail in CI (env CI set), where it must exist.
import { access, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

export const SHARED = process.env.CORROBORATE_SHARED ?? join(ROOT, "..", "shared");

/** Returns true when ../shared is there; otherwise skips the test (or throws in CI). */
export async function needShared(t, what) {
  try {
    await access(join(SHARED, what));
    return true;
  } catch {
    const msg = `SKIPPED: ${join(SHARED, what)} is missing (set CI to make this a failure)`;
    if (process.env.CI) throw new Error(msg.replace("SKIPPED: ", ""));
    console.log(msg);
    t.skip(msg);
    return false;
  }
}

/** The .txt files directly in `dir`, or in its sub-directories when `nested`, sorted. */
export async function textFiles(dir, nested = false) {
  const out = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory() && nested) out.push(...(await textFiles(p)));
    else if (e.isFile() && e.name.endsWith(".txt")) out.push(p);
  }
  return out;
}
