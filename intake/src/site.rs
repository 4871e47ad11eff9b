//! The built site, served from memory: every file of `dist/` is read once at start, with its
//! brotli and gzip forms (the build writes them next to each file, `tools/compress.mjs`; a
//! file without them is compressed here, once). A request gets the best form its
//! `Accept-Encoding` takes, an `ETag`, and the caching and security headers a municipality's
//! host should send. Page addresses get their prerendered first step or the app's page, as
//! `e2e/site.mjs` (`pageFile`) and the nginx rules in the README ("Addresses") pick them.
//!
//! Paths are looked up in the table of files read at start, never on the disk, so no address
//! can reach outside the site; encoded slashes, backslashes and `..` are refused before that.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use sha2::{Digest, Sha256};

/// The policy of every page: scripts, styles and requests from this origin only, no inline
/// script or style; the WebAssembly needs 'wasm-unsafe-eval', which does not allow eval.
/// The same as `e2e/site.mjs` and docs/security.md.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'self'; object-src 'none'";

/// The marker of the profile in every page.
const PROFILE_META: &str = r#"<meta name="loket-profile" content=""#;

/// One file, in each form it can be sent in.
struct Asset {
    content_type: &'static str,
    immutable: bool,
    html: bool,
    etag: String,
    identity: Vec<u8>,
    brotli: Option<Vec<u8>>,
    gzip: Option<Vec<u8>>,
}

/// The site as read at start.
pub struct Site {
    files: HashMap<String, Asset>,
    /// Whether page addresses get their prerendered pages (not when another profile than the
    /// build's is served: those pages show the build's municipality).
    prerendered: bool,
}

/// Content types by file extension.
fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "ftl" => "text/plain; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A file Trunk named after its contents (`app-<hash>.js`, `app-<hash>_bg.wasm`): it never
/// changes, so it may be cached for good. The same rule as `hashedAsset` in `e2e/site.mjs`.
fn is_hashed(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if ext.is_empty() || !ext.chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (1..=16).contains(&hash.len())
        && hash
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.is_file() {
            found.push(path);
        }
    }
    Ok(())
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// A compressed form read from the build (`<file>.br`, `<file>.gz`) when it is at least as new
/// as the file, or made now; kept only when it is smaller.
fn compressed(
    path: &Path,
    identity: &[u8],
    fresh: bool,
    ext: &str,
    make: fn(&[u8]) -> Vec<u8>,
) -> Option<Vec<u8>> {
    let beside = PathBuf::from(format!("{}.{ext}", path.display()));
    let newer = |p: &Path| {
        let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        matches!((modified(p), modified(path)), (Some(a), Some(b)) if a >= b)
    };
    let bytes = if !fresh && newer(&beside) {
        std::fs::read(&beside).ok()?
    } else {
        make(identity)
    };
    (bytes.len() < identity.len()).then_some(bytes)
}

impl Site {
    /// Reads every file of the site. With `profile` other than the build's, every page names
    /// that profile and page addresses get the app's page, not the prerendered steps.
    pub fn load(dir: &Path, profile: Option<&str>) -> std::io::Result<Self> {
        let built = crate::forms::built_profile(dir);
        let override_profile = profile.filter(|p| built.as_deref() != Some(*p));
        let mut paths = Vec::new();
        walk(dir, &mut paths)?;
        let mut files = HashMap::new();
        for path in paths {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            if name.ends_with(".br") || name.ends_with(".gz") {
                continue;
            }
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let address = format!(
                "/{}",
                relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            );
            let mut identity = std::fs::read(&path)?;
            let html = path.extension().is_some_and(|e| e == "html");
            let rewritten = match (html, override_profile) {
                (true, Some(profile)) => {
                    let text = String::from_utf8_lossy(&identity).into_owned();
                    let replaced = rewrite_profile(&text, profile);
                    let changed = replaced != text;
                    identity = replaced.into_bytes();
                    changed
                }
                _ => false,
            };
            let digest = Sha256::digest(&identity);
            let etag = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            let compressible = !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("png" | "ico")
            );
            let (brotli, gzip) = if compressible {
                (
                    compressed(&path, &identity, rewritten, "br", brotli),
                    compressed(&path, &identity, rewritten, "gz", gzip),
                )
            } else {
                (None, None)
            };
            files.insert(
                address,
                Asset {
                    content_type: content_type(&path),
                    immutable: is_hashed(&name),
                    html,
                    etag,
                    identity,
                    brotli,
                    gzip,
                },
            );
        }
        Ok(Self {
            files,
            prerendered: override_profile.is_none(),
        })
    }

    /// How many files the site has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the site has no files (not built).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file an address gets: the file itself, or for a page address the prerendered
    /// page in the language asked for, or the app's page. `None` for a missing file.
    fn pick(&self, path: &str, lang: Option<&str>) -> Option<&Asset> {
        if let Some(asset) = self.files.get(path) {
            return Some(asset);
        }
        let last = path.rsplit('/').next().unwrap_or_default();
        if last.contains('.') {
            return None;
        }
        let extras =
            path.starts_with("/gallery/") || path == "/gallery" || path.starts_with("/formulier/");
        if extras && let Some(page) = self.files.get("/extras.html") {
            return Some(page);
        }
        let shell = self
            .files
            .get("/app.html")
            .or_else(|| self.files.get("/index.html"));
        if !self.prerendered {
            return shell;
        }
        let folder = path.trim_end_matches('/');
        let page = match lang.filter(|l| loket::core::exchange::received::is_language_tag(l)) {
            Some(lang) => format!("{folder}/index.{lang}.html"),
            None => format!("{folder}/index.html"),
        };
        self.files.get(&page).or(shell)
    }

    /// The response for a GET or HEAD of `path` (already checked by [`checked_path`]).
    pub fn respond(
        &self,
        path: &str,
        lang: Option<&str>,
        headers: &HeaderMap,
        https: bool,
    ) -> Option<Response> {
        let asset = self.pick(path, lang)?;
        let accepts = headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let (body, encoding) = match (
            asset
                .brotli
                .as_ref()
                .filter(|_| accepts_coding(accepts, "br")),
            asset
                .gzip
                .as_ref()
                .filter(|_| accepts_coding(accepts, "gzip")),
        ) {
            (Some(b), _) => (b, Some("br")),
            (None, Some(g)) => (g, Some("gzip")),
            (None, None) => (&asset.identity, None),
        };
        let etag = match encoding {
            Some(e) => format!("\"{}-{e}\"", asset.etag),
            None => format!("\"{}\"", asset.etag),
        };
        let unchanged = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
        let mut response = Response::builder()
            .status(if unchanged {
                StatusCode::NOT_MODIFIED
            } else {
                StatusCode::OK
            })
            .header(header::CONTENT_TYPE, asset.content_type)
            .header(header::ETAG, &etag)
            .header(header::VARY, "Accept-Encoding")
            .header(
                header::CACHE_CONTROL,
                if asset.immutable {
                    "public, max-age=31536000, immutable"
                } else {
                    "no-cache"
                },
            );
        if let Some(encoding) = encoding {
            response = response.header(header::CONTENT_ENCODING, encoding);
        }
        if asset.html {
            response = response
                .header(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY)
                .header(header::X_FRAME_OPTIONS, "SAMEORIGIN")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header(
                    "Permissions-Policy",
                    "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
                );
        }
        if https {
            response = response.header(
                header::STRICT_TRANSPORT_SECURITY,
                "max-age=31536000; includeSubDomains",
            );
        }
        let body = if unchanged {
            Body::empty()
        } else {
            Body::from(body.clone())
        };
        response.body(body).ok()
    }
}

