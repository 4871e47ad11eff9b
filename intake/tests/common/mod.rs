//! What the service's tests share: a real database of each kind (a SQLite file in a fresh
//! folder; a fresh PostgreSQL database when `LOKET_TEST_POSTGRES_URL` names a server, which
//! `scripts/test.sh` starts), a service in the test's process on a free port, and payloads the
//! kit would send.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use loket::core::exchange::payload::{Envelope, Submission, build};
use loket::{Answer, Answers, DateParts, FormSpec};
use loket_intake::App;
use loket_intake::settings::Settings;
use tokio::sync::oneshot;

/// The repository.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A database for one test.
pub struct Database {
    /// Its address.
    pub url: String,
    /// "sqlite" or "postgres", for messages.
    pub kind: &'static str,
    /// The folder of a SQLite file (removed with the database).
    _folder: Option<tempfile::TempDir>,
}

/// The PostgreSQL server to test against, if any. Under `LOKET_REQUIRE_SERVERS=1` (the test
/// script) a missing server fails the tests instead of skipping PostgreSQL.
pub fn postgres_server() -> Option<String> {
    let url = std::env::var("LOKET_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("LOKET_REQUIRE_SERVERS").as_deref() == Ok("1") {
        panic!("LOKET_TEST_POSTGRES_URL is not set, and LOKET_REQUIRE_SERVERS=1");
    }
    url
}

/// A fresh SQLite file.
pub fn sqlite() -> Database {
    let folder = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        folder.path().join("loket.db").display()
    );
    Database {
        url,
        kind: "sqlite",
        _folder: Some(folder),
    }
}

/// A fresh database on the PostgreSQL server.
pub async fn postgres(server: &str) -> Database {
    use sqlx::Executor as _;
    let name = format!(
        "t{}",
        loket_intake::seal::random::<8>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let mut admin = loket_intake::store::connect_one(server).await.unwrap();
    let create = format!("CREATE DATABASE {name}");
    admin.execute(sqlx::AssertSqlSafe(create)).await.unwrap();
    let base = server.rsplit_once('/').map_or(server, |(b, _)| b);
    Database {
        url: format!("{base}/{name}"),
        kind: "postgres",
        _folder: None,
    }
}

/// One database of each kind there is to test against.
pub async fn databases() -> Vec<Database> {
    let mut all = vec![sqlite()];
    if let Some(server) = postgres_server() {
        all.push(postgres(&server).await);
    }
    all
}

/// A small built site: a page, a prerendered first step in two languages, a hashed asset.
pub fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let page = |title: &str| {
        format!(
            "<!DOCTYPE html><html><head><meta name=\"loket-profile\" content=\"enschede\"><title>{title}</title></head><body>{}</body></html>",
            "<p>Loket</p>".repeat(200)
        )
    };
    std::fs::write(dir.path().join("index.html"), page("start")).unwrap();
    std::fs::write(dir.path().join("app.html"), page("app")).unwrap();
    std::fs::create_dir_all(dir.path().join("klacht")).unwrap();
    std::fs::write(dir.path().join("klacht/index.html"), page("klacht nl")).unwrap();
    std::fs::write(dir.path().join("klacht/index.en.html"), page("klacht en")).unwrap();
    std::fs::write(
        dir.path().join("app-3f1c0b7e9a2d4c61.js"),
        "export const loket = 1;\n".repeat(500),
    )
    .unwrap();
    std::fs::write(dir.path().join("loket-embed.js"), "// embed\n".repeat(100)).unwrap();
    dir
}

/// A service running in the test's process.
pub struct Service {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// Its state, for direct looks at the store.
    pub app: Arc<App>,
    stop: Option<oneshot::Sender<()>>,
    done: Option<tokio::task::JoinHandle<()>>,
    _data: tempfile::TempDir,
    _site: tempfile::TempDir,
}

/// Settings for a test service on this database, with the test hook on.
pub fn settings(database: &Database, data: &Path, site: &Path) -> Settings {
    let mut settings = Settings::for_folders(&root(), data.to_path_buf());
    settings.database_url = Some(database.url.clone());
    settings.site = site.to_path_buf();
    settings.test_hooks = true;
    settings.body_seconds = 2;
    settings.header_seconds = 1;
    settings.code_tries = 5;
    settings.handoff_key = Some(loket_intake::seal::new_key_text());
    settings
}

