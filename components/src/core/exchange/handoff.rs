//! The hand-off package: the answers given so far, carried to a helper or kept for later
//! without any server. Two forms of it:
//! - a **hand-off code** (also shown as a QR code): the chosen answers, compressed, in letters
//!   and digits that are easy to type and fit a QR code's alphanumeric mode. Files never go
//!   in a code.
//! - an **answers file** (`loket.answers`, JSON): every chosen answer including files, to
//!   keep, bring along or load again later.
//!
//! Reading either never panics: a damaged, tampered or foreign code or file gives a
//! [`HandOffError`] that the view turns into a plain message.

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;
use serde::{Deserialize, Serialize};

use crate::core::journey::flow::{FormState, Position};
use crate::core::model::answers::{Answer, Answers};
use crate::core::model::spec::FormSpec;
use crate::core::rules::dates::CalendarDate;
use crate::core::rules::validate::first_invalid_step;

/// The schema name of an answers file.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::FILE_SCHEMA;
/// use loket::{Answers, Package};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let file = Package::new(&spec, &Answers::new(), &[], "nl").to_file("2026-11-22T10:00:00Z");
/// assert!(file.contains(&format!(r#""schema": "{FILE_SCHEMA}""#)));
/// ```
pub const FILE_SCHEMA: &str = "loket.answers";
/// The answers-file version this crate writes.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::FILE_VERSION;
/// use loket::{Answers, Package};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let file = Package::new(&spec, &Answers::new(), &[], "nl").to_file("2026-11-22T10:00:00Z");
/// assert!(file.contains(&format!(r#""schema_version": {FILE_VERSION}"#)));
/// ```
pub const FILE_VERSION: u32 = 1;
/// The first character of every code this crate writes: its format version.
const CODE_VERSION: char = '1';
/// Codes never unpack to more than this (guards against a "zip bomb").
const CODE_MAX_BYTES: usize = 256 * 1024;
/// The largest answers file read (files included, base64).
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::FILE_MAX_BYTES;
/// use loket::{HandOffError, Package};
///
/// let huge = " ".repeat(FILE_MAX_BYTES) + "{}";
/// assert_eq!(Package::from_file(&huge), Err(HandOffError::TooLarge));
/// ```
pub const FILE_MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why a code or file could not be read. Each has a text `loket-handoff-error-<key>`.
///
/// # Examples
///
/// ```
/// use loket::{HandOffError, Package};
///
/// assert_eq!(Package::from_code(""), Err(HandOffError::Empty));
/// assert_eq!(Package::from_file("%PDF-1.7"), Err(HandOffError::NotAnswers));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandOffError {
    /// Nothing was typed or chosen.
    Empty,
    /// Characters are missing or wrong (a typing error or a damaged code).
    Damaged,
    /// A file that is not a Loket answers file.
    NotAnswers,
    /// Made by a newer version of Loket.
    Newer,
    /// For a form this site does not have.
    UnknownForm,
    /// For an older or newer version of the form.
    OtherVersion,
    /// Too large to be an answers file.
    TooLarge,
}

impl HandOffError {
    /// Every kind of problem, for checks that each has its texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::HandOffError;
    ///
    /// let keys: Vec<&str> = HandOffError::ALL.iter().map(|e| e.key()).collect();
    /// assert_eq!(keys.len(), 7);
    /// assert!(keys.contains(&"damaged"));
    /// ```
    pub const ALL: [HandOffError; 7] = [
        HandOffError::Empty,
        HandOffError::Damaged,
        HandOffError::NotAnswers,
        HandOffError::Newer,
        HandOffError::UnknownForm,
        HandOffError::OtherVersion,
        HandOffError::TooLarge,
    ];

    /// The key in `loket-handoff-error-<key>`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::HandOffError;
    ///
    /// let key = format!("loket-handoff-error-{}", HandOffError::OtherVersion.key());
    /// assert_eq!(key, "loket-handoff-error-other-version");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            HandOffError::Empty => "empty",
            HandOffError::Damaged => "damaged",
            HandOffError::NotAnswers => "not-answers",
            HandOffError::Newer => "newer",
            HandOffError::UnknownForm => "unknown-form",
            HandOffError::OtherVersion => "other-version",
            HandOffError::TooLarge => "too-large",
        }
    }
}

