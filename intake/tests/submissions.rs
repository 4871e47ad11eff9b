//! Submissions against a real SQLite file and a real PostgreSQL database: kept once, answered
//! with the reference kept and the time received; refused with the problem named, and then
//! nothing is kept.

mod common;

use common::{client, complaint, databases, start};
use loket_intake::store::Table;
use serde_json::Value;

async fn post(url: &str, body: &impl serde::Serialize) -> (u16, Value) {
    let response = client()
        .post(url)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(body).unwrap())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_complaint_is_kept_once_and_a_retry_gets_the_first_answer() {
    for db in databases().await {
        let service = start(&db).await;
        let sent = complaint();
        let url = service.at("/api/submissions/klacht");
        let (status, first) = post(&url, &sent).await;
        assert_eq!(status, 201, "{}: {first}", db.kind);
        assert_eq!(first["reference"], sent.reference.as_str());
        assert_eq!(first["duplicate"], false);
        let received_at = first["received_at"].as_str().unwrap().to_string();
        assert!(
            received_at.ends_with('Z') && received_at.len() == 20,
            "{received_at}"
        );

        // The same idempotency key again (a retry, a double click): the first answer.
        let (status, again) = post(&url, &sent).await;
        assert_eq!(status, 200, "{}", db.kind);
        assert_eq!(again["duplicate"], true);
        assert_eq!(again["reference"], first["reference"]);
        assert_eq!(again["received_at"], first["received_at"]);
        assert_eq!(
            service.app.store.count(Table::Submissions).await.unwrap(),
            1
        );

        // What is kept is the payload as sent, injection strings as text.
        let listed: Value = client()
            .get(service.at("/__loket/submissions"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(listed[0]["path"], "/api/submissions/klacht");
        assert_eq!(listed[0]["payload"], serde_json::to_value(&sent).unwrap());
        service.stop().await;
    }
}

#[tokio::test]
async fn a_taken_reference_is_replaced_and_the_new_one_is_answered() {
    for db in databases().await {
        let service = start(&db).await;
        let url = service.at("/api/submissions/klacht");
        let first = complaint();
        assert_eq!(post(&url, &first).await.0, 201);
        let mut second = complaint();
        second.reference = first.reference.clone();
        let (status, answer) = post(&url, &second).await;
        assert_eq!(status, 201, "{}: {answer}", db.kind);
        let given = answer["reference"].as_str().unwrap();
        assert_ne!(given, first.reference);
        assert!(
            loket::core::exchange::reference::fits("klacht", given),
            "{given}"
        );
        assert_eq!(
            service.app.store.count(Table::Submissions).await.unwrap(),
            2
        );
        service.stop().await;
    }
}

#[tokio::test]
async fn same_key_many_times_at_once_is_kept_once() {
    for db in databases().await {
        let service = start(&db).await;
        let url = service.at("/api/submissions/klacht");
        let sent = complaint();
        let tries = (0..40).map(|_| post(&url, &sent));
        let answers = futures::future::join_all(tries).await;
        let references: std::collections::BTreeSet<String> = answers
            .iter()
            .map(|(s, a)| {
                assert!(*s == 200 || *s == 201, "{}: {s} {a}", db.kind);
                a["reference"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(references.len(), 1);
        assert_eq!(answers.iter().filter(|(s, _)| *s == 201).count(), 1);
        assert_eq!(
            service
                .app
                .store
                .count_key("klacht", &sent.idempotency_key)
                .await
                .unwrap(),
            1
        );
        service.stop().await;
    }
}

#[tokio::test]
async fn refused_answers_are_named_with_the_forms_message_keys_and_nothing_is_kept() {
    for db in databases().await {
        let service = start(&db).await;
        let url = service.at("/api/submissions/klacht");
        let mut sent = complaint();
        sent.answers.remove("wens");
        sent.answers.insert(
            "geheim".into(),
            loket::core::exchange::payload::Value::Text("x".into()),
        );
        sent.answers.insert(
            "email".into(),
            loket::core::exchange::payload::Value::Text("zoe@".into()),
        );
        // 31 April: the day is the part to put right, and April has 30 days.
        sent.answers.insert(
            "datum".into(),
            loket::core::exchange::payload::Value::Text("2025-04-31".into()),
        );
        let (status, answer) = post(&url, &sent).await;
        assert_eq!(status, 422, "{}: {answer}", db.kind);
        assert_eq!(answer["error"], "invalid");
        let problems = answer["problems"].as_array().unwrap();
        let find = |field: &str| {
            problems
                .iter()
                .find(|p| p["field"] == field)
                .unwrap_or_else(|| panic!("{field} in {answer}"))
                .clone()
        };
        assert_eq!(find("answers.wens")["key"], "klacht-wens-error-required");
        assert_eq!(find("answers.wens")["rule"], "required");
        assert_eq!(find("answers.email")["key"], "loket-error-email");
        assert_eq!(find("answers.geheim")["key"], "loket-send-rejected");
        let datum = find("answers.datum");
        assert_eq!(datum["question"], "datum");
        assert_eq!(datum["rule"], "date-invalid");
        assert_eq!(datum["parts"], serde_json::json!(["day"]));
        assert_eq!(datum["max"], 30);
        assert_eq!(datum["key"], "loket-error-date-invalid");
        assert_eq!(
            service.app.store.count(Table::Submissions).await.unwrap(),
            0
        );
        service.stop().await;
    }
}

#[tokio::test]
async fn another_version_of_the_form_is_a_conflict() {
    let db = common::sqlite();
    let service = start(&db).await;
    let mut sent = complaint();
    sent.form_version = 99;
    let (status, answer) = post(&service.at("/api/submissions/klacht"), &sent).await;
    assert_eq!(status, 409, "{answer}");
    assert_eq!(answer["error"], "form-version");
    assert_eq!(answer["form_version"], 1);
    service.stop().await;
}

#[tokio::test]
async fn a_call_back_request_comes_with_the_help_of_a_form() {
    for db in databases().await {
        let service = start(&db).await;
        let mut sent = common::callback_request();
        // Where the kit sends it: the call-back form's own help address.
        let (status, answer) = post(&service.at("/api/help/terugbellen"), &sent).await;
        assert_eq!(status, 201, "{}: {answer}", db.kind);
        let listed: Value = client()
            .get(service.at("/__loket/submissions"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(listed[0]["path"], "/api/help/terugbellen");
        assert_eq!(listed[0]["payload"]["about"], "klacht");

        // A form's own help address takes it too, when it is about that form.
        sent.idempotency_key = common::key();
        let (status, answer) = post(&service.at("/api/help/klacht"), &sent).await;
        assert_eq!(status, 201, "{answer}");
        sent.idempotency_key = common::key();
        sent.about = Some("woo-verzoek".into());
        let (status, answer) = post(&service.at("/api/help/klacht"), &sent).await;
        assert_eq!(status, 422, "{answer}");
        assert_eq!(answer["problems"][0]["field"], "about");
        // About no form at all: refused.
        sent.about = Some("onbekend".into());
        let (status, _) = post(&service.at("/api/help/terugbellen"), &sent).await;
        assert_eq!(status, 422);
        service.stop().await;
    }
}

#[tokio::test]
async fn feedback_and_signals_are_kept_and_odd_ones_refused() {
    for db in databases().await {
        let service = start(&db).await;
        let feedback = loket::core::exchange::feedback::Feedback::new(
            "enschede",
            "klacht",
            "nl",
            "goed",
            "Duidelijk",
        );
        assert_eq!(post(&service.at("/api/feedback"), &feedback).await.0, 201);
        let odd =
            loket::core::exchange::feedback::Feedback::new("enschede", "klacht", "nl", "super", "");
        assert_eq!(post(&service.at("/api/feedback"), &odd).await.0, 422);
        let signal = serde_json::json!({
            "schema": "loket.signal", "schema_version": 1, "municipality": "enschede",
            "form": "klacht", "form_version": 1, "locale": "nl",
            "event": "page", "page": "step:soort", "seconds_before": 3
        });
        assert_eq!(post(&service.at("/api/signals"), &signal).await.0, 202);
        let foreign = serde_json::json!({
            "schema": "loket.signal", "schema_version": 1, "municipality": "haaksbergen",
            "form": "klacht", "form_version": 1, "locale": "nl", "event": "offer_dismissed"
        });
        assert_eq!(post(&service.at("/api/signals"), &foreign).await.0, 422);
        assert_eq!(service.app.store.count(Table::Feedback).await.unwrap(), 1);
        assert_eq!(service.app.store.count(Table::Signals).await.unwrap(), 1);
        service.stop().await;
    }
}
