//! The municipality profile: contact details and endpoints as data, so the kit serves any
//! municipality. Texts about each channel are Fluent messages named after the profile and channel.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How many days "remember on this device" keeps a draft when the profile does not say.
///
/// # Examples
///
/// ```
/// use loket::core::exchange::draft::remember_until;
/// use loket::core::model::profile::DEFAULT_REMEMBER_DAYS;
///
/// let week = remember_until(0, DEFAULT_REMEMBER_DAYS);
/// assert_eq!(week, 7 * 86_400_000);
/// ```
pub const DEFAULT_REMEMBER_DAYS: u32 = 7;

/// When to offer help; from the municipality profile (`stuck`), with kind defaults.
///
/// # Examples
///
/// ```
/// use loket::StuckSettings;
///
/// let settings: StuckSettings = serde_json::from_str(r#"{"idle_seconds": 0}"#).unwrap();
/// assert_eq!(settings, StuckSettings { failures: 3, moves: 4, idle_seconds: 0 });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StuckSettings {
    /// Offer help when one question fails its check this many times on a page.
    pub failures: u32,
    /// Offer help after this many moves between the same two pages (4: there, back, there,
    /// back).
    pub moves: u32,
    /// Offer help when nothing changed for this many seconds after the resident started on
    /// a page and did not move on. 0 switches this trigger off.
    pub idle_seconds: u32,
}

impl Default for StuckSettings {
    fn default() -> Self {
        Self {
            failures: 3,
            moves: 4,
            idle_seconds: 180,
        }
    }
}

/// One municipality's settings.
///
/// # Examples
///
/// ```
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// let profile = loket::Profile::from_json(json).unwrap();
/// assert_eq!(profile.id, "enschede");
/// assert_eq!(profile.phone(), "14053");
/// assert_eq!(profile.remember_days(), 7);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The JSON Schema the file follows, for editors
    /// (`schemas/authoring/profile.schema.json`); the kit reads past it.
    #[serde(rename = "$schema", default, skip_serializing)]
    pub schema: Option<String>,
    /// Short id, also the prefix of the profile's text keys (`enschede`).
    pub id: String,
    /// Where submissions are sent: `<submit_endpoint>/<form id>` (POST, JSON).
    pub submit_endpoint: String,
    /// The ways to get help, in the order shown.
    pub channels: Vec<Channel>,
    /// Names that stay Dutch in every language (desks, buildings, agencies: "Overheidsloket",
    /// "Stadskantoor"). In English and German texts they are marked `lang="nl"`, so a screen
    /// reader says them as Dutch words.
    #[serde(default)]
    pub dutch_names: Vec<String>,
    /// The forms this municipality offers, by id; unset: every form of the site. A form
    /// whose local rules are not known for this municipality is left out here.
    #[serde(default)]
    pub forms: Option<Vec<String>>,
    /// Where requests for help are sent: `<help_endpoint>/<form id>` (POST, JSON, the same
    /// payload as a form). Unset: the submission endpoint.
    #[serde(default)]
    pub help_endpoint: Option<String>,
    /// Where the "Hoe ging het?" answer after sending goes (`POST`, JSON, no personal data);
    /// unset: no feedback question.
    #[serde(default)]
    pub feedback_endpoint: Option<String>,
    /// Where anonymous journey signals go (see `signals`); unset, the default: none are sent.
    #[serde(default)]
    pub signals_endpoint: Option<String>,
    /// The form behind "Bel mij terug" / "Call me back", sent to the help endpoint; without
    /// it the kit offers no call back.
    #[serde(default)]
    pub callback_form: Option<String>,
    /// When the kit offers help to a resident who seems stuck.
    #[serde(default)]
    pub stuck: StuckSettings,
    /// How many days "remember my answers on this device" keeps a draft (default 7).
    #[serde(default)]
    pub remember_days: Option<u32>,
    /// Local rules that differ per municipality (limits for an event notification, lead
    /// times), by name; forms refer to them as `{"profile": "<name>"}` and texts as `$<name>`.
    #[serde(default)]
    pub settings: BTreeMap<String, serde_json::Value>,
    /// Where a short hand-off code is looked up (`GET <handoff_endpoint>/<code>`) once the help
    /// endpoint has made one. Unset: the kit offers no short codes; the long code, the QR
    /// code and the answers file need no service.
    #[serde(default)]
    pub handoff_endpoint: Option<String>,
    /// How long each form's submissions and hand-offs are kept, by form id: one source for the
    /// form's "how long" text (`$bewaartermijn-<form>`) and for the service's purge.
    #[serde(default)]
    pub retention: BTreeMap<String, Retention>,
    /// Where each form's submissions go once received, by form id (the department's e-mail,
    /// an acknowledgement to the resident, the Objects API, a webhook). Read by the intake
    /// service; the kit carries it as it is.
    #[serde(default)]
    pub delivery: serde_json::Value,
}

