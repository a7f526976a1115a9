// Boots the page: loads the engine and hands the page to Rust. No logic lives here.
import init, { mountPage } from "../corroborate.js";

const status = document.getElementById("engine-status");
try {
  await init({ module_or_path: new URL("../corroborate_bg.wasm", import.meta.url) });
  mountPage(document.getElementById("app"), new URL("./worker.js", import.meta.url).href);
} catch (err) {
  status.textContent = `The comparison engine could not start: ${err}`;
  status.classList.add("error");
}
