//! Fuzz target: see [`loket_fuzz::spec_loader`].

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| loket_fuzz::spec_loader(data));
