//! A fuzz driver on stable Rust: feeds each target random bytes and byte-level mutations of
//! its seeds, and stops at the first panic, keeping the input in `artifacts/<target>/`.
//!
//! `stress [target|all] [runs]` runs the targets (default: all, 100 000 runs each);
//! `stress seeds <dir>` writes each target's seeds to `<dir>/<target>/`.

use std::time::Instant;
use std::{env, fs, panic, process};

use loket_fuzz::{TARGETS, seeds};

/// A small xorshift generator: reproducible runs without another dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = match rng.below(4) {
        0 => rng.below(16),
        1 | 2 => rng.below(512),
        _ => rng.below(8192),
    };
    (0..len).map(|_| rng.next() as u8).collect()
}

fn mutated(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..=rng.below(8) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 if at < bytes.len() => bytes[at] = rng.next() as u8,
            1 => bytes.insert(at, rng.next() as u8),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            _ if at > 1 => bytes.truncate(at),
            _ => {}
        }
    }
    bytes
}

fn write_seeds(dir: &str) {
    for (name, _) in TARGETS {
        let target = format!("{dir}/{name}");
        fs::create_dir_all(&target).expect("cannot make the corpus directory");
        for (i, seed) in seeds(name).iter().enumerate() {
            fs::write(format!("{target}/seed-{i:02}"), seed).expect("cannot write a seed");
        }
    }
}

fn run(name: &str, check: fn(&[u8]), runs: u64, rng: &mut Rng) {
    let seeds = seeds(name);
    let started = Instant::now();
    for _ in 0..runs {
        let input = if rng.below(2) == 0 {
            random_bytes(rng)
        } else {
            let seed = &seeds[rng.below(seeds.len())];
            let mut input = mutated(rng, seed);
            // Keep the mode byte of a seed most of the time.
            if let (Some(first), Some(mode)) = (input.first_mut(), seed.first())
                && rng.below(4) != 0
            {
                *first = *mode;
            }
            input
        };
        if panic::catch_unwind(|| check(&input)).is_err() {
            let dir = format!("artifacts/{name}");
            let _ = fs::create_dir_all(&dir);
            let path = format!("{dir}/crash-{:016x}", rng.next());
            let _ = fs::write(&path, &input);
            eprintln!("{name}: panic; input kept in {path}");
            process::exit(1);
        }
    }
    println!(
        "{name}: Done {runs} runs in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("seeds") {
        write_seeds(args.get(1).map_or("corpus", String::as_str));
        return;
    }
    let which = args.first().map_or("all", String::as_str);
    let runs = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(100_000);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut found = false;
    for (name, check) in TARGETS {
        if which == "all" || which == name {
            found = true;
            run(name, check, runs, &mut rng);
        }
    }
    if !found {
        eprintln!("unknown target {which}");
        process::exit(2);
    }
}
