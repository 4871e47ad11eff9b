//! The JSON contracts in `schemas/` stay true. Each JSON Schema is exactly what schemars makes
//! of the Rust type it describes (`LOKET_WRITE_SCHEMAS=1 cargo test -p loket-intake --test
//! contracts` writes them anew after a change); the OpenAPI document lists every route the
//! service has and no other; and in the cases below every answer the service gives has a
//! status the document names, and fits the schema it names for that status.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use loket::core::exchange::short_code::{HandOffRequest, REQUEST_SCHEMA, ShortCode};
use loket::{Answers, Package};
use loket_intake::api::{ROUTES, SCHEMAS};
use serde_json::{Value, json};

fn folder() -> PathBuf {
    common::root().join("schemas")
}

/// A schema as published: the doc comments' first paragraphs as descriptions, without their
/// Rust examples.
fn published(schema: schemars::Schema) -> Value {
    fn trim(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    match v {
                        Value::String(text) if key == "description" => {
                            if let Some(at) = text.find("\n\n# Examples") {
                                text.truncate(at);
                            }
                        }
                        _ => trim(v),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(trim),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(schema).unwrap();
    trim(&mut value);
    value
}

fn made() -> Vec<(&'static str, Value)> {
    use schemars::schema_for;
    let value = published;
    vec![
        (
            "submission.schema.json",
            value(schema_for!(loket::core::exchange::payload::Submission)),
        ),
        (
            "receipt.schema.json",
            value(schema_for!(loket_intake::api::submissions::Receipt)),
        ),
        (
            "error.schema.json",
            value(schema_for!(loket_intake::api::error::ErrorBody)),
        ),
        (
            "handoff-request.schema.json",
            value(schema_for!(HandOffRequest)),
        ),
        (
            "handoff-reply.schema.json",
            value(schema_for!(loket::core::exchange::short_code::HandOffReply)),
        ),
        ("handoff-package.schema.json", value(schema_for!(Package))),
        (
            "feedback.schema.json",
            value(schema_for!(loket::core::exchange::feedback::Feedback)),
        ),
        (
            "signal.schema.json",
            value(schema_for!(loket::core::exchange::signals::Received)),
        ),
        (
            "accepted.schema.json",
            value(schema_for!(loket_intake::api::anonymous::Accepted)),
        ),
    ]
}

/// The contracts for people who write forms and configure municipalities (not served).
fn authoring() -> Vec<(&'static str, Value)> {
    use schemars::schema_for;
    vec![
        (
            "form-spec.schema.json",
            published(schema_for!(loket::FormSpec)),
        ),
        (
            "profile.schema.json",
            published(schema_for!(loket::Profile)),
        ),
    ]
}

#[test]
fn the_authoring_schemas_are_what_the_rust_types_make_and_every_shipped_file_fits() {
    let write = std::env::var("LOKET_WRITE_SCHEMAS").as_deref() == Ok("1");
    let dir = folder().join("authoring");
    for (name, schema) in authoring() {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        if write {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join(name), &text).unwrap();
        }
        let kept = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            kept == text,
            "schemas/authoring/{name} differs from the Rust type; run LOKET_WRITE_SCHEMAS=1 cargo test -p loket-intake --test contracts"
        );
    }
    let [(_, spec_schema), (_, profile_schema)] = <[_; 2]>::try_from(authoring()).unwrap();
    let mut files = Vec::new();
    for (folder, schema) in [
        ("forms", &spec_schema),
        ("forms/runtime", &spec_schema),
        ("profiles", &profile_schema),
    ] {
        for entry in std::fs::read_dir(common::root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push((path, schema));
            }
        }
    }
    assert_eq!(files.len(), 8, "the shipped forms and profiles were found");
    for (path, schema) in files {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if let Err(e) = fits(schema, &value) {
            panic!("{} does not fit its schema: {e}", path.display());
        }
    }
    // An editor's `$schema` is read past; a misspelt field is refused by both.
    let mut spec: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("forms/klacht.json")).unwrap(),
    )
    .unwrap();
    spec["$schema"] = json!("../schemas/authoring/form-spec.schema.json");
    assert!(fits(&spec_schema, &spec).is_ok());
    assert!(loket::FormSpec::from_json(&spec.to_string()).is_ok());
    spec["stpes"] = json!([]);
    assert!(fits(&spec_schema, &spec).is_err());
    assert!(loket::FormSpec::from_json(&spec.to_string()).is_err());
}

