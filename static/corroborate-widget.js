// <corroborate-widget>: one module script, safe to load twice. Renders into an open shadow
// root styled by corroborate.css; the rendering itself is the page's Rust code (mountWidget).
import init, { mountWidget } from "../corroborate.js";

if (!customElements.get("corroborate-widget")) {
  const ready = init({ module_or_path: new URL("../corroborate_bg.wasm", import.meta.url) });
  customElements.define(
    "corroborate-widget",
    class extends HTMLElement {
      async connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: "open" });
        const css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = new URL("./corroborate.css", import.meta.url).href;
        const mount = document.createElement("div");
        mount.className = "cb-widget";
        root.append(css, mount);
        await ready;
        mountWidget(this, mount, new URL("./worker.js", import.meta.url).href);
      }
    },
  );
}
