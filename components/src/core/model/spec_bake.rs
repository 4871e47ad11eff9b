//! A form spec written out as the Rust expression that makes it (feature `bake`, with
//! [`databake::Bake`]): the site's build script (app/build.rs) reads each form's JSON once and
//! bakes it into the module, so the residents' pages carry neither the JSON nor the code that
//! reads it.
//!
//! The impls are written here, not derived: databake's derive also asks for `BakeSize`, which
//! owned strings and lists do not have. Each impl takes its value apart field by field, so a
//! field added to a spec type does not compile here until it is baked too.
//!
//! # Examples
//!
//! ```
//! use databake::Bake;
//!
//! let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../forms/terugbellen.json"));
//! let spec = loket::FormSpec::from_json(json).unwrap();
//! let code = spec.bake(&Default::default()).to_string();
//! assert!(code.starts_with("loket :: core :: model :: spec :: FormSpec {"));
//! assert!(code.contains("\"terugbellen\""));
//! ```

use databake::{Bake, CrateEnv, TokenStream, quote};

use super::spec::{
    Bound, Condition, DateRule, Deadline, ExitPage, ExitRule, FormSpec, NoticeRule, Outcome,
    PrefillMode, Question, QuestionKind, Step, TextFormat,
};

/// `Bake` for a struct of the spec: every field baked, by name.
macro_rules! bake_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn bake(&self, env: &CrateEnv) -> TokenStream {
                env.insert("loket");
                let $ty { $($field),* } = self;
                $(let $field = $field.bake(env);)*
                quote! { loket::core::model::spec::$ty { $($field: #$field),* } }
            }
        }
    };
}

/// `Bake` for an enum of the spec whose variants carry nothing.
macro_rules! bake_unit_enum {
    ($ty:ident { $($variant:ident),* $(,)? }) => {
        impl Bake for $ty {
            fn bake(&self, env: &CrateEnv) -> TokenStream {
                env.insert("loket");
                match self {
                    $($ty::$variant => quote! { loket::core::model::spec::$ty::$variant },)*
                }
            }
        }
    };
}

bake_struct!(FormSpec {
    schema,
    id,
    version,
    minutes,
    path,
    conditions,
    outcomes,
    steps,
    exits,
    deadlines
});
bake_struct!(Step {
    id,
    questions,
    visible_when,
    exits
});
bake_struct!(Question {
    id,
    kind,
    required,
    required_when,
    visible_when,
    autocomplete,
    max_length,
    default,
    notices,
    sensitive,
    prefill,
});
bake_struct!(Condition {
    question,
    is_one_of,
    at_most,
    more_than,
    any_of,
    all_of,
    not,
    reference
});
bake_struct!(NoticeRule {
    id,
    is_one_of,
    older_than_days,
    sooner_than_days,
    fewer_words_than,
    contains_any,
    others_blank,
});
bake_struct!(Outcome { id, when });
bake_struct!(ExitRule { when, page });
bake_struct!(ExitPage { id });
bake_struct!(Deadline { id, days, outcome });
bake_unit_enum!(PrefillMode { Changeable, Fixed });
bake_unit_enum!(TextFormat {
    Plain,
    Name,
    Email,
    Phone,
    Postcode
});
bake_unit_enum!(DateRule {
    Any,
    PastOrToday,
    Future
});

impl Bake for QuestionKind {
    fn bake(&self, env: &CrateEnv) -> TokenStream {
        env.insert("loket");
        match self {
            QuestionKind::Text { format } => {
                let format = format.bake(env);
                quote! { loket::core::model::spec::QuestionKind::Text { format: #format } }
            }
            QuestionKind::LongText => quote! { loket::core::model::spec::QuestionKind::LongText },
            QuestionKind::Choice { options } => {
                let options = options.bake(env);
                quote! { loket::core::model::spec::QuestionKind::Choice { options: #options } }
            }
            QuestionKind::Checkboxes { options } => {
                let options = options.bake(env);
                quote! { loket::core::model::spec::QuestionKind::Checkboxes { options: #options } }
            }
            QuestionKind::Date { rule } => {
                let rule = rule.bake(env);
                quote! { loket::core::model::spec::QuestionKind::Date { rule: #rule } }
            }
            QuestionKind::Number { min, max } => {
                let (min, max) = (min.bake(env), max.bake(env));
                quote! { loket::core::model::spec::QuestionKind::Number { min: #min, max: #max } }
            }
            QuestionKind::Time => quote! { loket::core::model::spec::QuestionKind::Time },
            QuestionKind::List { max_items } => {
                let max_items = max_items.bake(env);
                quote! { loket::core::model::spec::QuestionKind::List { max_items: #max_items } }
            }
            QuestionKind::Files {
                accept,
                max_bytes,
                max_files,
            } => {
                let (accept, max_bytes, max_files) =
                    (accept.bake(env), max_bytes.bake(env), max_files.bake(env));
                quote! {
                    loket::core::model::spec::QuestionKind::Files {
                        accept: #accept, max_bytes: #max_bytes, max_files: #max_files
                    }
                }
            }
        }
    }
}

impl Bake for Bound {
    fn bake(&self, env: &CrateEnv) -> TokenStream {
        env.insert("loket");
        match self {
            Bound::Number(n) => {
                let n = n.bake(env);
                quote! { loket::core::model::spec::Bound::Number(#n) }
            }
            Bound::Text(t) => {
                let t = t.bake(env);
                quote! { loket::core::model::spec::Bound::Text(#t) }
            }
            Bound::Profile { profile } => {
                let profile = profile.bake(env);
                quote! { loket::core::model::spec::Bound::Profile { profile: #profile } }
            }
        }
    }
}
