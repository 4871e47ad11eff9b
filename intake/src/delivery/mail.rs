//! E-mail: the department's notice (the reference, the form, when, and a link to the desk; the
//! answers only when the profile asks) and the acknowledgement of receipt to the resident (Awb
//! 4:3b: in their language, with the reference, the date and time received, what happens next
//! and by when, and how to reach the municipality). Every text comes from Fluent
//! (`locales/<lang>/service/mail.ftl`, and the form's own confirmation and deadline texts, so
//! the e-mail says what the confirmation said). Each has a plain-text and an HTML part, and a
//! Message-ID made from the delivery's id, so a receiving system can tell a repeat.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use loket::core::exchange::in_words::answer_in_words;
use loket::core::exchange::payload::{Submission, Value};
use loket::core::texts::i18n::{Arg, Catalog};
use loket::core::texts::messages::{self, date_in_words};
use loket::{Answer, Answers, FormSpec, Locale};

use super::{DepartmentMail, Outcome};
use crate::store::Kept;
use crate::{App, clock};

/// An SMTP connection pool and the sender.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// One e-mail: its language, subject and parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The language of its texts.
    pub lang: String,
    /// The subject.
    pub subject: String,
    /// Paragraphs and headings, in order: `(true, heading)` or `(false, paragraph)`.
    pub blocks: Vec<(bool, String)>,
}

impl Letter {
    /// The plain-text part: headings underlined, paragraphs apart.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for (heading, text) in &self.blocks {
            if *heading {
                out.push_str(text);
                out.push('\n');
                out.push_str(&"-".repeat(text.chars().count()));
                out.push('\n');
            } else {
                out.push_str(text);
                out.push_str("\n\n");
            }
        }
        out.trim_end().to_string() + "\n"
    }

    /// The HTML part: the same blocks as headings and paragraphs, every text escaped.
    pub fn html(&self) -> String {
        let body: String = self
            .blocks
            .iter()
            .map(|(heading, text)| {
                let text = maud::html! { (text) }.into_string().replace('\n', "<br>");
                if *heading {
                    format!("<h2>{text}</h2>\n")
                } else {
                    format!("<p>{text}</p>\n")
                }
            })
            .collect();
        let subject = maud::html! { (self.subject) }.into_string();
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{subject}</title></head><body>\n{body}</body></html>\n",
            self.lang.replace('"', "")
        )
    }
}

impl Mailer {
    /// Connects through the URL (see `--smtp-url`).
    pub fn new(url: &str, from: &str, timeout: Duration) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("--smtp-url: {e}"))?
            .timeout(Some(timeout))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("--mail-from `{from}`: {e}"))?;
        Ok(Self { transport, from })
    }

    /// Sends a letter to one or more addresses (comma-separated).
    pub async fn send(&self, to: &str, letter: &Letter, id: &str) -> Outcome {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .subject(letter.subject.clone())
            .message_id(Some(format!(
                "<{}@loket>",
                id.chars()
                    .map(|c| if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        '.'
                    })
                    .collect::<String>()
            )));
        for address in to.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            match address.parse::<Mailbox>() {
                Ok(mailbox) => builder = builder.to(mailbox),
                Err(e) => return Outcome::Refused(format!("the address {address}: {e}")),
            }
        }
        let message = builder.multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(letter.plain()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(letter.html()),
                ),
        );
        let message = match message {
            Ok(m) => m,
            Err(e) => return Outcome::Refused(format!("the e-mail: {e}")),
        };
        match self.transport.send(message).await {
            Ok(_) => Outcome::Delivered,
            Err(e) => outcome_of(&e),
        }
    }
}

/// A permanent refusal (5xx) fails the delivery; anything else is tried again.
fn outcome_of(error: &SmtpError) -> Outcome {
    if error.is_permanent() {
        Outcome::Refused(error.to_string())
    } else {
        Outcome::Retry(error.to_string())
    }
}

/// The locale for a tag, or Dutch when the service has no texts in it.
fn locale_for(catalog: &Catalog, tag: &str) -> Locale {
    catalog
        .locales()
        .into_iter()
        .find(|l| l.tag() == tag)
        .unwrap_or_else(|| Locale::new("nl"))
}

/// Formats a text with the profile's arguments and more.
fn text(app: &App, locale: &Locale, key: &str, more: &[(&str, Arg)]) -> String {
    let catalog = app.forms.catalog();
    let owned = app.forms.profile.text_args(|k| catalog.text(locale, k));
    let mut args: Vec<(&str, Arg)> = owned.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    args.extend(more.iter().cloned());
    catalog.format(locale, key, &args)
}

/// A received payload's answers as the kit holds them (texts and lists; files are left out),
/// for the texts that depend on what the resident chose. The payload holds only the answers
/// that were shown.
fn answers_of(submission: &Submission) -> Answers {
    let mut answers = Answers::new();
    for (question, value) in &submission.answers {
        match value {
            Value::Text(text) => answers.set_text(question, text.clone()),
            Value::List(items) => answers.set(question, Answer::List(items.clone())),
            Value::Files(_) => {}
        }
    }
    answers
}

