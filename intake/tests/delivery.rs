//! Delivery, with real counterparts: a real SMTP server (aiosmtpd) that keeps what arrives, an
//! Objects API stand-in that checks every request against the API's contract (path, token,
//! `Content-Crs`, type URL, record fields, the form's published schema) and can answer 503,
//! keep a record and drop the connection, or keep it and never answer; and a webhook receiver
//! that verifies the signature. A complaint reaches each once, also when they fail for a while
//! and the service restarts in between.

mod common;

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use common::{Database, SmtpServer, client, complaint};
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

const TOKEN: &str = "t0k3n-van-de-test";
const SECRET: &str = "gedeeld-geheim";
const OBJECT_TYPE: &str = "https://objecttypen.enschede.example/api/v2/objecttypes/loket-klacht";

/// What a stand-in does with the next request.
#[derive(Debug, Clone, Copy)]
enum Next {
    /// Answer 503 and keep nothing.
    Unavailable,
    /// Keep it, then drop the connection without an answer.
    KeepAndDrop,
    /// Keep it, then answer only after the service has given up waiting.
    KeepAndHang,
}

#[derive(Default)]
struct Counterparts {
    script: Mutex<VecDeque<Next>>,
    objects: Mutex<Vec<Value>>,
    posts: AtomicUsize,
    hooks: Mutex<BTreeMap<String, usize>>,
    hook_script: Mutex<VecDeque<Next>>,
    problems: Mutex<Vec<String>>,
}

impl Counterparts {
    fn problem(&self, p: String) {
        self.problems.lock().unwrap().push(p);
    }
}

fn form_schema() -> Value {
    serde_json::from_str(
        &std::fs::read_to_string(common::root().join("schemas/forms/klacht.schema.json")).unwrap(),
    )
    .unwrap()
}

/// `POST /api/v2/objects`, checked against the Objects API's contract.
async fn create_object(
    State(s): State<Arc<Counterparts>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), StatusCode> {
    s.posts.fetch_add(1, Ordering::SeqCst);
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(&format!("Token {TOKEN}"))
    {
        s.problem("no token".into());
        return Err(StatusCode::UNAUTHORIZED);
    }
    if headers.get("content-crs").and_then(|v| v.to_str().ok()) != Some("EPSG:4326") {
        s.problem("no Content-Crs".into());
        return Err(StatusCode::PRECONDITION_FAILED);
    }
    let Ok(object) = serde_json::from_slice::<Value>(&body) else {
        s.problem("not JSON".into());
        return Err(StatusCode::BAD_REQUEST);
    };
    let record = &object["record"];
    let date = record["startAt"].as_str().unwrap_or_default();
    let fits = object["type"] == OBJECT_TYPE
        && record["typeVersion"] == 1
        && date.len() == 10
        && date.as_bytes()[4] == b'-';
    let valid = jsonschema::validator_for(&form_schema())
        .unwrap()
        .is_valid(&record["data"]);
    if !fits || !valid {
        s.problem(format!("a record off the contract: {object}"));
        return Err(StatusCode::BAD_REQUEST);
    }
    let next = s.script.lock().unwrap().pop_front();
    match next {
        Some(Next::Unavailable) => return Err(StatusCode::SERVICE_UNAVAILABLE),
        Some(Next::KeepAndDrop) => {
            s.objects.lock().unwrap().push(object);
            panic!("the connection drops here");
        }
        Some(Next::KeepAndHang) => {
            s.objects.lock().unwrap().push(object.clone());
            tokio::time::sleep(Duration::from_secs(6)).await;
        }
        None => s.objects.lock().unwrap().push(object.clone()),
    }
    Ok((
        StatusCode::CREATED,
        Json(
            json!({"url": "https://objecten.example/api/v2/objects/1", "record": object["record"]}),
        ),
    ))
}

