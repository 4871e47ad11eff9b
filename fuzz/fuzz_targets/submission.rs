//! Fuzz target: see [`loket_fuzz::submission`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::submission(data));
