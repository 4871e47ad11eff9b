//! The desk, against a SQLite file and a PostgreSQL database: signing in with argon2id, the
//! lock after wrong passwords, cookies that are HttpOnly and SameSite=Strict, a CSRF token on
//! every form post, roles, a resident's short code opened and the form sent on their behalf,
//! call-backs marked, and every view of personal data in the audit log.

mod common;

use common::{Service, client, complaint, databases, start};
use loket::core::exchange::short_code::{HandOffRequest, REQUEST_SCHEMA};
use loket::{Answers, Package};
use loket_intake::desk::accounts;

/// A browser at the desk: its cookies, kept by hand.
struct Browser<'a> {
    service: &'a Service,
    cookies: Vec<(String, String)>,
}

struct Page {
    status: u16,
    location: String,
    body: String,
    set_cookies: Vec<String>,
}

impl<'a> Browser<'a> {
    fn new(service: &'a Service) -> Self {
        Self {
            service,
            cookies: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, response: &reqwest::Response) -> Vec<String> {
        let mut seen = Vec::new();
        for value in response.headers().get_all("set-cookie") {
            let text = value.to_str().unwrap().to_string();
            let (pair, _) = text.split_once(';').unwrap_or((&text, ""));
            let (name, val) = pair.split_once('=').unwrap();
            self.cookies.retain(|(n, _)| n != name);
            if !text.contains("Max-Age=0") {
                self.cookies.push((name.to_string(), val.to_string()));
            }
            seen.push(text);
        }
        seen
    }

    async fn get(&mut self, path: &str) -> Page {
        let response = client()
            .get(self.service.at(path))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        self.page(response).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", percent(v)))
            .collect::<Vec<_>>()
            .join("&");
        let response = client()
            .post(self.service.at(path))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        self.page(response).await
    }

    async fn page(&mut self, response: reqwest::Response) -> Page {
        let set_cookies = self.keep(&response);
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        Page {
            status,
            location,
            body: response.text().await.unwrap(),
            set_cookies,
        }
    }

    /// The CSRF token in a page's forms.
    fn csrf(page: &Page) -> String {
        page.body
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_default()
            .to_string()
    }

    async fn sign_in(&mut self, name: &str, password: &str) -> Page {
        let form = self.get("/balie/inloggen").await;
        let csrf = Self::csrf(&form);
        self.post(
            "/balie/inloggen",
            &[("csrf", &csrf), ("name", name), ("password", password)],
        )
        .await
    }
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const PASSWORD: &str = "een heel lang wachtwoord";

#[tokio::test]
async fn signing_in_out_and_the_lock_after_wrong_passwords() {
    for db in databases().await {
        let service = start(&db).await;
        accounts::add_user(&service.app.store, "anna", "desk", PASSWORD)
            .await
            .unwrap();
        let mut browser = Browser::new(&service);

        // Not signed in: every page leads to the sign-in page, the API says 401.
        let home = browser.get("/balie").await;
        assert_eq!(
            (home.status, home.location.as_str()),
            (303, "/balie/inloggen")
        );
        let api = browser.get("/balie/api/terugbellen").await;
        assert_eq!(api.status, 401, "{}", api.body);

        // The sign-in form: labelled fields with their autocomplete tokens.
        let form = browser.get("/balie/inloggen").await;
        assert!(
            form.body.contains(r#"autocomplete="username""#)
                && form.body.contains(r#"autocomplete="current-password""#)
        );

        // Four wrong passwords say so; the fifth locks the account, and then even the right one waits.
        for _ in 0..4 {
            let wrong = browser.sign_in("anna", "niet het wachtwoord").await;
            assert!(wrong.body.contains("klopt niet"), "{}", db.kind);
            assert!(wrong.body.contains("<title>Fout: "));
        }
        let locked = browser.sign_in("anna", "niet het wachtwoord").await;
        assert!(
            locked.body.contains("geblokkeerd") && locked.body.contains("15 minuten"),
            "{}",
            locked.body
        );
        let still = browser.sign_in("anna", PASSWORD).await;
        assert!(still.body.contains("geblokkeerd"));
        // An unknown name gets the same answer as a wrong password.
        let unknown = browser.sign_in("niemand", PASSWORD).await;
        assert!(unknown.body.contains("klopt niet"));

        // Unlocked by an admin's command, the right password signs in with a strict cookie.
        service
            .app
            .store
            .record_sign_in("anna", true, 0, 0)
            .await
            .unwrap();
        let signed = browser.sign_in("anna", PASSWORD).await;
        assert_eq!((signed.status, signed.location.as_str()), (303, "/balie"));
        let cookie = signed
            .set_cookies
            .iter()
            .find(|c| c.starts_with("loket_balie="))
            .unwrap();
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Path=/"),
            "{cookie}"
        );
        let home = browser.get("/balie").await;
        assert_eq!(home.status, 200);
        assert!(home.body.contains("Ingelogd als anna"));

        // Signing out needs the CSRF token too; then the session is gone.
        let without = browser.post("/balie/uitloggen", &[]).await;
        assert_eq!(without.status, 403);
        let csrf = Browser::csrf(&home);
        let out = browser.post("/balie/uitloggen", &[("csrf", &csrf)]).await;
        assert_eq!(out.location, "/balie/inloggen?uit=1");
        assert_eq!(browser.get("/balie").await.status, 303);
        service.stop().await;
    }
}

#[tokio::test]
async fn a_session_ends_after_half_an_hour_unused() {
    let db = common::sqlite();
    let service = start(&db).await;
    accounts::add_user(&service.app.store, "anna", "desk", PASSWORD)
        .await
        .unwrap();
    let mut browser = Browser::new(&service);
    browser.sign_in("anna", PASSWORD).await;
    assert_eq!(browser.get("/balie").await.status, 200);
    // Half an hour passes without a click.
    let token = browser
        .cookies
        .iter()
        .find(|(n, _)| n == "loket_balie")
        .unwrap()
        .1
        .clone();
    let old = loket_intake::clock::now_ms() - accounts::IDLE_MS - 1000;
    service.app.store.touch_session(&token, old).await.unwrap();
    assert_eq!(browser.get("/balie").await.status, 303);
    assert_eq!(service.app.store.session(&token).await.unwrap(), None);
    service.stop().await;
}

async fn short_code(service: &Service) -> String {
    let mut answers = Answers::new();
    answers.set_text("soort", "behandeling");
    answers.set_text("omschrijving", "De bus kwam drie keer niet.");
    let request = HandOffRequest {
        schema: REQUEST_SCHEMA.into(),
        schema_version: 1,
        key: common::key(),
        package: Package {
            form: "klacht".into(),
            version: 1,
            locale: "en".into(),
            answers,
        },
        page: Some("step:wens".into()),
        stuck: Some(loket::StuckReason::RepeatedErrors),
    };
    let made: serde_json::Value = client()
        .post(service.at("/api/help/klacht"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&request).unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    made["code"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_helper_opens_a_short_code_and_sends_the_form_on_the_residents_behalf() {
    for db in databases().await {
        let service = start(&db).await;
        accounts::add_user(&service.app.store, "bert", "desk", PASSWORD)
            .await
            .unwrap();
        let code = short_code(&service).await;
        let mut browser = Browser::new(&service);
        browser.sign_in("bert", PASSWORD).await;
        let form = browser.get("/balie/code").await;
        let csrf = Browser::csrf(&form);

        // Without the CSRF token: refused, and nothing is shown or logged.
        let refused = browser.post("/balie/code", &[("code", &code)]).await;
        assert_eq!(refused.status, 403);
        assert!(!refused.body.contains("De bus kwam"));

        let spoken = code
            .chars()
            .map(String::from)
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let page = browser
            .post("/balie/code", &[("csrf", &csrf), ("code", &spoken)])
            .await;
        assert_eq!(page.status, 200);
        for shown in [
            "De bus kwam drie keer niet.",
            "Wat wilt u dat wij doen?",
            "Een vraag ging steeds fout.",
            "English",
        ] {
            assert!(
                page.body.contains(shown),
                "{}: {shown} in {}",
                db.kind,
                page.body
            );
        }
        assert!(
            page.body
                .contains(&format!("/loket?balie=1&amp;code={code}&amp;lang=en"))
        );

        // The helper finishes the form with the resident and sends it: marked as assisted, with
        // the helper's name, only with the desk's session.
        let mut sent = complaint();
        sent.assisted = true;
        let anonymous = client()
            .post(service.at("/api/submissions/klacht"))
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&sent).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(anonymous.status().as_u16(), 403);
        let with_session = client()
            .post(service.at("/api/submissions/klacht"))
            .header("content-type", "application/json")
            .header("cookie", browser.cookie_header())
            .body(serde_json::to_vec(&sent).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(with_session.status().as_u16(), 201);
        let kept = service
            .app
            .store
            .kept(&sent.reference)
            .await
            .unwrap()
            .unwrap();
        assert!(kept.submission.assisted);
        assert_eq!(kept.submission.assisted_by.as_deref(), Some("bert"));
        // A form cannot say who helped itself.
        let mut forged = complaint();
        forged.assisted_by = Some("bert".into());
        let status = client()
            .post(service.at("/api/submissions/klacht"))
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&forged).unwrap())
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status.as_u16(), 422);

        // The view and the send are in the audit log, which a desk account may not read.
        let lines = service.app.store.audit_lines(100).await.unwrap();
        let actions: Vec<&str> = lines.iter().map(|l| l.action.as_str()).collect();
        for action in ["sign-in", "view-handoff", "send-assisted"] {
            assert!(actions.contains(&action), "{}: {actions:?}", db.kind);
        }
        assert!(lines.iter().all(|l| l.user == "bert"));
        assert!(
            !lines.iter().any(|l| l.subject.contains(&code)),
            "the code itself is never logged"
        );
        assert_eq!(browser.get("/balie/logboek").await.status, 403);
        service.stop().await;
    }
}

#[tokio::test]
async fn call_backs_are_marked_and_admins_see_deliveries_and_the_log() {
    let db = common::sqlite();
    let service = start(&db).await;
    accounts::add_user(&service.app.store, "chris", "admin", PASSWORD)
        .await
        .unwrap();
    // A call-back request, as the kit sends it.
    let request = common::callback_request();
    let status = client()
        .post(service.at("/api/help/terugbellen"))
        .header("content-type", "application/json")
        .body(serde_json::to_vec(&request).unwrap())
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 201);

    let mut browser = Browser::new(&service);
    browser.sign_in("chris", PASSWORD).await;
    let list = browser.get("/balie/terugbellen").await;
    assert!(list.body.contains(&request.reference) && list.body.contains("0612345678"));
    let csrf = Browser::csrf(&list);
    let path = format!("/balie/terugbellen/{}", request.reference);
    assert_eq!(browser.post(&path, &[("status", "done")]).await.status, 403);
    let marked = browser
        .post(&path, &[("csrf", &csrf), ("status", "done")])
        .await;
    assert_eq!(marked.location, "/balie/terugbellen");
    let status = service
        .app
        .store
        .callback_status(&request.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (status.status.as_str(), status.changed_by.as_str()),
        ("done", "chris")
    );
    let api = browser.get("/balie/api/terugbellen").await;
    assert_eq!(api.status, 200);
    assert!(api.body.contains("\"status\":\"done\""));

    assert_eq!(browser.get("/balie/bezorging").await.status, 200);
    let log = browser.get("/balie/logboek").await;
    assert_eq!(log.status, 200);
    assert!(
        log.body.contains("Terugbelverzoek gewijzigd") && log.body.contains(&request.reference)
    );
    service.stop().await;
}