/// `GET /api/v2/objects?type=…&data_attr=reference__exact__…`.
async fn list_objects(
    State(s): State<Arc<Counterparts>>,
    headers: HeaderMap,
    Query(query): Query<BTreeMap<String, String>>,
) -> Result<Json<Value>, StatusCode> {
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(&format!("Token {TOKEN}"))
    {
        return Err(StatusCode::UNAUTHORIZED);
    }
    let reference = query
        .get("data_attr")
        .and_then(|a| a.strip_prefix("reference__exact__"))
        .unwrap_or_default();
    let results: Vec<Value> = s
        .objects
        .lock()
        .unwrap()
        .iter()
        .filter(|o| {
            Some(o["type"].as_str().unwrap_or_default()) == query.get("type").map(String::as_str)
        })
        .filter(|o| o["record"]["data"]["reference"] == reference)
        .cloned()
        .collect();
    Ok(Json(
        json!({"count": results.len(), "next": null, "previous": null, "results": results}),
    ))
}

/// The webhook receiver: checks the signature as docs/delivery.md tells a receiver to.
async fn webhook(
    State(s): State<Arc<Counterparts>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let timestamp: i64 = header("loket-timestamp").parse().unwrap_or(0);
    let now = loket_intake::clock::now_ms() / 1000;
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&body);
    let given = header("loket-signature");
    let hex = given.strip_prefix("v1=").unwrap_or_default();
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .filter_map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
        .collect();
    if mac.verify_slice(&bytes).is_err() || (now - timestamp).abs() > 300 {
        s.problem(format!("a webhook with a wrong signature: {given}"));
        return StatusCode::UNAUTHORIZED;
    }
    if s.hook_script.lock().unwrap().pop_front().is_some() {
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let body: Value = serde_json::from_slice(&body).unwrap();
    if body["reference"] != body["submission"]["reference"]
        || header("idempotency-key") != body["reference"]
    {
        s.problem(format!("a webhook body off its documented shape: {body}"));
    }
    *s.hooks
        .lock()
        .unwrap()
        .entry(header("idempotency-key"))
        .or_insert(0) += 1;
    StatusCode::NO_CONTENT
}

async fn counterparts() -> (Arc<Counterparts>, String) {
    let state = Arc::new(Counterparts::default());
    let router = Router::new()
        .route("/api/v2/objects", post(create_object).get(list_objects))
        .route("/hook", post(webhook))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (state, format!("http://{address}"))
}

fn configure(s: &mut loket_intake::settings::Settings, smtp_port: u16, counterparts: &str) {
    s.smtp_url = Some(format!("smtp://127.0.0.1:{smtp_port}"));
    s.mail_from = "Gemeente Enschede <noreply@enschede.example>".into();
    s.public_url = "https://loket.enschede.example".into();
    s.objects_url = Some(counterparts.to_string());
    s.objects_token = Some(TOKEN.into());
    s.webhook_url = Some(format!("{counterparts}/hook"));
    s.webhook_secret = Some(SECRET.into());
    s.delivery_retry_seconds = 1;
    s.delivery_timeout_seconds = 2;
}

