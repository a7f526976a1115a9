//! The integration test binary: one module per area.
#![cfg(not(target_arch = "wasm32"))]

mod cli;
mod eval;
mod gold;
mod robustness;
mod shared;
