//! The municipality's side of Loket: serves the reference site, checks every submission with
//! the kit's own rules (the `loket` crate without its view), keeps it durably (SQLite embedded,
//! or PostgreSQL for several instances) and keeps the answers behind short hand-off codes,
//! encrypted, until the profile's retention ends.
//!
//! The parts, one file each: [`settings`] (flags and environment), [`forms`] (specs, profile
//! and texts as loaded), [`store`] and [`writer`] (the database, written in batches), [`site`]
//! (the built site, compressed once), [`seal`] (encryption at rest), [`limiter`] (wrong-code
//! tries), [`retention`] (the purge), [`clock`], [`server`] (connections and their time
//! limits) and [`api`] (the endpoints).

pub mod api;
pub mod clock;
pub mod delivery;
pub mod desk;
pub mod forms;
pub mod limiter;
pub mod retention;
pub mod seal;
pub mod server;
pub mod settings;
pub mod site;
pub mod store;
pub mod writer;

use std::process::ExitCode;
use std::sync::Arc;

use settings::{Cli, Command, Settings};

/// Everything a request may need, shared by every handler.
pub struct App {
    /// The settings the service was started with.
    pub settings: Settings,
    /// The forms, the profile and the texts.
    pub forms: forms::Forms,
    /// The database, for reads.
    pub store: store::Store,
    /// The one writer of the database.
    pub writer: writer::Writer,
    /// The built site.
    pub site: site::Site,
    /// The keys that seal hand-offs.
    pub keys: seal::Keys,
    /// Wrong-code tries per client.
    pub limiter: limiter::Limiter,
    /// Where submissions go next, and the worker's wake-up.
    pub delivery: delivery::Delivery,
}

/// Loads everything the service needs: forms, site, keys, database (with its schema).
pub async fn start(settings: Settings) -> Result<Arc<App>, String> {
    let forms = forms::Forms::load(&settings)?;
    let site = site::Site::load(&settings.site, settings.profile.as_deref())
        .map_err(|e| format!("the site in {}: {e}", settings.site.display()))?;
    let keys = seal::Keys::load(&settings)?;
    let store = store::Store::connect(&settings.database(), &settings.data_dir).await?;
    let writer = writer::Writer::start(store.clone());
    let limiter = limiter::Limiter::new(settings.code_tries, settings.code_window());
    let delivery = delivery::Delivery::load(&settings, &forms.profile)?;
    Ok(Arc::new(App {
        settings,
        forms,
        store,
        writer,
        site,
        keys,
        limiter,
        delivery,
    }))
}

/// Runs the command line: serve (the default), purge once, or make a key.
pub async fn run(cli: Cli) -> ExitCode {
    settings::init_logging(&cli.settings.log);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.settings).await,
        Command::Purge => purge(cli.settings).await,
        Command::NewKey => {
            println!("{}", seal::new_key_text());
            Ok(())
        }
        Command::User(action) => user(cli.settings, action).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!("{message}");
            eprintln!("loket-intake: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(settings: Settings) -> Result<(), String> {
    let listen = settings.listen;
    let app = start(settings).await?;
    retention::spawn(app.clone());
    delivery::spawn(app.clone());
    let router = api::router(app.clone());
    server::serve(listen, router, &app.settings).await
}

/// `loket-intake user add <name> --role desk|admin` (the password on standard input, one line)
/// and `loket-intake user unlock <name>`.
async fn user(settings: Settings, action: settings::UserCommand) -> Result<(), String> {
    let store = store::Store::connect(&settings.database(), &settings.data_dir).await?;
    match action {
        settings::UserCommand::Add { name, role } => {
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .map_err(|e| format!("reading the password: {e}"))?;
            let password = password.trim_end_matches(['\n', '\r']);
            desk::accounts::add_user(&store, &name, &role, password).await?;
            println!("account {name} ({role}) is ready");
        }
        settings::UserCommand::Unlock { name } => {
            store.record_sign_in(&name, true, 0, 0).await?;
            println!("account {name} is unlocked");
        }
    }
    store.close().await;
    Ok(())
}

async fn purge(settings: Settings) -> Result<(), String> {
    let app = start(settings).await?;
    let purged = retention::purge_once(&app).await?;
    println!("{purged}");
    Ok(())
}