/// How long one form's data is kept.
///
/// # Examples
///
/// ```
/// use loket::core::model::profile::Retention;
///
/// let retention: Retention = serde_json::from_str(r#"{"years": 5}"#).unwrap();
/// assert_eq!(retention, Retention { years: 5, handoff_days: 30 });
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Years a submission is kept after it was received.
    pub years: u32,
    /// Days the answers behind a short hand-off code are kept (default 30).
    #[serde(default = "default_handoff_days")]
    pub handoff_days: u32,
}

/// How long a hand-off is kept when the profile does not say.
pub const DEFAULT_HANDOFF_DAYS: u32 = 30;

fn default_handoff_days() -> u32 {
    DEFAULT_HANDOFF_DAYS
}

/// The kind of a help channel.
///
/// # Examples
///
/// ```
/// use loket::ChannelKind;
///
/// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
/// let profile = loket::Profile::from_json(json).unwrap();
/// let phones = profile.channels.iter().filter(|c| c.kind == ChannelKind::Phone).count();
/// assert_eq!(phones, 1);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// Call a number.
    Phone,
    /// Visit a desk in person.
    Visit,
    /// Send a letter.
    Post,
    /// Online, such as this form or an e-mail address.
    Digital,
}

/// One way to get help.
///
/// # Examples
///
/// ```
/// use loket::{Channel, ChannelKind};
///
/// let channel: Channel =
///     serde_json::from_str(r#"{"id": "telefoon", "kind": "phone", "phone": "14053"}"#).unwrap();
/// assert_eq!(channel.kind, ChannelKind::Phone);
/// assert!(channel.forms.is_empty(), "for every form");
///
/// let desk: Channel = serde_json::from_str(r#"{"id": "overheidsloket", "kind": "visit",
///     "appointment_url": "https://www.enschede.nl/afspraak", "hours": true}"#).unwrap();
/// assert_eq!(desk.appointment_url.as_deref(), Some("https://www.enschede.nl/afspraak"));
/// assert!(desk.hours);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Id; names the texts `<profile>-channel-<id>-title` (its name), `-body` (what it helps
    /// with) and `-how` (opening hours, address, how to make an appointment — or, where that
    /// is not known, where to find it), and, with `hours` and `appointment_url`, `-hours` and
    /// `-appointment`.
    pub id: String,
    /// What kind of channel it is.
    pub kind: ChannelKind,
    /// The number to call, as dialled (phone channels).
    #[serde(default)]
    pub phone: Option<String>,
    /// Forms this channel is for first (empty: all forms, in profile order).
    #[serde(default)]
    pub forms: Vec<String>,
    /// The municipality's page to make an appointment for this channel, an `https://` address
    /// (a profile with any other is refused when it loads). The help block and the hand-off
    /// page link to it; the link says what it does in the text `<profile>-channel-<id>-appointment`
    /// ("Maak een afspraak bij het Overheidsloket").
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^https://[^\s/?#]+[^\s]*$"))
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment_url: Option<String>,
    /// Whether the channel's opening hours are in the text `<profile>-channel-<id>-hours`
    /// ("Open van maandag tot en met vrijdag, van 9.00 tot 17.00 uur."): in the profile's
    /// texts, so they are translated like every other text. Shown in the help block and on the
    /// hand-off page.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hours: bool,
}

/// Whether `url` is an `https://` address with a host and nothing a link should not hold
/// (spaces, control characters, quotes, angle brackets).
fn is_https(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && url
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
}

/// Why a profile could not be loaded.
///
/// # Examples
///
/// ```
/// use loket::Profile;
///
/// let error = Profile::from_json(r#"{"id": "enschede"}"#).unwrap_err();
/// assert!(error.0.starts_with("profile is not valid"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError(pub String);

