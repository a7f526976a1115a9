// Shared pieces of the end-to-end tests: a static server for dist/ on loopback that sends the
// strict Content-Security-Policy, Debian's Chromium driven by playwright-core, request
// accounting, and screenshots under target/e2e/.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "target", "e2e");
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves dist/ on 127.0.0.1 (a free port) with the strict CSP on every response. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-security-policy": CSP,
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches Debian's Chromium headless with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens a page and records what a user would not see: console errors, page errors, CSP
 * violations and every request that leaves loopback.
 */
export async function openPage(browser, origin, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const log = { errors: [], requests: [], offsite: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("request", (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) {
      log.offsite.push(r.url());
    }
  });
  return { context, page, log };
}

/** Saves a screenshot (the full page unless told) as target/e2e/NAME.png for review. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Waits until the page's engine has loaded and the tool is built. */
export async function ready(page) {
  await page.locator("#engine-status[data-state=ready]").waitFor({ timeout: 20000 });
  await page.getByRole("button", { name: "Compare", exact: true }).waitFor();
}

/** Clicks Compare and waits for the results (the "Disputed" heading). */
export async function compareAndWait(page, timeout = 60000) {
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByRole("heading", { name: /^Disputed/ }).waitFor({ timeout });
}

/**
 * One server and one browser for the tests of a file: started before the first test, closed
 * after the last. Returns `{browser, origin}`, filled in once started.
 */
export function browserSuite() {
  const env = { browser: null, origin: "", server: null };
  before(async () => {
    env.server = await serveDist();
    env.origin = env.server.origin;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