/// The answers that travel, with what is needed to continue: form, version and language.
///
/// # Examples
///
/// ```
/// use loket::{Answers, Package};
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// let package = Package::new(&spec, &answers, &["soort".to_string()], "nl");
/// let back = Package::from_code(&package.to_code()).unwrap();
/// assert_eq!(back, package);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Package {
    /// The form's id.
    #[serde(rename = "f")]
    pub form: String,
    /// The form's version.
    #[serde(rename = "v")]
    pub version: u32,
    /// The resident's language.
    #[serde(rename = "l")]
    pub locale: String,
    /// The chosen answers.
    #[serde(rename = "a")]
    pub answers: Answers,
}

/// An answers file as written to disk: a [`Package`] with readable field names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct AnswersFile {
    schema: String,
    schema_version: u32,
    form: String,
    form_version: u32,
    locale: String,
    saved_at: String,
    answers: Answers,
}

/// The questions whose answers can travel: shown now and answered, in form order.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::answered_questions;
/// use loket::Answers;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("naam", "Anna");
/// answers.set_text("soort", "behandeling");
/// answers.set_text("wens", " ");
/// assert_eq!(answered_questions(&spec, &answers), ["soort", "naam"]);
/// ```
pub fn answered_questions(spec: &FormSpec, answers: &Answers) -> Vec<String> {
    answers
        .visible_steps(spec)
        .into_iter()
        .flat_map(|index| {
            answers
                .visible_questions(spec, &spec.steps[index])
                .filter(|q| answers.get(&q.id).is_some_and(|a| !a.is_blank()))
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The questions chosen to travel at first: every answered one except sensitive ones.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::chosen_by_default;
/// use loket::Answers;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
/// let spec = loket::FormSpec::from_json(json).unwrap();
/// let mut answers = Answers::new();
/// answers.set_text("soort", "behandeling");
/// answers.set_text("naam", "Anna");
/// // A name is personal: it stays home unless the resident chooses it.
/// assert_eq!(chosen_by_default(&spec, &answers), ["soort"]);
/// ```
pub fn chosen_by_default(spec: &FormSpec, answers: &Answers) -> Vec<String> {
    answered_questions(spec, answers)
        .into_iter()
        .filter(|id| spec.question(id).is_some_and(|q| !q.is_sensitive()))
        .collect()
}

impl Package {
    /// The package of the chosen answers of a form.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, Package};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("soort", "behandeling");
    /// answers.set_text("naam", "Anna");
    /// let package = Package::new(&spec, &answers, &["soort".to_string()], "en");
    /// assert_eq!(package.answers.text("soort"), "behandeling");
    /// assert_eq!(package.answers.get("naam"), None);
    /// assert_eq!((package.form.as_str(), package.version), ("klacht", 1));
    /// ```
    pub fn new(spec: &FormSpec, answers: &Answers, chosen: &[String], locale: &str) -> Self {
        let mut kept = Answers::new();
        for (id, answer) in answers.iter() {
            if chosen.contains(id) {
                kept.set(id, answer.clone());
            }
        }
        Self {
            form: spec.id.clone(),
            version: spec.version,
            locale: locale.to_string(),
            answers: kept,
        }
    }

    /// The hand-off code: a version character, then the compressed package in Crockford
    /// base32 (digits and capitals, no I, L, O or U). Files are left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, Package};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("soort", "behandeling");
    /// let code = Package::new(&spec, &answers, &["soort".to_string()], "nl").to_code();
    /// assert!(code.starts_with('1'));
    /// assert!(code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
    /// ```
    pub fn to_code(&self) -> String {
        let mut light = self.clone();
        light.answers = Answers::new();
        for (id, answer) in self.answers.iter() {
            if !matches!(answer, Answer::Files(_)) {
                light.answers.set(id, answer.clone());
            }
        }
        let json = serde_json::to_vec(&light).unwrap_or_default();
        let packed = compress_to_vec_zlib(&json, 10);
        format!(
            "{CODE_VERSION}{}",
            base32::encode(base32::Alphabet::Crockford, &packed)
        )
    }

    /// Reads a code as typed or scanned: spaces, dashes, commas, dots and case do not matter
    /// (so a code written down as a screen reader says it reads too), and `O`, `I` and `L`
    /// are read as `0`, `1` and `1`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, HandOffError, Package};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("soort", "behandeling");
    /// let package = Package::new(&spec, &answers, &["soort".to_string()], "nl");
    ///
    /// // Typed in groups and in lower case, the code still reads.
    /// let typed = Package::grouped(&package.to_code()).to_lowercase();
    /// assert_eq!(Package::from_code(&typed), Ok(package));
    /// assert_eq!(Package::from_code("1XYZ"), Err(HandOffError::Damaged));
    /// ```
    pub fn from_code(typed: &str) -> Result<Self, HandOffError> {
        let cleaned: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | ',' | '.'))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect();
        let mut chars = cleaned.chars();
        match chars.next() {
            None => return Err(HandOffError::Empty),
            Some(CODE_VERSION) => {}
            Some(c) if c.is_ascii_digit() => return Err(HandOffError::Newer),
            Some(_) => return Err(HandOffError::Damaged),
        }
        let packed = base32::decode(base32::Alphabet::Crockford, chars.as_str())
            .ok_or(HandOffError::Damaged)?;
        let json = decompress_to_vec_zlib_with_limit(&packed, CODE_MAX_BYTES)
            .map_err(|_| HandOffError::Damaged)?;
        serde_json::from_slice(&json).map_err(|_| HandOffError::Damaged)
    }

    /// The code in groups of four, for reading aloud and typing.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Package;
    ///
    /// assert_eq!(Package::grouped("1ABCDEFGHJ"), "1ABC DEFG HJ");
    /// ```
    pub fn grouped(code: &str) -> String {
        code.as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// What a screen reader should say for a code: every character on its own, a pause
    /// between the groups of [`Package::grouped`] ("1 A B C, D E F G, H J"), so no group is
    /// read as a word or a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Package;
    ///
    /// assert_eq!(Package::spoken("1ABC2345HJ"), "1 A B C, 2 3 4 5, H J");
    /// ```
    pub fn spoken(code: &str) -> String {
        spell_out(
            code.as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c)),
        )
    }

    /// The answers file (pretty JSON), stamped with `saved_at` (ISO 8601).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, Package};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("soort", "behandeling");
    /// let package = Package::new(&spec, &answers, &["soort".to_string()], "nl");
    /// let file = package.to_file("2026-11-22T10:00:00Z");
    /// assert!(file.contains(r#""saved_at": "2026-11-22T10:00:00Z""#));
    /// assert_eq!(Package::from_file(&file), Ok(package));
    /// ```
    pub fn to_file(&self, saved_at: &str) -> String {
        let file = AnswersFile {
            schema: FILE_SCHEMA.to_string(),
            schema_version: FILE_VERSION,
            form: self.form.clone(),
            form_version: self.version,
            locale: self.locale.clone(),
            saved_at: saved_at.to_string(),
            answers: self.answers.clone(),
        };
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads an answers file.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{HandOffError, Package};
    ///
    /// let file = r#"{"schema": "loket.answers", "schema_version": 1, "form": "klacht",
    ///     "form_version": 1, "locale": "nl", "saved_at": "2026-11-22T10:00:00Z",
    ///     "answers": {"soort": "behandeling"}}"#;
    /// let package = Package::from_file(file).unwrap();
    /// assert_eq!(package.answers.text("soort"), "behandeling");
    ///
    /// let newer = file.replace(r#""schema_version": 1"#, r#""schema_version": 2"#);
    /// assert_eq!(Package::from_file(&newer), Err(HandOffError::Newer));
    /// ```
    pub fn from_file(contents: &str) -> Result<Self, HandOffError> {
        if contents.trim().is_empty() {
            return Err(HandOffError::Empty);
        }
        if contents.len() > FILE_MAX_BYTES {
            return Err(HandOffError::TooLarge);
        }
        let value: serde_json::Value =
            serde_json::from_str(contents).map_err(|_| HandOffError::NotAnswers)?;
        if value.get("schema").and_then(|s| s.as_str()) != Some(FILE_SCHEMA) {
            return Err(HandOffError::NotAnswers);
        }
        match value.get("schema_version").and_then(|v| v.as_u64()) {
            Some(v) if v > u64::from(FILE_VERSION) => return Err(HandOffError::Newer),
            Some(_) => {}
            None => return Err(HandOffError::Damaged),
        }
        let file: AnswersFile = serde_json::from_value(value).map_err(|_| HandOffError::Damaged)?;
        Ok(Self {
            form: file.form,
            version: file.form_version,
            locale: file.locale,
            answers: file.answers,
        })
    }

    /// The form this package is for, among `forms`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, HandOffError, Package};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut package = Package::new(&spec, &Answers::new(), &[], "nl");
    /// assert_eq!(package.find_form([&spec]), Ok(&spec));
    /// package.version = 2;
    /// assert_eq!(package.find_form([&spec]), Err(HandOffError::OtherVersion));
    /// ```
    pub fn find_form<'a>(
        &self,
        forms: impl IntoIterator<Item = &'a FormSpec>,
    ) -> Result<&'a FormSpec, HandOffError> {
        let form = forms
            .into_iter()
            .find(|f| f.id == self.form)
            .ok_or(HandOffError::UnknownForm)?;
        if form.version == self.version {
            Ok(form)
        } else {
            Err(HandOffError::OtherVersion)
        }
    }

    /// A draft to continue with: the form's defaults, then every answer that belongs to one
    /// of its questions and has the right shape (anything else is dropped). It opens on the
    /// first step that still needs an answer, or on the check page when none does.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::{Answers, CalendarDate, Package, Position};
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/klacht.json"));
    /// let spec = loket::FormSpec::from_json(json).unwrap();
    /// let mut answers = Answers::new();
    /// answers.set_text("soort", "behandeling");
    /// let package = Package::new(&spec, &answers, &["soort".to_string()], "nl");
    /// let state = package.to_state(&spec, CalendarDate::new(2026, 11, 22).unwrap());
    /// assert_eq!(state.answers.text("soort"), "behandeling");
    /// // It opens on the first step that still needs an answer.
    /// assert_eq!(state.position, Position::Step { index: 1 });
    /// ```
    pub fn to_state(&self, spec: &FormSpec, today: CalendarDate) -> FormState {
        let mut state = FormState::new(spec);
        for (id, answer) in self.answers.iter() {
            if spec.question(id).is_some_and(|q| answer.fits(&q.kind)) {
                state.answers.set(id, answer.clone());
            }
        }
        state.position = match first_invalid_step(spec, &state.answers, today) {
            Some((index, _)) => Position::Step { index },
            None => Position::Check,
        };
        state
    }
}

