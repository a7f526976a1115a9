//! Measuring the claim matcher on public sentence-matching benchmarks (MRPC, STS-B).
//!
//! PLACEHOLDER until the real evaluation lands.
