// The browser benchmark page: the WebAssembly engine timed in Chromium on the 150 basil-dev
// articles (1, 10 and 50 events). Records the figures in target/e2e/bench.json; asserts only
// what must hold (the page works, sizes grow, the engine found facts), never a time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { browserSuite, openPage, screenshot, SHOTS } from "./harness.mjs";
import { SHARED, needShared } from "./shared.mjs";

const env = browserSuite();

test("the benchmark page times the engine on 3, 30 and 150 articles", { timeout: 600000 }, async (t) => {
  if (!(await needShared(t, "corpus/basil-dev"))) return;
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/static/bench/index.html");
  await page.getByText("Ready: choose a folder of articles.").waitFor({ timeout: 20000 });
  await page.getByLabel("A folder of articles").setInputFiles(join(SHARED, "corpus/basil-dev"));
  await page.getByRole("button", { name: "Run benchmark" }).click();
  await page.locator("#bench-status[data-state=done]").waitFor({ timeout: 540000 });
  const rows = await page.locator("#bench-results tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => Number(c.textContent))),
  );
  const figures = rows.map(([sources, bytes, runs, median_ms, min_ms, facts, disputed]) => ({
    sources, bytes, runs, median_ms, min_ms, facts, disputed,
  }));
  console.log("browser benchmark (wasm, Chromium):", JSON.stringify(figures));
  assert.deepEqual(figures.map((r) => r.sources), [3, 30, 150]);
  for (const r of figures) {
    assert.ok(r.median_ms > 0 && r.min_ms <= r.median_ms, JSON.stringify(r));
    assert.ok(r.facts > 0, JSON.stringify(r));
  }
  assert.ok(figures[0].bytes < figures[1].bytes && figures[1].bytes < figures[2].bytes);
  await mkdir(SHOTS, { recursive: true });
  await writeFile(join(SHOTS, "bench.json"), JSON.stringify(figures, null, 2) + "\n");
  await screenshot(page, "bench");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offsite, []);
  await context.close();
});
