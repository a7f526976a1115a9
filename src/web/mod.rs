//! The JS boundary (wasm32 only): converts between JS values and the core's types, nothing
//! more. Thresholds, splitting and scoring all live in the core.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{analyze, Options, Source};

mod example;
mod page;

/// Installs the panic hook so a panic reaches the console with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Takes over the page's root element once the module has loaded.
///
/// # Errors
/// A `JsError` when the page lacks the elements it is built around.
#[wasm_bindgen(js_name = mountPage)]
pub fn mount_page(root: web_sys::Element) -> Result<(), JsError> {
    let doc = root
        .owner_document()
        .ok_or_else(|| JsError::new("the root element is not in a document"))?;
    let status = doc
        .get_element_by_id("engine-status")
        .ok_or_else(|| JsError::new("the page has no #engine-status element"))?;
    status.set_text_content(Some(&format!(
        "Ready: the comparison engine (v{}) runs on this device.",
        version()
    )));
    status
        .set_attribute("data-state", "ready")
        .map_err(js_err)?;
    page::mount(&root).map_err(js_err)?;
    Ok(())
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&format!("{e:?}"))
}

/// The engine's version, so the page can show that the module loaded.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[derive(Deserialize)]
struct SourceDto {
    id: String,
    #[serde(default)]
    label: Option<String>,
    text: String,
}

/// Compares sources given as `[{id, label?, text}]` and returns the report as a plain object.
///
/// # Errors
/// A `JsError` when the argument is not an array of sources.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(sources: JsValue) -> Result<JsValue, JsError> {
    let dtos: Vec<SourceDto> = serde_wasm_bindgen::from_value(sources)
        .map_err(|e| JsError::new(&format!("expected an array of {{id, text}}: {e}")))?;
    let sources: Vec<Source> = dtos
        .into_iter()
        .map(|d| Source {
            id: d.id,
            label: d.label,
            text: d.text,
        })
        .collect();
    let report = analyze(&sources, &Options::default());
    to_js(&report)
}

/// Converts a serialisable value to a plain JS object (maps as objects, not `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}