async fn send(service: &common::Service, submission: &loket::core::exchange::payload::Submission) {
    let status = client()
        .post(service.at("/api/submissions/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(submission).unwrap())
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 201);
}

/// Waits until every delivery of a reference is done.
async fn all_done(service: &common::Service, reference: &str, within: Duration) -> Vec<String> {
    let started = Instant::now();
    loop {
        let rows = service.app.store.deliveries_of(reference).await.unwrap();
        if !rows.is_empty() && rows.iter().all(|r| r.state == "done") {
            return rows.iter().map(|r| r.target.clone()).collect();
        }
        assert!(
            started.elapsed() < within,
            "not delivered in time: {rows:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

struct Mail {
    to: String,
    subject: String,
    plain: String,
    html: String,
    lang: String,
}

fn read(raw: &[u8]) -> Mail {
    let parsed = mailparse::parse_mail(raw).unwrap();
    use mailparse::MailHeaderMap;
    let part = |kind: &str| {
        parsed
            .subparts
            .iter()
            .find(|p| p.ctype.mimetype == kind)
            .map(|p| p.get_body().unwrap())
            .unwrap_or_default()
    };
    let html = part("text/html");
    let lang = html
        .split("lang=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_default()
        .to_string();
    Mail {
        to: parsed.headers.get_first_value("To").unwrap_or_default(),
        subject: parsed
            .headers
            .get_first_value("Subject")
            .unwrap_or_default(),
        plain: part("text/plain"),
        html,
        lang,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_complaint_reaches_the_department_the_resident_the_objects_api_and_the_webhook_once() {
    let Some(smtp) = SmtpServer::start().await else {
        return;
    };
    let (counter, base) = counterparts().await;
    let db = common::sqlite();
    let service = common::start_with(&db, |s| configure(s, smtp.port, &base)).await;
    let mut sent = complaint();
    sent.locale = "en".into();
    send(&service, &sent).await;
    let mut targets = all_done(&service, &sent.reference, Duration::from_secs(30)).await;
    targets.sort();
    assert_eq!(
        targets,
        ["acknowledgement", "department", "objects", "webhook"]
    );

    let mails: Vec<Mail> = smtp.messages().iter().map(|m| read(m)).collect();
    assert_eq!(mails.len(), 2);
    let department = mails
        .iter()
        .find(|m| m.to.contains("klachten@enschede.example"))
        .unwrap();
    assert!(
        department.subject.contains(&sent.reference),
        "{}",
        department.subject
    );
    assert_eq!(department.lang, "nl", "the desk's language");
    assert!(department.plain.contains(&format!(
        "https://loket.enschede.example/balie/inzendingen/{}",
        sent.reference
    )));
    // No answer leaves for a mailbox by default: neither the story nor the name.
    for part in [&department.plain, &department.html] {
        assert!(
            !part.contains("Niemand belde terug") && !part.contains("Zoë"),
            "{part}"
        );
    }
    let acknowledgement = mails
        .iter()
        .find(|m| m.to.contains("zoe@voorbeeld.nl"))
        .unwrap();
    assert_eq!(acknowledgement.lang, "en", "the resident's language");
    assert!(acknowledgement.subject.contains(&sent.reference));
    assert!(
        acknowledgement.plain.contains("We received your form on"),
        "{}",
        acknowledgement.plain
    );
    assert!(acknowledgement.plain.contains("What happens now?"));
    // The form's own deadlines, as the resident's choice shapes them: an appointment at the
    // desk within a week (the complaint asks for one), handling within six weeks.
    let deadline = |key: &str, variant: Option<&str>| {
        let text = std::fs::read_to_string(common::root().join("locales/en/klacht.ftl")).unwrap();
        let mut lines = text.lines().skip_while(|l| !l.starts_with(key));
        let line = match variant {
            Some(variant) => lines.find(|l| l.trim_start().starts_with(variant)),
            None => lines.next(),
        }
        .unwrap()
        .to_string();
        // The text after its date: the part that does not change.
        line.split("{ $date }")
            .nth(1)
            .unwrap()
            .trim()
            .chars()
            .take(30)
            .collect::<String>()
    };
    for (key, variant) in [
        ("klacht-deadline-contact", Some("[balie]")),
        ("klacht-deadline-afhandeling", None),
    ] {
        assert!(
            acknowledgement.plain.contains(&deadline(key, variant)),
            "{key}: {}",
            acknowledgement.plain
        );
    }
    assert!(
        acknowledgement.plain.contains("14053"),
        "{}",
        acknowledgement.plain
    );
    assert!(acknowledgement.html.contains("<h2>What happens now?</h2>"));
    // Markup in answers stays text in the HTML part.
    assert!(!acknowledgement.html.contains("<script>"));

    assert_eq!(counter.objects.lock().unwrap().len(), 1);
    assert_eq!(
        counter.objects.lock().unwrap()[0]["record"]["data"]["reference"],
        sent.reference.as_str()
    );
    assert_eq!(counter.hooks.lock().unwrap().get(&sent.reference), Some(&1));
    assert_eq!(*counter.problems.lock().unwrap(), Vec::<String>::new());
    service.stop().await;
}

async fn failing_for_a_while_and_a_restart(db: Database) {
    let (counter, base) = counterparts().await;
    // The Objects API: down twice, then keeps the record but drops the connection, then keeps
    // it and answers too late. The webhook: down three times. The SMTP server: not there yet.
    counter.script.lock().unwrap().extend([
        Next::Unavailable,
        Next::Unavailable,
        Next::KeepAndDrop,
        Next::KeepAndHang,
    ]);
    counter
        .hook_script
        .lock()
        .unwrap()
        .extend([Next::Unavailable; 3]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let data = tempfile::tempdir().unwrap();
    let key = loket_intake::seal::new_key_text();
    let start = |port: u16| {
        let (base, key, db) = (base.clone(), key.clone(), &db);
        let data = data.path().to_path_buf();
        async move {
            common::start_with(db, |s| {
                configure(s, port, &base);
                s.data_dir = data;
                s.handoff_key = Some(key);
            })
            .await
        }
    };
    let service = start(port).await;
    let sent = complaint();
    send(&service, &sent).await;
    // Let it fail a few times, then stop the service in the middle of it.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let before = service
        .app
        .store
        .deliveries_of(&sent.reference)
        .await
        .unwrap();
    assert!(
        before.iter().any(|r| r.state == "pending" && r.tries > 0),
        "{before:?}"
    );
    service.stop().await;

    // An SMTP server is there now, and the service starts again on the same database.
    let Some(smtp) = SmtpServer::start().await else {
        return;
    };
    let service = start(smtp.port).await;
    let targets = all_done(&service, &sent.reference, Duration::from_secs(60)).await;
    assert_eq!(targets.len(), 4);
    // Each once: one record (its lost answers were checked before posting again), one
    // verified webhook per idempotency key, one department e-mail, one acknowledgement.
    let records: Vec<Value> = counter
        .objects
        .lock()
        .unwrap()
        .iter()
        .filter(|o| o["record"]["data"]["reference"] == sent.reference.as_str())
        .cloned()
        .collect();
    assert_eq!(records.len(), 1, "{}: {records:?}", db.kind);
    assert!(
        counter.posts.load(Ordering::SeqCst) >= 3,
        "the stand-in was tried through its failures"
    );
    assert_eq!(counter.hooks.lock().unwrap().get(&sent.reference), Some(&1));
    assert_eq!(smtp.messages().len(), 2);
    assert_eq!(*counter.problems.lock().unwrap(), Vec::<String>::new());
    service.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn targets_that_fail_for_a_while_and_a_restart_still_get_each_submission_once() {
    if common::SmtpServer::start().await.is_none() {
        return;
    }
    for db in common::databases().await {
        failing_for_a_while_and_a_restart(db).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivery_that_keeps_failing_is_listed_as_failed_and_can_be_tried_again() {
    let Some(smtp) = SmtpServer::start().await else {
        return;
    };
    let (counter, base) = counterparts().await;
    counter
        .script
        .lock()
        .unwrap()
        .extend([Next::Unavailable; 2]);
    let db = common::sqlite();
    let service = common::start_with(&db, |s| {
        configure(s, smtp.port, &base);
        s.delivery_tries = 2;
    })
    .await;
    let sent = complaint();
    send(&service, &sent).await;
    let started = Instant::now();
    let failed = loop {
        let rows = service
            .app
            .store
            .deliveries_of(&sent.reference)
            .await
            .unwrap();
        if let Some(row) = rows
            .iter()
            .find(|r| r.target == "objects" && r.state == "failed")
        {
            break row.clone();
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{rows:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(failed.tries, 2);
    assert!(failed.last_error.contains("503"), "{}", failed.last_error);
    let open = service.app.store.open_deliveries().await.unwrap();
    assert!(open.iter().any(|r| r.id == failed.id));
    // Staff try it again; the API is back.
    assert!(
        service
            .app
            .store
            .retry_delivery(&failed.id, loket_intake::clock::now_ms())
            .await
            .unwrap()
    );
    service.app.delivery.wake();
    all_done(&service, &sent.reference, Duration::from_secs(30)).await;
    assert_eq!(counter.objects.lock().unwrap().len(), 1);
    service.stop().await;
}