/// The acknowledgement of receipt, in the resident's language.
pub fn acknowledgement(app: &App, spec: &FormSpec, kept: &Kept) -> Letter {
    let catalog = app.forms.catalog();
    let submission = &kept.submission;
    let locale = locale_for(catalog, &submission.locale);
    let (day, time) = clock::dutch_time(kept.received_at);
    let outcome = submission.outcome.as_deref();
    let title = text(
        app,
        &locale,
        &messages::done_title_for(&spec.id, outcome),
        &[],
    );
    let reference = submission.reference.clone();
    let mut blocks = vec![
        (false, text(app, &locale, "mail-ack-hello", &[])),
        (
            false,
            text(
                app,
                &locale,
                "mail-ack-received",
                &[
                    ("date", date_in_words(catalog, &locale, day).into()),
                    ("time", time.into()),
                    ("reference", reference.clone().into()),
                ],
            ),
        ),
        (true, text(app, &locale, "mail-ack-next-title", &[])),
    ];
    // The promises say what the confirmation said, shaped by the resident's choices.
    let choices = messages::choice_args(spec, &answers_of(submission));
    for deadline in spec
        .deadlines
        .iter()
        .filter(|d| d.outcome.is_none() || d.outcome.as_deref() == outcome)
    {
        let date = day.plus_days(i64::from(deadline.days));
        let mut args: Vec<(&str, Arg)> = choices
            .iter()
            .map(|(n, v)| (n.as_str(), v.clone()))
            .collect();
        args.push(("date", date_in_words(catalog, &locale, date).into()));
        blocks.push((
            false,
            text(
                app,
                &locale,
                &messages::deadline(&spec.id, &deadline.id),
                &args,
            ),
        ));
    }
    let body = messages::done_body_for(&spec.id, outcome);
    if catalog.has(&locale, &body) {
        for line in text(app, &locale, &body, &[])
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            blocks.push((false, line.trim().to_string()));
        }
    }
    blocks.push((true, text(app, &locale, "mail-ack-help-title", &[])));
    let profile = &app.forms.profile;
    for channel in profile.channels_for(&spec.id) {
        let title = text(app, &locale, &profile.channel_title_key(channel), &[]);
        let how = text(app, &locale, &profile.channel_how_key(channel), &[]);
        let line = match &channel.phone {
            Some(phone) => format!("{title} {phone}: {how}"),
            None => format!("{title}: {how}"),
        };
        blocks.push((false, line));
    }
    blocks.push((
        false,
        format!(
            "{}\n{}",
            text(app, &locale, "mail-ack-closing", &[]),
            text(app, &locale, &profile.name_key(), &[])
        ),
    ));
    blocks.push((false, text(app, &locale, "mail-ack-no-reply", &[])));
    Letter {
        lang: locale.tag().to_string(),
        subject: text(
            app,
            &locale,
            "mail-ack-subject",
            &[("title", title.into()), ("reference", reference.into())],
        ),
        blocks,
    }
}

/// The department's notice, in the desk's language.
pub fn department(app: &App, spec: &FormSpec, kept: &Kept, config: &DepartmentMail) -> Letter {
    let catalog = app.forms.catalog();
    let locale = locale_for(catalog, &app.settings.desk_locale);
    let submission = &kept.submission;
    let (day, time) = clock::dutch_time(kept.received_at);
    let form = text(app, &locale, &messages::form_title(&spec.id), &[]);
    let reference = submission.reference.clone();
    let link = format!(
        "{}/balie/inzendingen/{}",
        app.delivery.public_url, submission.reference
    );
    let mut blocks = vec![(
        false,
        text(
            app,
            &locale,
            "mail-department-received",
            &[
                ("date", date_in_words(catalog, &locale, day).into()),
                ("time", time.into()),
                ("form", form.clone().into()),
                ("reference", reference.clone().into()),
            ],
        ),
    )];
    if let Some(user) = &submission.assisted_by {
        blocks.push((
            false,
            text(
                app,
                &locale,
                "mail-department-assisted",
                &[("user", user.clone().into())],
            ),
        ));
    }
    blocks.push((
        false,
        text(
            app,
            &locale,
            "mail-department-link",
            &[("link", link.into())],
        ),
    ));
    if config.answers {
        blocks.push((
            true,
            text(app, &locale, "mail-department-answers-title", &[]),
        ));
        for question in spec.questions() {
            if let Some(value) = submission.answers.get(&question.id) {
                let label = text(app, &locale, &messages::label(&spec.id, &question.id), &[]);
                let answer = answer_in_words(catalog, &locale, spec, question, Some(value));
                blocks.push((false, format!("{label}\n{answer}")));
            }
        }
    } else {
        blocks.push((false, text(app, &locale, "mail-department-no-answers", &[])));
    }
    Letter {
        lang: locale.tag().to_string(),
        subject: text(
            app,
            &locale,
            "mail-department-subject",
            &[("form", form.into()), ("reference", reference.into())],
        ),
        blocks,
    }
}
