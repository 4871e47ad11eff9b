//! Fuzz target: see [`loket_fuzz::handoff_code`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::handoff_code(data));