#[test]
fn every_schema_is_what_the_rust_types_make() {
    let write = std::env::var("LOKET_WRITE_SCHEMAS").as_deref() == Ok("1");
    for (name, schema) in made() {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = folder().join(name);
        if write {
            std::fs::write(&path, &text).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            kept == text,
            "schemas/{name} differs from the Rust type; run LOKET_WRITE_SCHEMAS=1 cargo test -p loket-intake --test contracts"
        );
    }
    // Every schema file is served, and nothing else.
    let served: BTreeSet<&str> = SCHEMAS.iter().map(|(n, _)| *n).collect();
    let mut files: BTreeSet<String> = std::fs::read_dir(folder())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.retain(|f| f.ends_with(".json"));
    assert_eq!(served, files.iter().map(String::as_str).collect());
}

fn openapi() -> Value {
    serde_json::from_str(&std::fs::read_to_string(folder().join("openapi.json")).unwrap()).unwrap()
}

/// Every form spec of the repository (`forms/` and `forms/runtime/`).
fn specs() -> Vec<loket::FormSpec> {
    let mut found = Vec::new();
    for dir in [
        common::root().join("forms"),
        common::root().join("forms/runtime"),
    ] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            found
                .push(loket::FormSpec::from_json(&std::fs::read_to_string(path).unwrap()).unwrap());
        }
    }
    found
}

#[test]
fn every_form_has_its_published_schema() {
    let write = std::env::var("LOKET_WRITE_SCHEMAS").as_deref() == Ok("1");
    let folder = folder().join("forms");
    if write {
        std::fs::create_dir_all(&folder).unwrap();
    }
    let mut names = BTreeSet::new();
    for spec in specs() {
        let name = format!("{}.schema.json", spec.id);
        let text = serde_json::to_string_pretty(
            &loket::core::exchange::form_schema::submission_schema(&spec),
        )
        .unwrap()
            + "\n";
        if write {
            std::fs::write(folder.join(&name), &text).unwrap();
        }
        let kept = std::fs::read_to_string(folder.join(&name)).unwrap_or_default();
        assert!(
            kept == text,
            "schemas/forms/{name} differs from the form; run LOKET_WRITE_SCHEMAS=1 cargo test -p loket-intake --test contracts"
        );
        names.insert(name);
    }
    let files: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files, names,
        "schemas/forms/ has a schema of every form, and no other"
    );
}

#[test]
fn a_complete_submission_fits_its_forms_schema_and_a_stray_answer_does_not() {
    let spec = common::form("klacht");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(folder().join("forms/klacht.schema.json")).unwrap(),
    )
    .unwrap();
    let complaint = serde_json::to_value(common::complaint()).unwrap();
    fits(&schema, &complaint).unwrap();
    let mut stray = complaint.clone();
    stray["answers"]["geheim"] = json!("x");
    assert!(fits(&schema, &stray).is_err());
    let mut other = complaint;
    other["answers"]["soort"] = json!("iets anders");
    assert!(fits(&schema, &other).is_err());
    assert_eq!(spec.id, "klacht");
}

#[test]
fn the_openapi_document_lists_every_route_and_no_other() {
    let document = openapi();
    assert_eq!(document["openapi"], "3.1.0");
    let mut documented = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "delete", "patch"].contains(&method.as_str()) {
                documented.insert((method.clone(), path.clone()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed);
    // Every schema it refers to is a file here.
    let text = document.to_string();
    for piece in text.split("\"$ref\":\"").skip(1) {
        let target = piece.split('"').next().unwrap();
        if !target.starts_with('#') {
            assert!(folder().join(target).is_file(), "$ref to {target}");
        }
    }
}

/// The route template a concrete path belongs to.
fn template(path: &str) -> &'static str {
    let segments: Vec<&str> = path.split('?').next().unwrap().split('/').collect();
    ROUTES
        .iter()
        .map(|(_, t)| *t)
        .find(|t| {
            let parts: Vec<&str> = t.split('/').collect();
            parts.len() == segments.len()
                && parts
                    .iter()
                    .zip(&segments)
                    .all(|(p, s)| p.starts_with('{') || p == s)
        })
        .unwrap_or_else(|| panic!("no route for {path}"))
}