/// Whether `Accept-Encoding` takes this coding (named with a q-value above 0).
pub fn accepts_coding(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|part| {
        let mut pieces = part.split(';');
        let name = pieces.next().unwrap_or_default().trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        name.eq_ignore_ascii_case(coding) && q > 0.0
    })
}

/// Puts another profile into a page's `<meta name="loket-profile">`.
fn rewrite_profile(page: &str, profile: &str) -> String {
    let Some(at) = page.find(PROFILE_META) else {
        return page.to_string();
    };
    let start = at + PROFILE_META.len();
    let Some(end) = page[start..].find('"') else {
        return page.to_string();
    };
    let safe: String = profile
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{}{safe}{}", &page[..start], &page[start + end..])
}

/// Why an address was refused before any lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPath;

/// The decoded path of an address, or [`BadPath`] when it has an encoded slash or backslash,
/// a `..` or `.` segment, a NUL, a backslash, or is not UTF-8 once decoded.
///
/// ```
/// use loket_intake::site::checked_path;
///
/// assert_eq!(checked_path("/vergunning/evenement").unwrap(), "/vergunning/evenement");
/// assert!(checked_path("/../etc/passwd").is_err());
/// assert!(checked_path("/%2e%2e/etc/passwd").is_err());
/// assert!(checked_path("/forms%2Fruntime").is_err());
/// assert!(checked_path("/%ff").is_err());
/// ```
pub fn checked_path(raw: &str) -> Result<String, BadPath> {
    let lower = raw.to_ascii_lowercase();
    if ["%2f", "%5c", "%00"].iter().any(|s| lower.contains(s)) {
        return Err(BadPath);
    }
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| BadPath)?;
    if !decoded.starts_with('/')
        || decoded.contains('\\')
        || decoded.contains('\0')
        || decoded.split('/').any(|s| s == ".." || s == ".")
    {
        return Err(BadPath);
    }
    Ok(decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_the_ones_trunk_makes() {
        assert!(is_hashed("app-3f1c0b7e9a2d4c61.js"));
        assert!(is_hashed("app-3f1c0b7e9a2d4c61_bg.wasm"));
        assert!(is_hashed("loader-1a2b.js"));
        assert!(!is_hashed("loket-embed.js"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("app-3F1C.js"));
    }

    #[test]
    fn codings_are_read_with_their_q_values() {
        assert!(accepts_coding("gzip, deflate, br, zstd", "br"));
        assert!(accepts_coding("br;q=0.5", "br"));
        assert!(!accepts_coding("br;q=0, gzip", "br"));
        assert!(accepts_coding("br;q=0, gzip", "gzip"));
        assert!(!accepts_coding("", "gzip"));
        assert!(!accepts_coding("identity", "br"));
    }

    #[test]
    fn another_profile_is_written_into_the_page_and_nothing_else() {
        let page = r#"<head><meta name="loket-profile" content="enschede"><title>x</title>"#;
        assert_eq!(
            rewrite_profile(page, "haaksbergen"),
            r#"<head><meta name="loket-profile" content="haaksbergen"><title>x</title>"#
        );
        assert_eq!(
            rewrite_profile(page, "x\"><script>"),
            r#"<head><meta name="loket-profile" content="xscript"><title>x</title>"#
        );
        assert_eq!(rewrite_profile("<p>no meta</p>", "h"), "<p>no meta</p>");
    }
}
