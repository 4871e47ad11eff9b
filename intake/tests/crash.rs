//! Durability, proven on the real binary: residents send forms under load, the service is
//! killed with SIGKILL midway and started again; every form that was acknowledged is there
//! exactly once, and every row there is a whole, valid submission. Two instances on one
//! PostgreSQL that receive the same idempotency key at the same moment keep one row.

mod common;

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Database, client, complaint, databases};
use loket::core::exchange::payload::Submission;
use loket::core::exchange::received::{Expected, check};
use loket_intake::store::{Store, Table};

/// A free port on 127.0.0.1.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The service binary on this database, with its own data folder and the small test site.
struct Binary {
    child: Child,
    url: String,
}

fn spawn(db: &Database, data: &std::path::Path, site: &std::path::Path, key: &str) -> Binary {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_loket-intake"))
        .current_dir(common::root())
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--database-url", &db.url])
        .arg("--data-dir")
        .arg(data)
        .arg("--site")
        .arg(site)
        .args(["--handoff-key", key, "--log", "warn"])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    Binary {
        child,
        url: format!("http://127.0.0.1:{port}"),
    }
}

async fn ready(binary: &Binary) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if let Ok(r) = client()
            .get(format!("{}/api/health", binary.url))
            .send()
            .await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the service did not start");
}

async fn send(url: &str, submission: &Submission) -> Option<u16> {
    client()
        .post(format!("{url}/api/submissions/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(submission).unwrap())
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .ok()
        .map(|r| r.status().as_u16())
}

/// Every row is a whole submission that passes the form's rules.
async fn every_row_is_whole(store: &Store) -> usize {
    let rows = store.list().await.unwrap();
    let spec = common::form("klacht");
    let today = loket_intake::clock::date_of(loket_intake::clock::now_ms());
    for row in &rows {
        let submission: Submission = serde_json::from_value(row.payload.clone()).unwrap();
        let expected = Expected {
            municipality: "enschede",
            today,
            about: None,
        };
        assert_eq!(check(&spec, &submission, &expected), Ok(submission.clone()));
    }
    rows.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_killed_service_loses_nothing_it_acknowledged() {
    for db in databases().await {
        let data = tempfile::tempdir().unwrap();
        let site = common::site();
        let key = loket_intake::seal::new_key_text();
        let mut binary = spawn(&db, data.path(), site.path(), &key);
        ready(&binary).await;

        let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut residents = Vec::new();
        for _ in 0..16 {
            let (url, acknowledged, stop) =
                (binary.url.clone(), acknowledged.clone(), stop.clone());
            residents.push(tokio::spawn(async move {
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let sent = complaint();
                    match send(&url, &sent).await {
                        Some(201) => acknowledged.lock().unwrap().push(sent.idempotency_key),
                        Some(status) => panic!("answered {status}"),
                        None => break,
                    }
                }
            }));
        }
        // Let them send for a while, then kill the service in the middle of it.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        binary.child.kill().unwrap();
        binary.child.wait().unwrap();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for r in residents {
            r.await.unwrap();
        }
        let acknowledged = acknowledged.lock().unwrap().clone();
        assert!(
            acknowledged.len() > 100,
            "{}: only {} sent",
            db.kind,
            acknowledged.len()
        );

        // Started again on the same database: everything acknowledged is there, once.
        let again = spawn(&db, data.path(), site.path(), &key);
        ready(&again).await;
        let store = Store::connect(&db.url, data.path()).await.unwrap();
        for key in &acknowledged {
            assert_eq!(
                store.count_key("klacht", key).await.unwrap(),
                1,
                "{}: {key}",
                db.kind
            );
        }
        let rows = every_row_is_whole(&store).await;
        assert!(rows >= acknowledged.len());
        // At most the forms under way when it was killed are there unacknowledged.
        assert!(rows <= acknowledged.len() + 16, "{}: {rows} rows", db.kind);
        eprintln!(
            "{}: {} acknowledged before SIGKILL, {rows} kept after the restart",
            db.kind,
            acknowledged.len()
        );
        // The restarted service takes forms again.
        assert_eq!(send(&again.url, &complaint()).await, Some(201));
        let mut again = again;
        again.child.kill().unwrap();
        again.child.wait().unwrap();
        store.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_on_one_postgres_keep_one_row_per_key() {
    let Some(server) = common::postgres_server() else {
        eprintln!("no PostgreSQL server (LOKET_TEST_POSTGRES_URL): skipped");
        return;
    };
    let db = common::postgres(&server).await;
    let site = common::site();
    let key = loket_intake::seal::new_key_text();
    let (data_a, data_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Both start at once: they bring the schema up to date together.
    let mut a = spawn(&db, data_a.path(), site.path(), &key);
    let mut b = spawn(&db, data_b.path(), site.path(), &key);
    ready(&a).await;
    ready(&b).await;
    let forms: Vec<Submission> = (0..200).map(|_| complaint()).collect();
    let mut both = Vec::new();
    for form in &forms {
        let (ua, ub, fa, fb) = (a.url.clone(), b.url.clone(), form.clone(), form.clone());
        both.push(tokio::spawn(async move {
            let (x, y) = tokio::join!(async move { send_json(&ua, &fa).await }, async move {
                send_json(&ub, &fb).await
            });
            (x, y)
        }));
    }
    let store = Store::connect(&db.url, data_a.path()).await.unwrap();
    for (form, answers) in forms.iter().zip(both) {
        let (x, y) = answers.await.unwrap();
        assert!(
            matches!(x.0, 200 | 201) && matches!(y.0, 200 | 201),
            "{x:?} {y:?}"
        );
        assert_eq!(
            [x.0, y.0].iter().filter(|s| **s == 201).count(),
            1,
            "one of the two keeps it"
        );
        assert_eq!(x.1, y.1, "both answer with the same reference");
        assert_eq!(
            store
                .count_key("klacht", &form.idempotency_key)
                .await
                .unwrap(),
            1
        );
    }
    assert_eq!(store.count(Table::Submissions).await.unwrap(), 200);
    a.child.kill().unwrap();
    b.child.kill().unwrap();
    let _ = (a.child.wait(), b.child.wait());
    store.close().await;
}

async fn send_json(url: &str, submission: &Submission) -> (u16, String) {
    let response = client()
        .post(format!("{url}/api/submissions/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(submission).unwrap())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body: serde_json::Value = response.json().await.unwrap();
    (
        status,
        body["reference"].as_str().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn sqlite_runs_with_a_write_ahead_log_and_full_sync() {
    let db = common::sqlite();
    let data = tempfile::tempdir().unwrap();
    let store = Store::connect(&db.url, data.path()).await.unwrap();
    assert_eq!(
        store.sqlite_pragma("journal_mode").await.as_deref(),
        Some("wal")
    );
    // 2 is FULL: every commit is on disk before it returns.
    assert_eq!(
        store.sqlite_pragma("synchronous").await.as_deref(),
        Some("2")
    );
    store.close().await;
}