/// Starts a service on this database, changed by `adjust`.
pub async fn start_with(database: &Database, adjust: impl FnOnce(&mut Settings)) -> Service {
    let data = tempfile::tempdir().unwrap();
    let site = site();
    let mut settings = settings(database, data.path(), site.path());
    adjust(&mut settings);
    let header_time = settings.header_time();
    let app = loket_intake::start(settings).await.unwrap();
    loket_intake::delivery::spawn(app.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address: SocketAddr = listener.local_addr().unwrap();
    let router = loket_intake::api::router(app.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let done = tokio::spawn(async move {
        loket_intake::server::serve_on(listener, router, header_time, async {
            let _ = stopped.await;
        })
        .await;
    });
    Service {
        url: format!("http://{address}"),
        app,
        stop: Some(stop),
        done: Some(done),
        _data: data,
        _site: site,
    }
}

/// Starts a service on this database.
pub async fn start(database: &Database) -> Service {
    start_with(database, |_| {}).await
}

impl Service {
    /// Stops it and waits until it has.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(done) = self.done.take() {
            let _ = tokio::time::timeout(Duration::from_secs(15), done).await;
        }
        self.app.store.close().await;
    }

    /// The address of a path.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

/// A client that follows no redirects and never decompresses by itself; one for every test
/// (making one reads the system's certificates, which takes a while).
pub fn client() -> reqwest::Client {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    CLIENT
        .get_or_init(|| {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
        })
        .clone()
}

/// A form of the repository, with Enschede's settings.
pub fn form(id: &str) -> FormSpec {
    let text = std::fs::read_to_string(root().join(format!("forms/{id}.json"))).unwrap();
    let profile = std::fs::read_to_string(root().join("profiles/enschede.json")).unwrap();
    let profile = loket::Profile::from_json(&profile).unwrap();
    FormSpec::from_json(&text)
        .unwrap()
        .with_profile(&profile.settings)
        .unwrap()
}

/// A complaint the kit would send, filled in completely.
pub fn complaint_answers() -> Answers {
    let mut a = Answers::new();
    a.set_text("soort", "behandeling");
    a.set_text(
        "omschrijving",
        "Niemand belde terug. <script>alert('x')</script> '; DROP TABLE submissions; --",
    );
    let yesterday = loket_intake::clock::date_of(loket_intake::clock::now_ms()).plus_days(-1);
    a.set(
        "datum",
        Answer::Date(DateParts {
            day: yesterday.day.to_string(),
            month: yesterday.month.to_string(),
            year: yesterday.year.to_string(),
        }),
    );
    a.set_text("wens", "Een gesprek.");
    a.set_text("naam", "Zoë de Vries-Çelik");
    a.set_text("email", "zoe@voorbeeld.nl");
    a.set_text("adres", "briefadres");
    a.set_text("postcode", "7511JN");
    a.set_text("huisnummer", "1");
    a.set_text("toevoeging", "bis");
    a.set_text("straat", "Langestraat");
    a.set_text("plaats", "Enschede");
    a.set_text("contactwijze", "balie");
    a.set("dagdelen", Answer::List(vec!["middag".into()]));
    a
}

/// A random idempotency key.
pub fn key() -> String {
    loket_intake::seal::random::<16>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The payload the kit sends for these answers.
pub fn payload(spec: &FormSpec, answers: &Answers, reference: &str, key: &str) -> Submission {
    build(
        spec,
        answers,
        &Envelope {
            reference,
            idempotency_key: key,
            municipality: "enschede",
            locale: "nl",
            submitted_at: "2026-12-05T10:00:00.000Z",
        },
    )
}

/// A call-back request about a complaint, as the kit sends it: the phone number, the first
/// choice of every choice, a fresh reference and key.
pub fn callback_request() -> Submission {
    let spec = form("terugbellen");
    let mut answers = Answers::new();
    for q in spec.questions() {
        match &q.kind {
            loket::QuestionKind::Choice { options } => answers.set_text(&q.id, options[0].clone()),
            _ if q.autocomplete.as_deref() == Some("tel") => answers.set_text(&q.id, "0612345678"),
            _ => {}
        }
    }
    let mut request = payload(
        &spec,
        &answers,
        &loket_intake::store::fresh_reference("terugbellen"),
        &key(),
    );
    request.about = Some("klacht".into());
    request
}

/// A complete complaint with a fresh reference and key.
pub fn complaint() -> Submission {
    let spec = form("klacht");
    payload(
        &spec,
        &complaint_answers(),
        &loket_intake::store::fresh_reference("klacht"),
        &key(),
    )
}

/// A real SMTP server (aiosmtpd, from `tools/.venv`, which scripts/setup.sh makes) that keeps
/// every message it receives in a Maildir.
pub struct SmtpServer {
    /// Its port on 127.0.0.1.
    pub port: u16,
    child: std::process::Child,
    folder: tempfile::TempDir,
}

impl SmtpServer {
    /// Starts one on a free port; `None` without tools/.venv (then the test says so, and fails
    /// under `LOKET_REQUIRE_SERVERS=1`).
    pub async fn start() -> Option<Self> {
        let python = root().join("tools/.venv/bin/python");
        if !python.is_file() {
            if std::env::var("LOKET_REQUIRE_SERVERS").as_deref() == Ok("1") {
                panic!("tools/.venv has no aiosmtpd (scripts/setup.sh installs it)");
            }
            eprintln!("no aiosmtpd in tools/.venv: skipped");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let folder = tempfile::tempdir().unwrap();
        let maildir = folder.path().join("mail");
        let mut child = std::process::Command::new(python)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(&maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(Self {
                    port,
                    child,
                    folder,
                });
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("aiosmtpd did not start");
    }

    /// Every message received so far, as raw bytes.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let dir = self.folder.path().join("mail").join("new");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files.iter().map(|f| std::fs::read(f).unwrap()).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
