//! Flags and environment variables: every flag has an environment variable of the same name
//! (`--database-url` and `LOKET_DATABASE_URL`). `loket-intake --help` lists them.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "loket-intake",
    version,
    about = "Serves the Loket site, checks and keeps what residents send, and keeps the answers behind short hand-off codes."
)]
pub struct Cli {
    /// What to do; without one, serve.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The settings, for every command.
    #[command(flatten)]
    pub settings: Settings,
}

/// What the service can do besides serving.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the site and the endpoints (the default).
    Serve,
    /// Delete what is past its retention once, print the counts and stop.
    Purge,
    /// Print a new key for sealing hand-offs (for `LOKET_HANDOFF_KEY`).
    NewKey,
    /// Accounts of the desk.
    #[command(subcommand)]
    User(UserCommand),
}

/// Accounts of the desk (`/balie`).
#[derive(Debug, Clone, Subcommand)]
pub enum UserCommand {
    /// Add an account, or give an existing one a new password and role (the password is read
    /// as one line from standard input: `printf '%s\n' "$PASSWORD" | loket-intake user add anna
    /// --role desk`). At least 12 characters.
    Add {
        /// The name it signs in with.
        name: String,
        /// `desk` (short codes, call-backs, where residents get stuck) or `admin` (also
        /// deliveries and the audit log).
        #[arg(long, default_value = "desk")]
        role: String,
    },
    /// Unlock an account that was locked after wrong passwords.
    Unlock {
        /// The account.
        name: String,
    },
}