/// Groups of a code as a screen reader should say them: the characters of each group apart,
/// the groups apart by a comma (a pause). Used for the long code and the short code alike.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::spell_out;
///
/// assert_eq!(spell_out(["K7M", "4QX"]), "K 7 M, 4 Q X");
/// ```
pub fn spell_out<G: AsRef<str>>(groups: impl IntoIterator<Item = G>) -> String {
    groups
        .into_iter()
        .map(|g| {
            g.as_ref()
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A QR code of `text` as one SVG path (`d` attribute) of 1×1 squares, and its width in
/// modules (without the quiet zone). `None` when the text is too long for any QR code.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::handoff::qr_path;
///
/// let (width, path) = qr_path("1ABCDEFGH").unwrap();
/// assert_eq!(width, 21);
/// assert!(path.starts_with("M0 0h1v1h-1z"));
/// let svg = format!(r#"<svg viewBox="-4 -4 {0} {0}"><path d="{path}"/></svg>"#, width + 8);
/// assert!(svg.contains("<path"));
/// ```
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == qrcode::Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width, i / width));
        }
    }
    Some((width, d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::answers::{DateParts, FileAnswer};

    #[test]
    fn the_long_code_is_spoken_character_by_character_and_reads_back_as_heard() {
        let spec = spec();
        let mut answers = Answers::new();
        answers.set_text("tekst", "De lantaarnpaal brandt niet.");
        let package = Package::new(&spec, &answers, &["tekst".to_string()], "nl");
        let code = package.to_code();
        let spoken = Package::spoken(&code);
        // Every character stands alone; groups of four are set apart by a comma.
        let groups: Vec<&str> = spoken.split(", ").collect();
        assert_eq!(groups.len(), code.len().div_ceil(4));
        assert!(
            groups
                .iter()
                .all(|g| g.split(' ').all(|c| c.chars().count() == 1))
        );
        assert_eq!(spoken.replace([',', ' '], ""), code);
        // Written down as heard, lower case and all, the code still opens the answers.
        assert_eq!(Package::from_code(&spoken.to_lowercase()), Ok(package));
    }

    fn spec() -> FormSpec {
        FormSpec::from_json(
            r#"{"id":"f","version":2,"steps":[
                {"id":"a","questions":[
                    {"id":"tekst","kind":{"type":"long_text"}},
                    {"id":"naam","kind":{"type":"text","format":"name"},"autocomplete":"name"}]},
                {"id":"b","questions":[
                    {"id":"wanneer","kind":{"type":"date","rule":"any"}},
                    {"id":"straten","kind":{"type":"list","max_items":5},"required":false},
                    {"id":"bijlage","kind":{"type":"files","accept":["image/jpeg"],"max_bytes":1000,"max_files":2},"required":false}]}]}"#,
        )
        .unwrap()
    }

    fn answers() -> Answers {
        let mut a = Answers::new();
        a.set_text(
            "tekst",
            "Één café — “crème brûlée” 😀 ".repeat(60) + "<script>alert(1)</script>",
        );
        a.set_text("naam", "Zoë de Vries-Çelik");
        a.set(
            "wanneer",
            Answer::Date(DateParts {
                day: "3".into(),
                month: "11".into(),
                year: "2026".into(),
            }),
        );
        a.set(
            "straten",
            Answer::List(vec!["Oude Markt".into(), "Ööstraat".into()]),
        );
        a.set(
            "bijlage",
            Answer::Files(vec![FileAnswer {
                name: "foto.jpg".into(),
                media_type: "image/jpeg".into(),
                size: 3,
                content_base64: "AAEC".into(),
            }]),
        );
        a
    }

    fn everything() -> Vec<String> {
        answered_questions(&spec(), &answers())
    }

    #[test]
    fn a_code_carries_every_chosen_answer_but_files() {
        let package = Package::new(&spec(), &answers(), &everything(), "en");
        let code = package.to_code();
        assert!(
            code.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        );
        let back = Package::from_code(&code).unwrap();
        assert_eq!(back.form, "f");
        assert_eq!(back.version, 2);
        assert_eq!(back.locale, "en");
        assert_eq!(back.answers.text("tekst"), answers().text("tekst"));
        assert_eq!(back.answers.text("naam"), "Zoë de Vries-Çelik");
        assert_eq!(back.answers.get("wanneer"), answers().get("wanneer"));
        assert_eq!(back.answers.list("straten"), answers().list("straten"));
        assert_eq!(back.answers.get("bijlage"), None);
    }

    #[test]
    fn a_code_can_be_typed_in_groups_in_lower_case_with_look_alikes() {
        let code = Package::new(&spec(), &answers(), &everything(), "nl").to_code();
        let typed = Package::grouped(&code)
            .to_lowercase()
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(
            Package::from_code(&typed).unwrap(),
            Package::from_code(&code).unwrap()
        );
    }

    #[test]
    fn sensitive_answers_stay_home_unless_chosen() {
        let chosen = chosen_by_default(&spec(), &answers());
        assert!(chosen.contains(&"tekst".to_string()));
        assert!(!chosen.contains(&"naam".to_string()));
        let package = Package::new(&spec(), &answers(), &chosen, "nl");
        assert_eq!(package.answers.get("naam"), None);
    }

    #[test]
    fn a_file_round_trip_keeps_everything_including_files() {
        let package = Package::new(&spec(), &answers(), &everything(), "nl");
        let file = package.to_file("2026-11-22T10:00:00Z");
        assert!(file.contains("\"schema\": \"loket.answers\""));
        assert_eq!(Package::from_file(&file), Ok(package));
    }

    #[test]
    fn damaged_or_tampered_codes_are_refused_without_panic() {
        let code = Package::new(&spec(), &answers(), &everything(), "nl").to_code();
        assert_eq!(Package::from_code("   "), Err(HandOffError::Empty));
        assert_eq!(Package::from_code("1"), Err(HandOffError::Damaged));
        assert_eq!(Package::from_code("X123"), Err(HandOffError::Damaged));
        assert_eq!(Package::from_code("9ABC"), Err(HandOffError::Newer));
        assert_eq!(Package::from_code("1 ÀÉ😀"), Err(HandOffError::Damaged));
        assert_eq!(
            Package::from_code(&code[..code.len() / 2]),
            Err(HandOffError::Damaged)
        );
        // Change every character in turn to another valid one: never a panic, never a
        // silently different package.
        let original = Package::from_code(&code).unwrap();
        for i in 1..code.len() {
            let mut bytes = code.clone().into_bytes();
            bytes[i] = if bytes[i] == b'Z' { b'Y' } else { b'Z' };
            let tampered = String::from_utf8(bytes).unwrap();
            if let Ok(p) = Package::from_code(&tampered) {
                assert_eq!(p, original, "a changed character at {i} went unnoticed");
            }
        }
    }

    #[test]
    fn foreign_or_damaged_files_are_refused_without_panic() {
        let good = Package::new(&spec(), &answers(), &everything(), "nl").to_file("t");
        assert_eq!(Package::from_file(""), Err(HandOffError::Empty));
        assert_eq!(
            Package::from_file("%PDF-1.4 binary"),
            Err(HandOffError::NotAnswers)
        );
        assert_eq!(
            Package::from_file(r#"{"schema":"other"}"#),
            Err(HandOffError::NotAnswers)
        );
        assert_eq!(
            Package::from_file(&good.replace("\"schema_version\": 1", "\"schema_version\": 7")),
            Err(HandOffError::Newer)
        );
        assert_eq!(
            Package::from_file(&good.replace("\"answers\"", "\"antwoorden\"")),
            Err(HandOffError::Damaged)
        );
        assert_eq!(
            Package::from_file(&good[..good.len() - 10]),
            Err(HandOffError::NotAnswers)
        );
    }

    #[test]
    fn a_package_for_another_form_or_version_is_named_as_such() {
        let forms = vec![spec()];
        let mut package = Package::new(&spec(), &answers(), &everything(), "nl");
        assert!(package.find_form(&forms).is_ok());
        package.version = 1;
        assert_eq!(
            package.find_form(&forms).err(),
            Some(HandOffError::OtherVersion)
        );
        package.form = "x".into();
        assert_eq!(
            package.find_form(&forms).err(),
            Some(HandOffError::UnknownForm)
        );
    }

    #[test]
    fn continuing_drops_strange_answers_and_opens_where_work_is_left() {
        let today = CalendarDate::new(2026, 11, 22).unwrap();
        let mut package = Package::new(&spec(), &answers(), &everything(), "nl");
        package.answers.set_text("onbekend", "x");
        package.answers.set_text("straten", "not a list");
        let state = package.to_state(&spec(), today);
        assert_eq!(state.answers.get("onbekend"), None);
        assert_eq!(state.answers.get("straten"), None);
        assert_eq!(state.position, Position::Check);

        let partial = Package::new(&spec(), &answers(), &["tekst".to_string()], "nl");
        assert_eq!(
            partial.to_state(&spec(), today).position,
            Position::Step { index: 0 }
        );
    }

    #[test]
    fn the_qr_code_is_drawn_for_a_long_code_and_refused_beyond_any_size() {
        let code = Package::new(&spec(), &answers(), &everything(), "nl").to_code();
        let (width, path) = qr_path(&code).unwrap();
        assert!(width >= 21);
        assert!(path.starts_with('M'));
        assert_eq!(qr_path(&"A".repeat(5000)), None);
    }
}
