//! Fuzz target: see [`loket_fuzz::answers_file`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::answers_file(data));
