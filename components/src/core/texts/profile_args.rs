//! The Fluent arguments a municipality profile gives to every text of its forms.

use crate::core::model::profile::Profile;
use crate::core::texts::i18n::Arg;

impl Profile {
    /// The arguments every text of this profile's forms may use: `$phone` (the profile's
    /// number, or the text `phone_missing` when it has none), each setting as `$<name>`, and
    /// each form's retention as `$bewaartermijn-<form>`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::texts::i18n::Arg;
    ///
    /// let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../profiles/enschede.json"));
    /// let profile = loket::Profile::from_json(json).unwrap();
    /// let args = profile.text_args(|key| key.to_string());
    /// assert!(args.iter().any(|(n, v)| n == "phone" && *v == Arg::Text("14053".into())));
    /// assert!(args.iter().any(|(n, v)| n == "bewaartermijn-klacht" && *v == Arg::Number(5.0)));
    /// ```
    pub fn text_args(&self, text: impl Fn(&str) -> String) -> Vec<(String, Arg)> {
        let phone = match self.phone() {
            "" => text(&self.phone_missing_key()),
            number => number.to_string(),
        };
        let mut args = vec![("phone".to_string(), Arg::Text(phone))];
        for (name, value) in &self.settings {
            let arg = match value {
                serde_json::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                other => Arg::Text(
                    other
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| other.to_string()),
                ),
            };
            args.push((name.clone(), arg));
        }
        for (name, years) in self.retention_args() {
            args.push((name, Arg::Number(f64::from(years))));
        }
        args
    }
}