/// Whether a value fits a schema of the document: a `$ref` to a file, `oneOf` of those, or an
/// inline schema.
fn fits(schema: &Value, value: &Value) -> Result<(), String> {
    if let Some(list) = schema.get("oneOf").and_then(Value::as_array) {
        let errors: Vec<String> = list.iter().filter_map(|s| fits(s, value).err()).collect();
        return if errors.len() < list.len() {
            Ok(())
        } else {
            Err(errors.join(" / "))
        };
    }
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(file) => {
            serde_json::from_str(&std::fs::read_to_string(folder().join(file)).unwrap()).unwrap()
        }
        None => schema.clone(),
    };
    let validator = jsonschema::validator_for(&schema).map_err(|e| e.to_string())?;
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| e.to_string())
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

struct Case {
    method: &'static str,
    path: String,
    body: Option<Vec<u8>>,
    content_type: &'static str,
    status: u16,
    cookie: bool,
}

fn post(path: &str, body: &impl serde::Serialize, status: u16) -> Case {
    Case {
        method: "post",
        path: path.to_string(),
        body: Some(serde_json::to_vec(body).unwrap()),
        content_type: "application/json",
        status,
        cookie: false,
    }
}

fn get(path: &str, status: u16) -> Case {
    Case {
        method: "get",
        path: path.to_string(),
        body: None,
        content_type: "",
        status,
        cookie: false,
    }
}

fn handoff(key: &str) -> HandOffRequest {
    let mut answers = Answers::new();
    answers.set_text("soort", "behandeling");
    HandOffRequest {
        schema: REQUEST_SCHEMA.into(),
        schema_version: 1,
        key: key.into(),
        package: Package {
            form: "klacht".into(),
            version: 1,
            locale: "nl".into(),
            answers,
        },
        page: None,
        stuck: None,
    }
}

