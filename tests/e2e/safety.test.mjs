// Safety: pasted text is only text, nothing leaves the page, the strict CSP holds, and a
// failed comparison keeps the articles and lets the next one run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSuite, openPage, screenshot, ready, compareAndWait } from "./harness.mjs";

const env = browserSuite();

/** Records CSP violations from the page (and console messages that mention the policy). */
async function watchCsp(page, log) {
  log.csp = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) log.csp.push(m.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const XSS = [
  'HAVANA (Hostile Wire) — <img src=x onerror="window.__pwned=1"> The minister <script>window.__pwned=2</script> spoke on Monday.',
  'The minister spoke on Monday. <iframe src="javascript:window.__pwned=3"></iframe> <b onmouseover=window.__pwned=4>bold</b> &lt;escaped&gt;',
];

test("pasted HTML is shown as characters and runs nothing", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await watchCsp(page, log);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("textbox", { name: "Article 1", exact: true }).fill(XSS[0]);
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill(XSS[1]);
  await page.getByRole("textbox", { name: "Source of article 2" }).fill("<img src=y onerror=window.__pwned=5>");
  await compareAndWait(page);
  // Open every source text and every collapsed section so all of it is in view.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.locator(".results").hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "injected code ran");
  assert.equal(await page.locator(".results img, .results script, .results iframe, .results b").count(), 0);
  const shown = await page.locator(".results").textContent();
  assert.ok(shown.includes("<img src=x onerror="), "the tag is shown as text");
  assert.ok(shown.includes("<script>window.__pwned=2</script>"));
  assert.ok(shown.includes("&lt;escaped&gt;"), "entities are not decoded");
  assert.ok(shown.includes("<img src=y onerror=window.__pwned=5>"), "the label is text");
  await screenshot(page, "xss");
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.csp, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("no request leaves the page; after load only same-origin static files", async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.waitForLoadState("networkidle");
  const atLoad = log.requests.length;
  await page.getByRole("button", { name: "Load example" }).click();
  await compareAndWait(page);
  await page.getByRole("button", { name: "Download JSON" }).click();
  await page.getByRole("button", { name: "Embed" }).click();
  await page.waitForTimeout(300);
  const after = log.requests.slice(atLoad);
  assert.deepEqual(log.offsite, [], "requests that left loopback");
  const allowed = new Set(["/static/worker.js", "/corroborate.js", "/corroborate_bg.wasm"]);
  for (const url of after) {
    if (url.startsWith("blob:")) continue; // the download, made on the page
    const u = new URL(url);
    assert.equal(u.origin, env.origin, `request after load: ${url}`);
    assert.ok(allowed.has(u.pathname), `request after load: ${url}`);
  }
  await context.close();
});

test("the page and the demo blog post run under the strict CSP with no violation", async () => {
  for (const path of ["/", "/static/demo/blog.html"]) {
    const { context, page, log } = await openPage(env.browser, env.origin);
    await watchCsp(page, log);
    const res = await page.goto(env.origin + path);
    assert.match(res.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    if (path === "/") {
      await ready(page);
      await page.getByRole("button", { name: "Load example" }).click();
      await compareAndWait(page);
    } else {
      await page.locator("#prefilled").evaluate((w) => new Promise((ok) => {
        if (w.shadowRoot?.querySelector(".results-title")) ok();
        else w.addEventListener("corroborate:done", ok, { once: true });
      }));
    }
    // No element carries an inline style attribute set from markup.
    assert.equal(await page.locator("[style]").count(), 0);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], path);
    assert.deepEqual(log.csp, [], path);
    assert.deepEqual(log.errors, [], path);
    await context.close();
  }
});

test("too few articles are refused with a message", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  assert.match(await page.getByRole("alert").textContent(), /paste at least two articles/);
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill("Only one article here.");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  assert.match(await page.getByRole("alert").textContent(), /Only one article has text/);
  await context.close();
});

test("a failed engine shows a message, keeps the articles, and the next Compare works", async () => {
  const { context, page } = await openPage(env.browser, env.origin);
  // The first worker the page starts is one whose engine fails on the first message, as a
  // panic inside the wasm module would; later workers are the real one.
  let served = 0;
  await context.route("**/static/worker.js", async (route) => {
    served += 1;
    if (served === 1) {
      await route.fulfill({
        contentType: "text/javascript",
        headers: { "content-security-policy": "default-src 'self'" },
        body: "self.onmessage = () => { throw new Error('RuntimeError: unreachable executed'); };",
      });
    } else {
      await route.continue();
    }
  });
  await page.goto(env.origin + "/");
  await ready(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const alert = page.getByRole("alert");
  await alert.filter({ hasText: "The comparison failed" }).waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /Your articles are kept/);
  await screenshot(page, "engine-failure");
  assert.equal(await page.getByRole("textbox", { name: /^Article \d+$/ }).count(), 4);
  assert.match(await page.getByRole("textbox", { name: "Article 1", exact: true }).inputValue(), /HALVOREEN/);
  await compareAndWait(page);
  assert.equal(served, 2, "a fresh worker was started");
  assert.equal(await page.locator(".alert").isHidden(), true, "the failure message is gone");
  await context.close();
});

test("huge and binary input: a clear warning, nothing typed is lost", { timeout: 180000 }, async () => {
  const { context, page, log } = await openPage(env.browser, env.origin);
  await page.goto(env.origin + "/");
  await ready(page);
  // 2.5 MB of text in one box (the engine reads the first 1 MiB of an article), and control
  // characters, a NUL and a lone replacement character in another.
  const filler = ["harbour", "lantern", "orchard", "granite", "meadow", "copper", "willow", "falcon", "quarry", "thistle"];
  let n = 0;
  const line = () => {
    n += 1;
    const w = (k) => filler[(n * 7 + k * 3 + Math.floor(n / 10)) % filler.length];
    return `Item ${n} on the list was the ${w(1)} near the ${w(2)} and the ${w(3)}.`;
  };
  const huge = "The council met on Monday and approved the budget by a vote of 7 to 2.\n\n" +
    Array.from({ length: 45000 }, line).join(" ");
  const binary = "\u0000\u0001\u0002 The council met on Monday. \uFFFD\u0007 It approved the budget by a vote of 6 to 3.\u001b[0m";
  await page.getByRole("textbox", { name: "Article 1", exact: true }).fill(huge);
  await page.getByRole("textbox", { name: "Article 2", exact: true }).fill(binary);
  await page.getByRole("textbox", { name: "Article 3", exact: true }).fill("\u0000\u0000\u0000");
  await compareAndWait(page, 120000);
  const warnings = await page.locator(".warnings li").allTextContents();
  assert.ok(warnings.some((w) => /Article 1: only the first 1024 KB of \d+ KB were compared/.test(w)), `warnings: ${warnings}`);
  assert.ok(warnings.some((w) => /Article 3: no sentences found/.test(w)), `warnings: ${warnings}`);
  // What the user typed is all still there.
  assert.equal((await page.getByRole("textbox", { name: "Article 1", exact: true }).inputValue()).length, huge.length);
  assert.equal(await page.getByRole("textbox", { name: "Article 2", exact: true }).inputValue(), binary);
  // The binary article's sentences were still read and compared with the others.
  assert.match(await page.locator(".summary").textContent(), /across 3 sources/);
  const compared = await page.locator(".consensus-section, .disputed-section").allTextContents();
  assert.match(compared.join(" "), /The council met on Monday/);
  await screenshot(page, "huge-binary", { fullPage: false });
  assert.deepEqual(log.errors, []);
  await context.close();
});