impl Profile {
    /// Parses a profile from JSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Profile;
    ///
    /// let profile = Profile::from_json(r#"{"id": "dorp", "submit_endpoint": "/api/submissions",
    ///     "channels": [{"id": "balie", "kind": "visit"}]}"#).unwrap();
    /// assert_eq!(profile.id, "dorp");
    /// assert_eq!(profile.stuck, loket::StuckSettings::default());
    /// ```
    ///
    /// A channel's `appointment_url` must be an `https://` address:
    ///
    /// ```
    /// use loket::Profile;
    ///
    /// let error = Profile::from_json(r#"{"id": "dorp", "submit_endpoint": "/api/submissions",
    ///     "channels": [{"id": "balie", "kind": "visit", "appointment_url": "http://dorp.nl/afspraak"}]}"#)
    ///     .unwrap_err();
    /// assert!(error.0.contains("channel `balie`"), "{}", error.0);
    /// assert!(error.0.contains("https://"), "{}", error.0);
    /// ```
    pub fn from_json(json: &str) -> Result<Self, ProfileError> {
        let profile: Self = serde_json::from_str(json)
            .map_err(|e| ProfileError(format!("profile is not valid: {e}")))?;
        for channel in &profile.channels {
            if let Some(url) = channel.appointment_url.as_deref().filter(|u| !is_https(u)) {
                return Err(ProfileError(format!(
                    "profile is not valid: channel `{}` has appointment_url `{}`, which is not an https address: give the full address of the booking page, starting with https://",
                    channel.id, url
                )));
            }
        }
        Ok(profile)
    }

