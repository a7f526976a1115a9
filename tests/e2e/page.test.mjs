// The stand-alone page, as a person uses it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot } from "./harness.mjs";

const env = browserSuite();

test("the page loads the engine and says it is ready, with no console error", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  const status = page.getByRole("status");
  await status.filter({ hasText: "Ready" }).waitFor({ timeout: 15000 });
  assert.match(await status.textContent(), /Ready: the comparison engine \(v\d+\.\d+\.\d+\)/);
  await screenshot(page, "page-ready");
  assert.deepEqual(log.errors, [], "console errors");
  assert.deepEqual(log.offsite, [], "requests that left loopback");
  await context.close();
});