/// Everything the service is told at start.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "LOKET_LISTEN",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub listen: SocketAddr,
    /// Where submissions are kept: `sqlite://data/loket.db` (the default, a file in the data
    /// folder) or `postgres://user@host/db` for several instances.
    #[arg(long, env = "LOKET_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The data folder: the SQLite file by default, and the hand-off key file.
    #[arg(long, env = "LOKET_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,
    /// The built site (`scripts/build.sh` writes `dist/`).
    #[arg(long, env = "LOKET_SITE", default_value = "dist", global = true)]
    pub site: PathBuf,
    /// The form specs (`<dir>/*.json` and `<dir>/runtime/*.json`).
    #[arg(long, env = "LOKET_FORMS", default_value = "forms", global = true)]
    pub forms: PathBuf,
    /// The municipality profiles.
    #[arg(
        long,
        env = "LOKET_PROFILES",
        default_value = "profiles",
        global = true
    )]
    pub profiles: PathBuf,
    /// The texts (`<dir>/<lang>/*.ftl`), for the message keys of refused answers.
    #[arg(long, env = "LOKET_LOCALES", default_value = "locales", global = true)]
    pub locales: PathBuf,
    /// The municipality profile to serve; unset: the one the site was built with. Another
    /// profile than the build's is written into every page, without the prerendered steps.
    #[arg(long, env = "LOKET_PROFILE", global = true)]
    pub profile: Option<String>,
    /// The key that seals hand-offs (base64 of 32 bytes; `loket-intake new-key` makes one).
    /// Unset: `<data-dir>/handoff.key`, made on first start.
    #[arg(long, env = "LOKET_HANDOFF_KEY", hide_env_values = true, global = true)]
    pub handoff_key: Option<String>,
    /// Earlier keys, comma-separated: hand-offs sealed with them can still be opened.
    #[arg(
        long,
        env = "LOKET_HANDOFF_OLD_KEYS",
        hide_env_values = true,
        global = true
    )]
    pub handoff_old_keys: Option<String>,
    /// The largest request body of all, in bytes; each form's own limit is lower when its
    /// files allow (see docs/intake.md).
    #[arg(long, env = "LOKET_MAX_BODY_BYTES", default_value_t = 32 * 1024 * 1024, global = true)]
    pub max_body_bytes: usize,
    /// Seconds a client may take to send a request body; a slower one gets 408.
    #[arg(long, env = "LOKET_BODY_SECONDS", default_value_t = 30, global = true)]
    pub body_seconds: u64,
    /// Seconds a client may take to send the request line and headers; then the connection closes.
    #[arg(
        long,
        env = "LOKET_HEADER_SECONDS",
        default_value_t = 10,
        global = true
    )]
    pub header_seconds: u64,
    /// Unknown hand-off codes a client may try per window before it has to wait.
    #[arg(long, env = "LOKET_CODE_TRIES", default_value_t = 10, global = true)]
    pub code_tries: u32,
    /// The window for `--code-tries`, in seconds.
    #[arg(long, env = "LOKET_CODE_WINDOW_SECONDS", default_value_t = 15 * 60, global = true)]
    pub code_window_seconds: u64,
    /// Take the client's address from the last `X-Forwarded-For` entry (behind a proxy that
    /// sets it), for the wrong-code limit.
    #[arg(long, env = "LOKET_TRUST_FORWARDED_FOR", global = true)]
    pub trust_forwarded_for: bool,
    /// An origin whose pages may post to the endpoints (a municipal site that embeds a form);
    /// repeat for more.
    #[arg(
        long = "allow-origin",
        env = "LOKET_ALLOW_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub allow_origins: Vec<String>,
    /// Seconds between two purges of what is past its retention.
    #[arg(long, env = "LOKET_PURGE_SECONDS", default_value_t = 60 * 60, global = true)]
    pub purge_seconds: u64,
    /// Days anonymous feedback and journey signals are kept.
    #[arg(long, env = "LOKET_ANONYMOUS_DAYS", default_value_t = 2 * 365, global = true)]
    pub anonymous_days: u32,
    /// The site is served over https (behind a proxy): send Strict-Transport-Security.
    #[arg(long, env = "LOKET_HTTPS", global = true)]
    pub https: bool,
    /// The SMTP server for e-mail to departments and acknowledgements to residents:
    /// `smtp://user:password@host:587?tls=required` (STARTTLS), `smtps://host:465` (TLS from the
    /// start) or `smtp://host:25` (none, for a local relay). Unset: no e-mail.
    #[arg(long, env = "LOKET_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<String>,
    /// The sender of every e-mail: `Gemeente Enschede <noreply@enschede.nl>`.
    #[arg(
        long,
        env = "LOKET_MAIL_FROM",
        default_value = "Loket <noreply@localhost>",
        global = true
    )]
    pub mail_from: String,
    /// The service's own address as residents and staff reach it (`https://loket.enschede.nl`),
    /// for the link to the desk in a department's e-mail.
    #[arg(
        long,
        env = "LOKET_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080",
        global = true
    )]
    pub public_url: String,
    /// The Objects API (`https://objecten.enschede.nl`); records go to `<url>/api/v2/objects`.
    #[arg(long, env = "LOKET_OBJECTS_URL", global = true)]
    pub objects_url: Option<String>,
    /// The Objects API's token (`Authorization: Token …`).
    #[arg(
        long,
        env = "LOKET_OBJECTS_TOKEN",
        hide_env_values = true,
        global = true
    )]
    pub objects_token: Option<String>,
    /// Where the webhook posts each submission.
    #[arg(long, env = "LOKET_WEBHOOK_URL", global = true)]
    pub webhook_url: Option<String>,
    /// The shared secret of the webhook's signature (HMAC-SHA256).
    #[arg(
        long,
        env = "LOKET_WEBHOOK_SECRET",
        hide_env_values = true,
        global = true
    )]
    pub webhook_secret: Option<String>,
    /// Tries of one delivery before it goes to the "failed" list that staff can retry.
    #[arg(
        long,
        env = "LOKET_DELIVERY_TRIES",
        default_value_t = 10,
        global = true
    )]
    pub delivery_tries: u32,
    /// The first wait after a failed delivery, in seconds; it doubles each time (at most an
    /// hour), give or take a fifth.
    #[arg(
        long,
        env = "LOKET_DELIVERY_RETRY_SECONDS",
        default_value_t = 30,
        global = true
    )]
    pub delivery_retry_seconds: u64,
    /// Seconds one delivery may take before it counts as failed.
    #[arg(
        long,
        env = "LOKET_DELIVERY_TIMEOUT_SECONDS",
        default_value_t = 20,
        global = true
    )]
    pub delivery_timeout_seconds: u64,
    /// The language of the desk's e-mails and pages by default (`nl` or `en`).
    #[arg(long, env = "LOKET_DESK_LOCALE", default_value = "nl", global = true)]
    pub desk_locale: String,
    /// Test hook, off by default: `GET /__loket/submissions` lists what arrived. Never in production.
    #[arg(long, env = "LOKET_TEST_HOOKS", global = true)]
    pub test_hooks: bool,
    /// What to log (`info`, `debug`, `loket_intake=debug,sqlx=warn`, …).
    #[arg(
        long,
        env = "LOKET_LOG",
        default_value = "info,sqlx=warn",
        global = true
    )]
    pub log: String,
}

impl Settings {
    /// The database address: the one given, or the SQLite file in the data folder.
    pub fn database(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("loket.db").display()
            )
        })
    }

    /// How long a client may take to send a body.
    pub fn body_time(&self) -> Duration {
        Duration::from_secs(self.body_seconds)
    }

    /// How long a client may take to send its headers.
    pub fn header_time(&self) -> Duration {
        Duration::from_secs(self.header_seconds)
    }

    /// The window of the wrong-code limit.
    pub fn code_window(&self) -> Duration {
        Duration::from_secs(self.code_window_seconds)
    }

    /// Settings for a test or a tool: every default, with these folders.
    pub fn for_folders(root: &std::path::Path, data_dir: PathBuf) -> Self {
        let cli = Cli::parse_from(["loket-intake"]);
        Self {
            data_dir,
            site: root.join("dist"),
            forms: root.join("forms"),
            profiles: root.join("profiles"),
            locales: root.join("locales"),
            ..cli.settings
        }
    }
}

/// Logs to standard error, filtered as `--log` says.
pub fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
