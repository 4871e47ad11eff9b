//! The municipality profiles that ship: what each offers and how residents reach it.

mod common;

use common::profiles;
use loket::ChannelKind;

fn profile(id: &str) -> loket::Profile {
    profiles().into_iter().find(|p| p.id == id).unwrap()
}

#[test]
fn haaksbergen_has_its_four_channels_and_invents_no_phone_number() {
    let h = profile("haaksbergen");
    let kinds: Vec<ChannelKind> = h.channels.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChannelKind::Digital,
            ChannelKind::Phone,
            ChannelKind::Post,
            ChannelKind::Visit
        ]
    );
    assert_eq!(h.phone(), "");
    assert!(
        h.required_keys()
            .contains(&"haaksbergen-phone-missing".to_string())
    );
    assert!(h.offers("klacht") && h.offers("woo-verzoek"));
    assert!(
        !h.offers("vergunning-evenement"),
        "its event rules are not known"
    );
    assert_eq!(h.callback_form, None);
}

#[test]
fn enschede_offers_everything_a_call_back_and_help_at_the_permit_desk() {
    let e = profile("enschede");
    assert_eq!(e.phone(), "14053");
    assert!(e.offers("vergunning-evenement"));
    assert_eq!(e.callback_form.as_deref(), Some("terugbellen"));
    assert_eq!(e.help_url("terugbellen"), "/api/help/terugbellen");
    assert_eq!(e.submit_url("klacht"), "/api/submissions/klacht");
    let permit: Vec<&str> = e
        .channels_for("vergunning-evenement")
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(permit[0], "hulploket-vergunningen");
    assert!(
        !e.channels_for("klacht")
            .iter()
            .any(|c| c.id == "hulploket-vergunningen")
    );
}

#[test]
fn a_profile_with_a_misspelt_field_is_refused() {
    let e =
        loket::Profile::from_json(r#"{"id":"x","submit_endpoint":"/a","channels":[],"stuk":{}}"#)
            .unwrap_err();
    assert!(e.0.contains("stuk"), "{}", e.0);
}

#[test]
fn every_form_says_what_it_does_with_your_data_with_each_profile_s_own_terms() {
    let catalog = common::catalog();
    for profile in profiles() {
        let mut args: Vec<(&str, loket::core::texts::i18n::Arg)> =
            vec![("phone", profile.phone().to_string().into())];
        for (name, value) in &profile.settings {
            if let Some(n) = value.as_f64() {
                args.push((name.as_str(), loket::core::texts::i18n::Arg::Number(n)));
            }
        }
        let retention = profile.retention_args();
        for (name, years) in &retention {
            args.push((
                name.as_str(),
                loket::core::texts::i18n::Arg::Number(f64::from(*years)),
            ));
        }
        let offered = common::forms()
            .into_iter()
            .filter(|f| profile.offers(&f.id) || profile.callback_form.as_deref() == Some(&f.id));
        for form in offered {
            // The "how long" text says the number the service keeps to: one field, two uses.
            let years = profile
                .retention_of(&form.id)
                .unwrap_or_else(|| panic!("{}: no retention for {}", profile.id, form.id))
                .years;
            for locale in catalog.locales() {
                let how_long = loket::core::texts::messages::data_use(&form.id, "how-long");
                let text = catalog.format(&locale, &how_long, &args);
                assert!(
                    text.starts_with(&years.to_string()),
                    "{} / {} / {how_long}: `{text}` does not start with the profile's {years} years",
                    profile.id,
                    locale.tag(),
                );
                let keys = loket::core::texts::messages::DATA_USE
                    .iter()
                    .map(|part| loket::core::texts::messages::data_use(&form.id, part))
                    .chain([profile.data_rights_key()]);
                for key in keys {
                    let text = catalog.format(&locale, &key, &args);
                    assert!(
                        !text.contains("{$") && text != key && text.len() > 20,
                        "{} / {} / {}: `{text}`; give the profile the setting it names",
                        profile.id,
                        locale.tag(),
                        key
                    );
                }
            }
        }
    }
}
