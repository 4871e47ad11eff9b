//! Bad input gets its stated status and a JSON error naming what is wrong; nothing is kept
//! and nothing panics: malformed and deeply nested JSON, wrong types, invalid UTF-8, a wrong
//! content type, huge strings, a body over the limit (with and without a length), a client
//! that sends one byte a second, and addresses that try to leave the site.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{client, complaint, sqlite, start};
use loket_intake::store::Table;
use serde_json::Value;

async fn send(url: &str, content_type: &str, body: Vec<u8>) -> (u16, Value) {
    let response = client()
        .post(url)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let json = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json");
    assert!(json, "{status} is answered as JSON");
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn every_kind_of_broken_body_gets_its_status_and_a_json_error() {
    let db = sqlite();
    let service = start(&db).await;
    let url = service.at("/api/submissions/klacht");
    let good = serde_json::to_value(complaint()).unwrap();
    let with = |field: &str, value: Value| {
        let mut v = good.clone();
        v[field] = value;
        serde_json::to_vec(&v).unwrap()
    };
    let deep = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes();
    let mut nested_answer = good.clone();
    nested_answer["answers"]["omschrijving"] =
        serde_json::from_str(&format!("{}\"x\"{}", "[".repeat(100), "]".repeat(100))).unwrap();
    // Nested far deeper than any parser should follow, inside an answer.
    let text = serde_json::to_string(&good).unwrap();
    let deep_answer = text
        .replacen(
            "\"answers\":{",
            &format!(
                "\"answers\":{{\"omschrijving\":{}1{},",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            1,
        )
        .into_bytes();
    let cases: Vec<(&str, &str, Vec<u8>, u16, &str)> = vec![
        (
            "malformed",
            "application/json",
            b"{\"schema\": ".to_vec(),
            400,
            "malformed",
        ),
        (
            "not an object",
            "application/json",
            b"[1, 2, 3]".to_vec(),
            400,
            "wrong-shape",
        ),
        (
            "trailing garbage",
            "application/json",
            [serde_json::to_vec(&good).unwrap(), b" x".to_vec()].concat(),
            400,
            "malformed",
        ),
        (
            "deeply nested",
            "application/json",
            deep,
            400,
            "wrong-shape",
        ),
        (
            "a nested answer",
            "application/json",
            serde_json::to_vec(&nested_answer).unwrap(),
            400,
            "wrong-shape",
        ),
        (
            "a deeply nested answer",
            "application/json",
            deep_answer,
            400,
            "malformed",
        ),
        (
            "a number as text",
            "application/json",
            with("form_version", Value::from("1")),
            400,
            "wrong-shape",
        ),
        (
            "a text as number",
            "application/json",
            with("reference", Value::from(7)),
            400,
            "wrong-shape",
        ),
        (
            "invalid UTF-8",
            "application/json",
            [
                b"{\"schema\": \"".to_vec(),
                vec![0xff, 0xfe],
                b"\"}".to_vec(),
            ]
            .concat(),
            400,
            "malformed",
        ),
        (
            "a form post",
            "application/x-www-form-urlencoded",
            b"schema=loket".to_vec(),
            415,
            "unsupported-media-type",
        ),
        (
            "no content type",
            "",
            serde_json::to_vec(&good).unwrap(),
            415,
            "unsupported-media-type",
        ),
        (
            "a huge answer",
            "application/json",
            {
                let mut v = good.clone();
                v["answers"]["wens"] = Value::from("ä".repeat(100_000));
                serde_json::to_vec(&v).unwrap()
            },
            422,
            "invalid",
        ),
        (
            "20 MB",
            "application/json",
            vec![b' '; 20 * 1024 * 1024],
            413,
            "too-large",
        ),
    ];
    for (what, content_type, body, status, error) in cases {
        let (got, answer) = send(&url, content_type, body).await;
        assert_eq!(
            (got, answer["error"].as_str().unwrap()),
            (status, error),
            "{what}: {answer}"
        );
        assert!(
            answer["message"].as_str().is_some_and(|m| m.len() > 10),
            "{what}: {answer}"
        );
    }
    // The wrong field is named.
    let (_, answer) = send(
        &url,
        "application/json",
        with("form_version", Value::from("1")),
    )
    .await;
    assert_eq!(answer["field"], "form_version");
    // The huge answer is refused by its rule, with its count.
    let mut v = good.clone();
    v["answers"]["wens"] = Value::from("ä".repeat(100_000));
    let (_, answer) = send(&url, "application/json", serde_json::to_vec(&v).unwrap()).await;
    assert_eq!(answer["problems"][0]["rule"], "too-long");
    assert_eq!(answer["problems"][0]["count"], 100_000);
    assert_eq!(
        service.app.store.count(Table::Submissions).await.unwrap(),
        0
    );
    service.stop().await;
}

#[tokio::test]
async fn unknown_forms_addresses_and_methods_are_json_errors() {
    let db = sqlite();
    let service = start(&db).await;
    let c = client();
    let (status, answer) = send(
        &service.at("/api/submissions/onbekend"),
        "application/json",
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(
        (status, answer["error"].as_str().unwrap()),
        (404, "unknown-form")
    );
    // The call-back form is not a form of its own here: only with a request for help.
    let (status, _) = send(
        &service.at("/api/submissions/terugbellen"),
        "application/json",
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(status, 404);
    let response = c
        .get(service.at("/api/submissions/klacht"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 405);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"], "method-not-allowed");
    let response = c.delete(service.at("/klacht")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
    let response = c.get(service.at("/api/nothing")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 404);
    service.stop().await;
}

/// Sends raw bytes and returns what came back (the connection closed or timed out).
fn raw(address: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn addresses_that_try_to_leave_the_site_are_refused() {
    let db = sqlite();
    let service = start(&db).await;
    let address = service.url.trim_start_matches("http://").to_string();
    for path in [
        "/../Cargo.toml",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/forms%2Fruntime%2Favg-verzoek.json",
        "/..%2F..%2Fetc%2Fpasswd",
        "/%5c..%5cCargo.toml",
        "/app.html%00.js",
        "/%ff%fe",
        "/./index.html",
    ] {
        let address = address.clone();
        let answer = tokio::task::spawn_blocking(move || {
            raw(
                &address,
                format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
            )
        })
        .await
        .unwrap();
        assert!(answer.starts_with("HTTP/1.1 400"), "{path}: {answer}");
        assert!(
            answer.contains("\"error\":\"bad-path\""),
            "{path}: {answer}"
        );
        assert!(
            !answer.contains("root:") && !answer.contains("[package]"),
            "{path}"
        );
    }
    service.stop().await;
}

#[tokio::test]
async fn a_client_that_sends_one_byte_a_second_is_cut_off() {
    let db = sqlite();
    let service = start(&db).await; // body_seconds = 2, header_seconds = 1 (common::settings)
    let address = service.url.trim_start_matches("http://").to_string();

    // The body, a byte a second: 408 once the body's time is up.
    let to = address.clone();
    let (answer, took) = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let mut stream = TcpStream::connect(&to).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        stream
            .write_all(b"POST /api/submissions/klacht HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
            .unwrap();
        let mut answer = Vec::new();
        for _ in 0..8 {
            if stream.write_all(b" ").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_secs(1));
            let mut chunk = [0u8; 4096];
            stream.set_nonblocking(true).unwrap();
            if let Ok(n) = stream.read(&mut chunk) {
                answer.extend_from_slice(&chunk[..n]);
            }
            stream.set_nonblocking(false).unwrap();
            if !answer.is_empty() {
                break;
            }
        }
        (String::from_utf8_lossy(&answer).into_owned(), started.elapsed())
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"error\":\"too-slow\""), "{answer}");
    assert!(took < Duration::from_secs(6), "cut off after {took:?}");

    // The headers, a byte a second: the connection closes once the header time is up.
    let (closed, took) = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        let mut stream = TcpStream::connect(&address).unwrap();
        let mut closed = false;
        for byte in b"GET /klacht HTTP/1.1\r\nHost: x\r\n".iter() {
            if stream.write_all(&[*byte]).is_err() {
                closed = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(500));
            let mut probe = [0u8; 256];
            stream.set_nonblocking(true).unwrap();
            let read = stream.read(&mut probe);
            stream.set_nonblocking(false).unwrap();
            if read.is_ok() {
                closed = true;
                break;
            }
        }
        (closed, started.elapsed())
    })
    .await
    .unwrap();
    assert!(closed, "the trickling connection stays open");
    assert!(took < Duration::from_secs(5), "closed after {took:?}");
    assert_eq!(
        service.app.store.count(Table::Submissions).await.unwrap(),
        0
    );
    service.stop().await;
}

#[tokio::test]
async fn a_body_over_the_limit_without_a_length_is_cut_off_at_the_limit() {
    let db = sqlite();
    let service = start(&db).await;
    let address = service.url.trim_start_matches("http://").to_string();
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(&address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream
            .write_all(b"POST /api/submissions/klacht HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            .unwrap();
        let chunk = vec![b' '; 64 * 1024];
        let mut sent = 0;
        // Up to 20 MB in chunks; the answer comes long before that.
        while sent < 20 * 1024 * 1024 {
            let head = format!("{:x}\r\n", chunk.len());
            if stream.write_all(head.as_bytes()).is_err()
                || stream.write_all(&chunk).is_err()
                || stream.write_all(b"\r\n").is_err()
            {
                break;
            }
            sent += chunk.len();
        }
        let _ = stream.write_all(b"0\r\n\r\n");
        let mut answer = vec![0u8; 4096];
        let n = stream.read(&mut answer).unwrap_or(0);
        (String::from_utf8_lossy(&answer[..n]).into_owned(), sent)
    })
    .await
    .unwrap();
    assert!(answer.0.starts_with("HTTP/1.1 413"), "{}", answer.0);
    assert!(answer.0.contains("\"error\":\"too-large\""), "{}", answer.0);
    service.stop().await;
}
