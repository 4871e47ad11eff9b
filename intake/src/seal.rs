//! Sealing hand-offs at rest: XChaCha20-Poly1305 with a random nonce per seal, under a key from
//! the environment (`LOKET_HANDOFF_KEY`) or from a key file made on first start
//! (`<data-dir>/handoff.key`, readable by the service's user only). A sealed text names its
//! key (`v1.<key id>.<nonce and cipher text>`), so old keys can open what they sealed while
//! new seals use the current key: rotation is "add the new key, keep the old one as
//! `LOKET_HANDOFF_OLD_KEYS` until the last hand-off it sealed has expired".

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use crate::settings::Settings;

/// Bytes of a key.
const KEY_BYTES: usize = 32;
/// Bytes of a nonce.
const NONCE_BYTES: usize = 24;

/// One key and its id (the first 8 hex digits of its SHA-256).
struct Key {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl Key {
    fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        if bytes.len() != KEY_BYTES {
            return Err(format!(
                "a hand-off key has {KEY_BYTES} bytes, this one {}",
                bytes.len()
            ));
        }
        let digest = Sha256::digest(bytes);
        let id = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        let cipher = XChaCha20Poly1305::new_from_slice(bytes).map_err(|e| e.to_string())?;
        Ok(Self { id, cipher })
    }

    fn from_text(text: &str) -> Result<Self, String> {
        let bytes = STANDARD.decode(text.trim()).map_err(|_| {
            "a hand-off key is base64 (`loket-intake new-key` makes one)".to_string()
        })?;
        Self::from_bytes(&bytes)
    }
}

/// The current key and any earlier ones.
pub struct Keys {
    current: Key,
    earlier: Vec<Key>,
}

/// Random bytes from the operating system.
pub fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The operating system's generator does not fail on the systems the service runs on; if
    // it ever did, a fixed pattern would be worse than stopping.
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    bytes
}

/// A new key as text, for `LOKET_HANDOFF_KEY`.
pub fn new_key_text() -> String {
    STANDARD.encode(random::<KEY_BYTES>())
}

fn key_file(dir: &Path) -> Result<String, String> {
    let path = dir.join("handoff.key");
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let text = new_key_text();
            write_private(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
            tracing::info!(file = %path.display(), "made a new hand-off key");
            Ok(text)
        }
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

impl Keys {
    /// The keys the settings name, or the key file (made when missing).
    pub fn load(settings: &Settings) -> Result<Self, String> {
        let current = match &settings.handoff_key {
            Some(text) => Key::from_text(text)?,
            None => Key::from_text(&key_file(&settings.data_dir)?)?,
        };
        let earlier = settings
            .handoff_old_keys
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|t| !t.trim().is_empty())
            .map(Key::from_text)
            .collect::<Result<_, _>>()?;
        Ok(Self { current, earlier })
    }

    /// Keys from raw bytes: the current one first (for tests).
    pub fn from_bytes(current: &[u8], earlier: &[&[u8]]) -> Result<Self, String> {
        Ok(Self {
            current: Key::from_bytes(current)?,
            earlier: earlier
                .iter()
                .map(|k| Key::from_bytes(k))
                .collect::<Result<_, _>>()?,
        })
    }

    /// Seals `plain`, bound to `context` (opening it under another context fails).
    pub fn seal(&self, plain: &[u8], context: &[u8]) -> String {
        let nonce = random::<NONCE_BYTES>();
        let sealed = self
            .current
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: context,
                },
            )
            // Encryption fails only for messages longer than the cipher allows (256 GiB).
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!("v1.{}.{}", self.current.id, URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Opens what [`Keys::seal`] sealed with any known key; `None` when the key is unknown,
    /// the context differs or the text was changed.
    pub fn open(&self, sealed: &str, context: &[u8]) -> Option<Vec<u8>> {
        let mut parts = sealed.splitn(3, '.');
        let (Some("v1"), Some(id), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        let key = std::iter::once(&self.current)
            .chain(&self.earlier)
            .find(|k| k.id == id)?;
        let bytes = URL_SAFE_NO_PAD.decode(body).ok()?;
        if bytes.len() < NONCE_BYTES {
            return None;
        }
        let (nonce, cipher_text) = bytes.split_at(NONCE_BYTES);
        key.cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: cipher_text,
                    aad: context,
                },
            )
            .ok()
    }
}

/// A hex SHA-256 of text: how codes and page keys are looked up without being kept.
pub fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_sealed_opens_only_with_its_key_and_context() {
        let keys = Keys::from_bytes(&[7; 32], &[]).unwrap();
        let sealed = keys.seal(b"Oude Markt 1", b"K7M4QX9PV");
        assert!(!sealed.contains("Oude"));
        assert_eq!(keys.open(&sealed, b"K7M4QX9PV").unwrap(), b"Oude Markt 1");
        assert_eq!(keys.open(&sealed, b"other"), None);
        let mut changed = sealed.clone();
        changed.pop();
        changed.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(keys.open(&changed, b"K7M4QX9PV"), None);
        assert_eq!(keys.open("v1.nonsense", b""), None);
        assert_eq!(keys.open("", b""), None);
        // Two seals of the same text differ (a fresh nonce each time).
        assert_ne!(sealed, keys.seal(b"Oude Markt 1", b"K7M4QX9PV"));
    }

    #[test]
    fn after_rotation_old_seals_open_and_new_seals_use_the_new_key() {
        let old = Keys::from_bytes(&[1; 32], &[]).unwrap();
        let sealed_before = old.seal(b"antwoorden", b"c");
        let rotated = Keys::from_bytes(&[2; 32], &[&[1; 32]]).unwrap();
        assert_eq!(rotated.open(&sealed_before, b"c").unwrap(), b"antwoorden");
        let sealed_after = rotated.seal(b"antwoorden", b"c");
        assert_eq!(old.open(&sealed_after, b"c"), None);
        let without_old = Keys::from_bytes(&[2; 32], &[]).unwrap();
        assert_eq!(without_old.open(&sealed_before, b"c"), None);
    }

    #[test]
    fn a_key_of_the_wrong_length_or_not_base64_is_refused_by_name() {
        let refused = |text: &str| Key::from_text(text).err().unwrap_or_default();
        assert!(refused("c2hvcnQ=").contains("32 bytes"));
        assert!(refused("not base64!").contains("base64"));
    }
}
