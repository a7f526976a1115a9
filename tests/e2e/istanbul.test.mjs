// The five Istanbul-talks articles (May 2025): the sources disagree on when Putin gave his
// late-night address, "1:00 a.m." against "1:30 a.m.". Depends on the engine's segmentation
// and conflict detection, which are being improved in parallel with the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { browserSuite, openPage, screenshot, ready, compareAndWait } from "./harness.mjs";
import { SHARED, needShared, textFiles } from "./shared.mjs";

const env = browserSuite();

test("Istanbul: the time of Putin's address is disputed, 1:00 a.m. against 1:30 a.m.", { timeout: 120000 }, async (t) => {
  if (!(await needShared(t, "corpus/istanbul-2025/articles"))) return;
  const files = await textFiles(join(SHARED, "corpus/istanbul-2025/articles"));
  assert.equal(files.length, 5);
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  for (let i = 0; i < files.length; i++) {
    if (i >= 3) await page.getByRole("button", { name: "Add article" }).click();
    const text = await readFile(files[i], "utf8");
    await page.getByRole("textbox", { name: `Article ${i + 1}`, exact: true }).fill(text);
  }
  await compareAndWait(page);
  await screenshot(page, "istanbul");
  // A disputed fact with a time conflict whose values include both times.
  const cards = page.locator(".disputed-section .fact");
  const found = await cards.evaluateAll((cards) =>
    cards.some((card) =>
      [...card.querySelectorAll(".conflict")].some((c) => {
        if (c.querySelector(".kind")?.textContent !== "time") return false;
        const marks = [...c.querySelectorAll("mark")].map((m) => m.textContent);
        return marks.some((m) => m.includes("1:00 a.m.")) && marks.some((m) => m.includes("1:30 a.m."));
      }),
    ),
  );
  assert.ok(found, "a time dispute with 1:00 a.m. and 1:30 a.m. marked in the sources' sentences");
  assert.deepEqual(log.errors, []);
  await context.close();
});
