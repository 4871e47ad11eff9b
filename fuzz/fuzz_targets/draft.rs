//! Fuzz target: see [`loket_fuzz::draft`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::draft(data));
