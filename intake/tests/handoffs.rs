//! Short hand-off codes: made from the chosen answers, the same code when the resident changes
//! the choice, read back on "Verder met een formulier", sealed at rest, wiped after the
//! profile's days, and unknown codes limited per client.

mod common;

use common::{client, databases, sqlite, start, start_with};
use loket::core::exchange::short_code::{HandOffRequest, REQUEST_SCHEMA, ShortCode};
use loket::{Answers, Package};
use loket_intake::clock::{self, DAY_MS};
use serde_json::Value;

fn request(key: &str, answers: Answers) -> HandOffRequest {
    HandOffRequest {
        schema: REQUEST_SCHEMA.into(),
        schema_version: 1,
        key: key.into(),
        package: Package {
            form: "klacht".into(),
            version: 1,
            locale: "en".into(),
            answers,
        },
        page: None,
        stuck: None,
    }
}

async fn make(service: &common::Service, request: &HandOffRequest) -> (u16, Value) {
    let response = client()
        .post(service.at("/api/help/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(request).unwrap())
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

async fn open(service: &common::Service, code: &str) -> (u16, Value) {
    let response = client()
        .get(service.at(&format!("/api/handoffs/{code}")))
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_short_code_opens_the_latest_choice_and_stays_the_same() {
    for db in databases().await {
        let service = start(&db).await;
        let key = common::key();
        let mut answers = Answers::new();
        answers.set_text("soort", "behandeling");
        answers.set_text("omschrijving", "Niemand belde terug, al drie weken niet.");
        let (status, made) = make(&service, &request(&key, answers.clone())).await;
        assert_eq!(status, 201, "{}: {made}", db.kind);
        let code = made["code"].as_str().unwrap().to_string();
        assert!(ShortCode::parse(&code).is_ok(), "{code}");
        assert_eq!(made["days"], 30);
        let expires = made["expires_at"].as_str().unwrap();
        let in_30_days = clock::iso(clock::now_ms() + 30 * DAY_MS);
        assert_eq!(&expires[..10], &in_30_days[..10]);

        // The resident switches on their name too: the same code, the new choice behind it.
        answers.set_text("naam", "Zoë");
        let (status, again) = make(&service, &request(&key, answers.clone())).await;
        assert_eq!(status, 200, "{again}");
        assert_eq!(again["code"], code.as_str());

        // Read aloud and typed in groups, lower case: the same answers.
        let typed = ShortCode::parse(&code).unwrap().grouped().to_lowercase();
        let (status, package) = open(&service, &typed).await;
        assert_eq!(status, 200, "{package}");
        let package: Package = serde_json::from_value(package).unwrap();
        assert_eq!(package.answers, answers);
        assert_eq!(package.locale, "en");
        service.stop().await;
    }
}

#[tokio::test]
async fn the_answers_are_sealed_at_rest() {
    let db = sqlite();
    let service = start(&db).await;
    let mut answers = Answers::new();
    answers.set_text("omschrijving", "Mijn buurman Jansen op de Oude Markt");
    let (status, made) = make(&service, &request(&common::key(), answers)).await;
    assert_eq!(status, 201);
    let code = made["code"].as_str().unwrap().to_string();
    service.stop().await;
    // Every byte of the database file and its log: neither the answer nor the code in the clear.
    let folder = std::path::Path::new(
        db.url
            .trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap(),
    )
    .parent()
    .unwrap()
    .to_path_buf();
    let mut everything = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        everything.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let text = String::from_utf8_lossy(&everything);
    assert!(text.contains("handoffs"), "the database is there");
    assert!(!text.contains("Jansen"), "an answer in the clear");
    assert!(!text.contains(&code), "the code in the clear");
}

#[tokio::test]
async fn unknown_and_mistyped_codes_and_the_limit_per_client() {
    let db = sqlite();
    let service = start(&db).await; // code_tries = 5
    // A mistyped code is told at once and does not count.
    let real = ShortCode::from_random([1, 2, 3, 4, 5]);
    let mut wrong = real.as_str().to_string();
    wrong.replace_range(0..1, if wrong.starts_with('Z') { "Y" } else { "Z" });
    for _ in 0..8 {
        let (status, answer) = open(&service, &wrong).await;
        assert_eq!(
            (status, answer["error"].as_str().unwrap()),
            (400, "mistyped")
        );
    }
    let (status, answer) = open(&service, "K7M").await;
    assert_eq!((status, answer["error"].as_str().unwrap()), (400, "length"));
    // Unknown codes count: after five, the client waits.
    for n in 0..5u8 {
        let code = ShortCode::from_random([9, 9, 9, 9, n]);
        let (status, answer) = open(&service, code.as_str()).await;
        assert_eq!(
            (status, answer["error"].as_str().unwrap()),
            (404, "unknown-code")
        );
    }
    let response = client()
        .get(service.at(&format!("/api/handoffs/{}", real.as_str())))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15 * 60).contains(&wait), "{wait}");
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"], "too-many-tries");
    service.stop().await;
}

#[tokio::test]
async fn answers_that_do_not_fit_the_form_are_refused() {
    let db = sqlite();
    let service = start(&db).await;
    let mut answers = Answers::new();
    answers.set_text("geheim", "x");
    answers.set("soort", loket::Answer::List(vec!["a".into()]));
    let (status, answer) = make(&service, &request(&common::key(), answers)).await;
    assert_eq!(status, 422, "{answer}");
    let fields: Vec<&str> = answer["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"package.a.geheim") && fields.contains(&"package.a.soort"),
        "{fields:?}"
    );
    let (status, _) = make(&service, &request("short", Answers::new())).await;
    assert_eq!(status, 422);
    let mut other = request(&common::key(), Answers::new());
    other.package.version = 2;
    assert_eq!(make(&service, &other).await.0, 409);
    service.stop().await;
}

#[tokio::test]
async fn hand_offs_and_submissions_go_when_their_time_is_up() {
    for db in databases().await {
        let service = start_with(&db, |s| s.anonymous_days = 1).await;
        let (_, made) = make(&service, &request(&common::key(), Answers::new())).await;
        let code = made["code"].as_str().unwrap().to_string();
        let sent = common::complaint();
        let status = client()
            .post(service.at("/api/submissions/klacht"))
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&sent).unwrap())
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status.as_u16(), 201);
        let store = &service.app.store;
        let now = clock::now_ms();

        // A day before the end of the 30 days, and of the 5 years: nothing goes.
        let purged = store.purge(now + 29 * DAY_MS, 0).await.unwrap();
        assert_eq!((purged.handoffs, purged.submissions), (0, 0));
        assert_eq!(open(&service, &code).await.0, 200);

        // After 30 days the hand-off is gone; the complaint stays for 5 years (the profile's
        // `retention.klacht.years`, the number its "how long" text shows).
        let purged = store.purge(now + 31 * DAY_MS, 0).await.unwrap();
        assert_eq!((purged.handoffs, purged.submissions), (1, 0), "{}", db.kind);
        assert_eq!(open(&service, &code).await.0, 404);
        let five_years = clock::years_later(now, 5);
        let purged = store.purge(five_years - DAY_MS, 0).await.unwrap();
        assert_eq!(purged.submissions, 0);
        let purged = store.purge(five_years + DAY_MS, 0).await.unwrap();
        assert_eq!(purged.submissions, 1, "{}", db.kind);
        service.stop().await;
    }
}

#[tokio::test]
async fn an_expired_code_opens_nothing_even_before_the_purge() {
    let db = sqlite();
    let service = start(&db).await;
    let (_, made) = make(&service, &request(&common::key(), Answers::new())).await;
    let code = ShortCode::parse(made["code"].as_str().unwrap()).unwrap();
    let digest = loket_intake::seal::digest(code.as_str());
    let later = clock::now_ms() + 31 * DAY_MS;
    assert_eq!(
        service.app.store.handoff(&digest, later).await.unwrap(),
        None
    );
    assert!(
        service
            .app
            .store
            .handoff(&digest, clock::now_ms())
            .await
            .unwrap()
            .is_some()
    );
    service.stop().await;
}