#[tokio::test]
async fn every_answer_has_a_documented_status_and_fits_its_schema() {
    let db = common::sqlite();
    let service = common::start(&db).await;
    let document = openapi();
    let complaint = common::complaint();
    let mut invalid = common::complaint();
    invalid.answers.remove("wens");
    let mut old = common::complaint();
    old.form_version = 9;
    let callback = common::callback_request();
    let key = common::key();
    let mut foreign = handoff(&common::key());
    foreign.package.answers.set_text("geheim", "x");
    let mut newer = handoff(&common::key());
    newer.package.version = 2;
    let feedback =
        loket::core::exchange::feedback::Feedback::new("enschede", "klacht", "nl", "goed", "");
    let odd_feedback =
        loket::core::exchange::feedback::Feedback::new("enschede", "klacht", "nl", "super", "");
    let signal = json!({"schema":"loket.signal","schema_version":1,"municipality":"enschede","form":"klacht","form_version":1,"locale":"nl","event":"offer_dismissed"});
    let odd_signal = json!({"schema":"loket.signal","schema_version":1,"municipality":"elders","form":"klacht","form_version":1,"locale":"nl","event":"offer_dismissed"});
    let mut assisted = common::complaint();
    assisted.assisted = true;
    let unknown = |n: u8| ShortCode::from_random([7, 7, 7, 7, n]).as_str().to_string();
    let mut mistyped = unknown(0);
    mistyped.replace_range(0..1, if mistyped.starts_with('Z') { "Y" } else { "Z" });

    let mut cases = vec![
        post("/api/submissions/klacht", &complaint, 201),
        post("/api/submissions/klacht", &complaint, 200),
        post("/api/submissions/klacht", &invalid, 422),
        post("/api/submissions/klacht", &old, 409),
        post("/api/submissions/onbekend", &complaint, 404),
        post("/api/submissions/klacht", &json!({"schema": 1}), 400),
        Case {
            content_type: "text/plain",
            ..post("/api/submissions/klacht", &complaint, 415)
        },
        Case {
            body: Some(vec![b' '; 21 << 20]),
            ..post("/api/submissions/klacht", &(), 413)
        },
        post("/api/help/klacht", &handoff(&key), 201),
        post("/api/help/klacht", &handoff(&key), 200),
        post("/api/help/klacht", &callback, 201),
        post("/api/help/klacht", &foreign, 422),
        post("/api/help/klacht", &newer, 409),
        post("/api/help/onbekend", &handoff(&key), 404),
        post("/api/help/klacht", &json!({"schema": "iets"}), 400),
        Case {
            content_type: "text/plain",
            ..post("/api/help/klacht", &callback, 415)
        },
        Case {
            body: Some(vec![b' '; 1 << 20]),
            ..post("/api/help/klacht", &(), 413)
        },
        get(&format!("/api/handoffs/{mistyped}"), 400),
        post("/api/feedback", &feedback, 201),
        post("/api/feedback", &odd_feedback, 422),
        post("/api/feedback", &json!([]), 400),
        Case {
            content_type: "text/plain",
            ..post("/api/feedback", &feedback, 415)
        },
        Case {
            body: Some(vec![b' '; 1 << 20]),
            ..post("/api/feedback", &(), 413)
        },
        post("/api/signals", &signal, 202),
        post("/api/signals", &odd_signal, 422),
        post("/api/signals", &json!([]), 400),
        Case {
            content_type: "text/plain",
            ..post("/api/signals", &signal, 415)
        },
        Case {
            body: Some(vec![b' '; 1 << 20]),
            ..post("/api/signals", &(), 413)
        },
        get("/api/schemas/forms/klacht.schema.json", 200),
        get("/api/schemas/forms/onbekend.schema.json", 404),
        get("/balie/api/terugbellen", 401),
        post("/api/submissions/klacht", &assisted, 403),
        get("/api/health", 200),
        get("/api/schemas/openapi.json", 200),
        get("/api/schemas/nothing.json", 404),
    ];
    // The code made above, then unknown codes until the client has to wait (5 in the tests).
    let client = common::client();
    let made: Value = client
        .post(service.at("/api/help/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&handoff(&common::key())).unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    cases.push(get(
        &format!("/api/handoffs/{}", made["code"].as_str().unwrap()),
        200,
    ));
    for n in 1..=5 {
        cases.push(get(&format!("/api/handoffs/{}", unknown(n)), 404));
    }
    cases.push(get(&format!("/api/handoffs/{}", unknown(9)), 429));

    // A desk session, for the desk's own endpoint.
    loket_intake::desk::accounts::add_user(
        &service.app.store,
        "anna",
        "desk",
        "een heel lang wachtwoord",
    )
    .await
    .unwrap();
    let (token, _) = service
        .app
        .store
        .start_session("anna", loket_intake::clock::now_ms())
        .await
        .unwrap();
    let session = format!("{}={token}", loket_intake::desk::COOKIE);
    cases.push(Case {
        cookie: true,
        ..get("/balie/api/terugbellen", 200)
    });

    let mut seen = BTreeSet::new();
    for case in cases {
        let url = service.at(&case.path);
        let request = match case.method {
            "post" => client
                .post(&url)
                .header("content-type", case.content_type)
                .body(case.body.clone().unwrap_or_default()),
            _ => client.get(&url),
        };
        let request = if case.cookie {
            request.header("cookie", &session)
        } else {
            request
        };
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let what = format!("{} {} → {status}", case.method, case.path);
        assert_eq!(status, case.status, "{what}");
        let route = template(&case.path);
        let documented = &document["paths"][route][case.method]["responses"][status.to_string()];
        assert!(
            documented.is_object(),
            "{what}: status not in the OpenAPI document"
        );
        let body: Value = response.json().await.unwrap();
        let schema = &documented["content"]["application/json"]["schema"];
        fits(schema, &body).unwrap_or_else(|e| panic!("{what}: {e}\n{body}"));
        seen.insert((case.method.to_string(), route.to_string(), status));
    }
    // Every status the document names is seen above, but 408 (a slow body) and 503 (no
    // database), which tests/bad_input.rs and the store's own failures cover.
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for status in operation["responses"].as_object().unwrap().keys() {
                let status: u16 = status.parse().unwrap();
                if status == 408 || status == 503 {
                    continue;
                }
                assert!(
                    seen.contains(&(method.clone(), path.clone(), status)),
                    "{method} {path} {status} is documented but not tried here"
                );
            }
        }
    }
    service.stop().await;
}
