//! The browser boundary, tested in headless Chromium with wasm-bindgen-test.
//!
//! Run with `scripts/test.sh wasm` (it sets the wasm toolchain, the runner and chromedriver).
#![cfg(target_arch = "wasm32")]

use corroborate::{analyze, Options, Report, Source};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sources_js(items: &[(&str, &str)]) -> JsValue {
    let arr = js_sys::Array::new();
    for (id, text) in items {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"id".into(), &(*id).into()).unwrap();
        js_sys::Reflect::set(&o, &"text".into(), &(*text).into()).unwrap();
        arr.push(&o);
    }
    arr.into()
}

const A: &str =
    "The new bridge over the Vell river opened on Monday. About 300 people attended the ceremony.";
const B: &str =
    "The new bridge over the Vell river opened on Monday. About 500 people attended the ceremony.";

#[wasm_bindgen_test]
fn analyze_returns_a_plain_object_with_the_report() {
    let out = corroborate::web::analyze_js(sources_js(&[("a", A), ("b", B)])).unwrap();
    // A plain object (not a Map), so pages read fields directly.
    assert!(out.is_object());
    let sources = js_sys::Reflect::get(&out, &"sources".into()).unwrap();
    assert_eq!(js_sys::Array::from(&sources).length(), 2);
    let facts = js_sys::Reflect::get(&out, &"facts".into()).unwrap();
    assert!(js_sys::Array::is_array(&facts));
}

#[wasm_bindgen_test]
fn wasm_and_native_give_the_same_json() {
    let sources = vec![Source::new("a", A), Source::new("b", B)];
    let native: Report = analyze(&sources, &Options::default());
    let out = corroborate::web::analyze_js(sources_js(&[("a", A), ("b", B)])).unwrap();
    let via_js: Report = serde_wasm_bindgen::from_value(out).unwrap();
    assert_eq!(
        serde_json::to_string(&native).unwrap(),
        serde_json::to_string(&via_js).unwrap()
    );
}

#[wasm_bindgen_test]
fn a_bad_argument_is_an_error_not_a_panic() {
    let err = corroborate::web::analyze_js(JsValue::from_str("not an array"));
    assert!(err.is_err());
    let err = corroborate::web::analyze_js(JsValue::NULL);
    assert!(err.is_err());
}
