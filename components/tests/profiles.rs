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
fn enschede_links_to_its_booking_page_for_the_desks_that_need_an_appointment() {
    let e = profile("enschede");
    for id in ["overheidsloket", "hulploket-vergunningen"] {
        let desk = e.channels.iter().find(|c| c.id == id).unwrap();
        assert_eq!(
            desk.appointment_url.as_deref(),
            Some("https://www.enschede.nl/afspraak"),
            "{id}"
        );
        assert!(desk.hours, "{id}");
        let keys = e.required_keys();
        assert!(
            keys.contains(&format!("enschede-channel-{id}-hours")),
            "{id}"
        );
        assert!(
            keys.contains(&format!("enschede-channel-{id}-appointment")),
            "{id}"
        );
    }
    let phone = e.channels.iter().find(|c| c.id == "telefoon").unwrap();
    assert_eq!(phone.appointment_url, None);
    assert!(!phone.hours);
    let permit: Vec<&str> = e
        .appointment_channels("vergunning-evenement")
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(permit, ["hulploket-vergunningen", "overheidsloket"]);
    // The link's name says what it does, in every language, with the desk's Dutch name.
    let catalog = common::catalog();
    for (tag, expected) in [
        ("nl", "Maak een afspraak bij het Overheidsloket"),
        ("en", "Make an appointment at the Overheidsloket"),
    ] {
        let text = catalog.text(
            &loket::Locale::new(tag),
            "enschede-channel-overheidsloket-appointment",
        );
        assert_eq!(text, expected);
    }
}

#[test]
fn haaksbergen_makes_up_no_booking_page_or_opening_hours() {
    let h = profile("haaksbergen");
    assert!(
        h.channels
            .iter()
            .all(|c| c.appointment_url.is_none() && !c.hours)
    );
    assert!(h.appointment_channels("klacht").is_empty());
}

#[test]
fn a_booking_page_that_is_not_an_https_address_is_refused_when_the_profile_loads() {
    let with = |url: &str| {
        let json = serde_json::json!({
            "id": "dorp",
            "submit_endpoint": "/api/submissions",
            "channels": [{"id": "balie", "kind": "visit", "appointment_url": url}]
        });
        loket::Profile::from_json(&json.to_string())
    };
    let ok = with("https://www.dorp.nl/afspraak?balie=1#maken").unwrap();
    assert_eq!(
        ok.channels[0].appointment_url.as_deref(),
        Some("https://www.dorp.nl/afspraak?balie=1#maken")
    );
    for bad in [
        "http://www.dorp.nl/afspraak",
        "javascript:alert(1)",
        "//www.dorp.nl/afspraak",
        "/afspraak",
        "https://",
        "https:///afspraak",
        "https://www.dorp.nl/af spraak",
        "https://www.dorp.nl/\"><script>",
        "HTTPS://www.dorp.nl/afspraak",
        "https://iemand@evil.example/afspraak",
    ] {
        let error = with(bad).unwrap_err();
        assert!(
            error.0.contains("channel `balie`") && error.0.contains("https://"),
            "{bad}: {}",
            error.0
        );
    }
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
