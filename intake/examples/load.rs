//! The intake service's load bench client (`scripts/bench-intake.sh` runs it): sends complete
//! complaints, each with its own reference and idempotency key, from a number of clients at
//! once for a number of seconds, and prints submissions per second and the latency at the
//! 50th and 99th percentile as one line of JSON. `transfer` mode instead adds up what a browser
//! downloads for a page: the page and every file it names, with brotli.
//!
//!   cargo run --release -p loket-intake --example load -- submit URL CLIENTS SECONDS
//!   cargo run --release -p loket-intake --example load -- transfer PAGE_URL

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use loket::core::exchange::payload::{Envelope, build};
use loket::{Answer, Answers, DateParts, FormSpec};

fn complaint_answers() -> Answers {
    let mut a = Answers::new();
    a.set_text("soort", "behandeling");
    a.set_text(
        "omschrijving",
        "De medewerker aan de balie was onvriendelijk tegen mij, en ik wacht al drie weken op antwoord.",
    );
    let d = loket_intake::clock::date_of(loket_intake::clock::now_ms()).plus_days(-10);
    a.set(
        "datum",
        Answer::Date(DateParts {
            day: d.day.to_string(),
            month: d.month.to_string(),
            year: d.year.to_string(),
        }),
    );
    a.set_text("wens", "Een gesprek en excuses.");
    a.set_text("naam", "Anna de Vries");
    a.set_text("email", "anna@voorbeeld.nl");
    a.set_text("adres", "woonadres");
    a.set_text("postcode", "7511 JN");
    a.set_text("huisnummer", "12");
    a.set_text("straat", "Langestraat");
    a.set_text("plaats", "Enschede");
    a.set_text("contactwijze", "telefoon");
    a.set_text("telefoon", "06 12345678");
    a.set(
        "dagdelen",
        Answer::List(vec!["ochtend".into(), "middag".into()]),
    );
    a
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn submit(url: String, clients: usize, seconds: u64) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let spec =
        FormSpec::from_json(&std::fs::read_to_string(root.join("forms/klacht.json")).unwrap())
            .unwrap();
    let answers = complaint_answers();
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let latencies = Arc::new(Mutex::new(Vec::<f64>::new()));
    let warm_up = Duration::from_secs(1);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (url, spec, answers) = (url.clone(), spec.clone(), answers.clone());
        let (stop, errors, latencies) = (stop.clone(), errors.clone(), latencies.clone());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()
                .unwrap();
            let mut mine = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let key = hex(&loket_intake::seal::random::<16>());
                let reference = loket_intake::store::fresh_reference("klacht");
                let body = build(
                    &spec,
                    &answers,
                    &Envelope {
                        reference: &reference,
                        idempotency_key: &key,
                        municipality: "enschede",
                        locale: "nl",
                        submitted_at: "2026-12-05T10:00:00.000Z",
                    },
                )
                .to_json();
                let sent = Instant::now();
                let ok = client
                    .post(&url)
                    .header("content-type", "application/json")
                    .header("idempotency-key", &key)
                    .body(body)
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                let took = sent.elapsed();
                if started.elapsed() > warm_up {
                    if ok {
                        mine.push(took.as_secs_f64() * 1000.0);
                    } else {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            latencies.lock().unwrap().extend(mine);
        }));
    }
    tokio::time::sleep(warm_up + Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        t.await.unwrap();
    }
    let mut all = latencies.lock().unwrap().clone();
    all.sort_by(f64::total_cmp);
    let at = |q: f64| {
        all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "{{\"clients\":{clients},\"ok\":{},\"errors\":{},\"per_second\":{:.0},\"p50_ms\":{:.2},\"p99_ms\":{:.2}}}",
        all.len(),
        errors.load(Ordering::Relaxed),
        all.len() as f64 / seconds as f64,
        at(0.50),
        at(0.99)
    );
}

/// The files a page names: scripts, stylesheets, preloads and the module the loader starts.
fn named_files(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        for piece in page.split(attribute).skip(1) {
            let target = piece.split('"').next().unwrap_or_default();
            let local = !target.contains("://") && !target.starts_with('#') && !target.is_empty();
            let asset = [".js", ".css", ".wasm"].iter().any(|e| target.ends_with(e));
            if local && asset && !found.contains(&target.to_string()) {
                found.push(target.to_string());
            }
        }
    }
    found
}

async fn transfer(page: String) {
    // No decompression here: the bytes counted are the bytes on the wire.
    let client = reqwest::Client::new();
    let get = |url: String| {
        let client = client.clone();
        async move {
            let response = client
                .get(&url)
                .header("accept-encoding", "br, gzip")
                .send()
                .await
                .unwrap();
            let encoding = response
                .headers()
                .get("content-encoding")
                .map(|v| v.to_str().unwrap_or_default().to_string())
                .unwrap_or_default();
            (response.bytes().await.unwrap(), encoding)
        }
    };
    let (html, encoding) = get(page.clone()).await;
    let text = if encoding == "br" {
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &html[..], &mut out).unwrap();
        String::from_utf8_lossy(&out).into_owned()
    } else {
        String::from_utf8_lossy(&html).into_owned()
    };
    let origin = page.split('/').take(3).collect::<Vec<_>>().join("/");
    let mut total = html.len();
    let mut parts = vec![format!("\"page\":{}", html.len())];
    for file in named_files(&text) {
        let url = format!(
            "{origin}/{}",
            file.trim_start_matches("./").trim_start_matches('/')
        );
        let (bytes, _) = get(url).await;
        total += bytes.len();
        parts.push(format!("\"{}\":{}", file.replace('"', ""), bytes.len()));
    }
    println!("{{\"total\":{total},{}}}", parts.join(","));
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("submit") if args.len() == 4 => {
            submit(
                args[1].clone(),
                args[2].parse().unwrap(),
                args[3].parse().unwrap(),
            )
            .await
        }
        Some("transfer") if args.len() == 2 => transfer(args[1].clone()).await,
        _ => eprintln!("usage: load submit URL CLIENTS SECONDS | load transfer PAGE_URL"),
    }
}
