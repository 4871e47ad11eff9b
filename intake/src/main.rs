//! `loket-intake`: the municipality's side of Loket. See docs/intake.md.

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = loket_intake::settings::Cli::parse();
    loket_intake::run(cli).await
}
