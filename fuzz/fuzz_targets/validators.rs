//! Fuzz target: see [`loket_fuzz::validators`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::validators(data));