    /// `<profile>-name`: the municipality's name ("Gemeente Enschede").
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.name_key(), "enschede-name");
    /// ```
    pub fn name_key(&self) -> String {
        format!("{}-name", self.id)
    }

    /// The text key of a channel's title.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let phone = &profile.channels[1];
    /// assert_eq!(profile.channel_title_key(phone), "enschede-channel-telefoon-title");
    /// ```
    pub fn channel_title_key(&self, channel: &Channel) -> String {
        format!("{}-channel-{}-title", self.id, channel.id)
    }

    /// The text key of a channel's description.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let phone = &profile.channels[1];
    /// assert_eq!(profile.channel_body_key(phone), "enschede-channel-telefoon-body");
    /// ```
    pub fn channel_body_key(&self, channel: &Channel) -> String {
        format!("{}-channel-{}-body", self.id, channel.id)
    }

    /// The text key of how to reach a channel: hours, address, appointments.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let phone = &profile.channels[1];
    /// assert_eq!(profile.channel_how_key(phone), "enschede-channel-telefoon-how");
    /// ```
    pub fn channel_how_key(&self, channel: &Channel) -> String {
        format!("{}-channel-{}-how", self.id, channel.id)
    }

    /// The text key of a channel's opening hours (for a channel with `hours`).
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let desk = profile.channels.iter().find(|c| c.id == "overheidsloket").unwrap();
    /// assert_eq!(profile.channel_hours_key(desk), "enschede-channel-overheidsloket-hours");
    /// ```
    pub fn channel_hours_key(&self, channel: &Channel) -> String {
        format!("{}-channel-{}-hours", self.id, channel.id)
    }

    /// The text key of the link to a channel's booking page (for a channel with an
    /// `appointment_url`): what the link does, "Maak een afspraak bij het Overheidsloket".
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let desk = profile.channels.iter().find(|c| c.id == "overheidsloket").unwrap();
    /// assert_eq!(profile.channel_appointment_key(desk), "enschede-channel-overheidsloket-appointment");
    /// ```
    pub fn channel_appointment_key(&self, channel: &Channel) -> String {
        format!("{}-channel-{}-appointment", self.id, channel.id)
    }

    /// The channels for `form` where a resident comes by appointment (those with an
    /// `appointment_url`), in the order of [`Profile::channels_for`].
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let ids = |form| profile.appointment_channels(form).iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    /// assert_eq!(ids("vergunning-evenement"), ["hulploket-vergunningen", "overheidsloket"]);
    /// assert_eq!(ids("klacht"), ["overheidsloket"]);
    /// ```
    pub fn appointment_channels(&self, form: &str) -> Vec<&Channel> {
        self.channels_for(form)
            .into_iter()
            .filter(|c| c.appointment_url.is_some())
            .collect()
    }

    /// `<profile>-data-rights`: the resident's rights over their data and where the privacy
    /// statement is.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.data_rights_key(), "enschede-data-rights");
    /// ```
    pub fn data_rights_key(&self) -> String {
        format!("{}-data-rights", self.id)
    }

    /// How many days "remember on this device" keeps a draft.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.remember_days(), loket::core::model::profile::DEFAULT_REMEMBER_DAYS);
    /// ```
    pub fn remember_days(&self) -> u32 {
        self.remember_days.unwrap_or(DEFAULT_REMEMBER_DAYS)
    }

    /// How long a form's data is kept; `None` when the profile does not say (a service then
    /// refuses to keep that form's submissions, see docs/intake.md, "Retention").
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.retention_of("klacht").map(|r| r.years), Some(5));
    /// assert_eq!(profile.retention_of("onbekend"), None);
    /// ```
    pub fn retention_of(&self, form: &str) -> Option<Retention> {
        self.retention.get(form).copied()
    }

    /// The text arguments of the retention periods: `bewaartermijn-<form>` = years, for each
    /// form, so the form's "how long" text says the number the service keeps to.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let args = profile.retention_args();
    /// assert!(args.contains(&("bewaartermijn-klacht".to_string(), 5)));
    /// ```
    pub fn retention_args(&self) -> Vec<(String, u32)> {
        self.retention
            .iter()
            .map(|(form, r)| (format!("bewaartermijn-{form}"), r.years))
            .collect()
    }

    /// The text used as `$phone` when no channel has a number: where to find it.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.phone_missing_key(), "enschede-phone-missing");
    /// ```
    pub fn phone_missing_key(&self) -> String {
        format!("{}-phone-missing", self.id)
    }

    /// The main phone number (the first phone channel's).
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.phone(), "14053");
    /// ```
    pub fn phone(&self) -> &str {
        self.channels
            .iter()
            .find_map(|c| c.phone.as_deref())
            .unwrap_or("")
    }

    /// The channels shown on a form: channels made for this form first, then the general ones.
    /// Channels made only for other forms are left out.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let ids = |form| profile.channels_for(form).iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    /// assert_eq!(ids("vergunning-evenement")[0], "hulploket-vergunningen");
    /// assert!(!ids("klacht").contains(&"hulploket-vergunningen".to_string()));
    /// ```
    pub fn channels_for(&self, form: &str) -> Vec<&Channel> {
        let own = self
            .channels
            .iter()
            .filter(|c| c.forms.iter().any(|f| f == form));
        let general = self.channels.iter().filter(|c| c.forms.is_empty());
        own.chain(general).collect()
    }

    /// Whether this municipality offers `form`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::Profile;
    ///
    /// let profile = Profile::from_json(r#"{"id": "dorp", "submit_endpoint": "/api",
    ///     "channels": [], "forms": ["klacht"]}"#).unwrap();
    /// assert!(profile.offers("klacht"));
    /// assert!(!profile.offers("vergunning-evenement"));
    /// ```
    pub fn offers(&self, form: &str) -> bool {
        self.forms
            .as_ref()
            .is_none_or(|forms| forms.iter().any(|f| f == form))
    }

    /// Where a form is submitted.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.submit_url("klacht"), "/api/submissions/klacht");
    /// ```
    pub fn submit_url(&self, form: &str) -> String {
        format!("{}/{form}", self.submit_endpoint.trim_end_matches('/'))
    }

    /// Where a request for help (the call-back form) is sent.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// assert_eq!(profile.help_url("terugbellen"), "/api/help/terugbellen");
    /// ```
    pub fn help_url(&self, form: &str) -> String {
        let base = self
            .help_endpoint
            .as_deref()
            .unwrap_or(&self.submit_endpoint);
        format!("{}/{form}", base.trim_end_matches('/'))
    }

    /// Every text key the profile needs in every locale.
    ///
    /// # Examples
    ///
    /// ```
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let keys = profile.required_keys();
    /// assert_eq!(keys[..2], ["enschede-name", "enschede-data-rights"]);
    /// assert!(keys.contains(&"enschede-channel-telefoon-how".to_string()));
    /// ```
    pub fn required_keys(&self) -> Vec<String> {
        let mut keys = vec![self.name_key(), self.data_rights_key()];
        if self.phone().is_empty() {
            keys.push(self.phone_missing_key());
        }
        for c in &self.channels {
            keys.push(self.channel_title_key(c));
            keys.push(self.channel_body_key(c));
            keys.push(self.channel_how_key(c));
            if c.hours {
                keys.push(self.channel_hours_key(c));
            }
            if c.appointment_url.is_some() {
                keys.push(self.channel_appointment_key(c));
            }
        }
        keys
    }
}
