//! Writes a form spec out as the Rust code that makes it, for a site's build script: the site's
//! module then carries neither the form's JSON nor the code that reads it (see app/build.rs and
//! the kit's feature `bake`).
//!
//! # Examples
//!
//! ```
//! let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../forms/terugbellen.json"));
//! let code = loket_bake::form_code(json).unwrap();
//! assert!(code.starts_with("loket :: core :: model :: spec :: FormSpec {"));
//! assert!(loket_bake::form_code("{}").unwrap_err().contains("missing field"));
//! ```

use databake::Bake as _;

/// The Rust expression that makes the form spec in `json`, which refers to the kit as `loket`
/// and to `alloc`; or why `json` does not read as a form spec.
pub fn form_code(json: &str) -> Result<String, String> {
    let spec = loket::FormSpec::from_json(json).map_err(|e| e.0)?;
    Ok(spec.bake(&databake::CrateEnv::default()).to_string())
}
