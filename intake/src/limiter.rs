//! Wrong hand-off codes per client: after `tries` unknown codes within a window, a client waits
//! until the window has passed. A client is its IP address; IPv6 addresses count per /64, the
//! block one household or phone usually has. Only unknown codes count: a mistyped code (its
//! check character is wrong) is caught before it reaches the store.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Clients remembered before old windows are dropped.
const PRUNE_ABOVE: usize = 10_000;

/// The limit and the tries seen.
pub struct Limiter {
    tries: u32,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, (u32, Instant)>>,
}

/// The address a client counts under: IPv6 by its /64 block.
pub fn client_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
        v4 => v4,
    }
}

impl Limiter {
    /// `tries` unknown codes per `window`.
    pub fn new(tries: u32, window: Duration) -> Self {
        Self {
            tries,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    fn seen(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, (u32, Instant)>> {
        // A panic while the lock was held leaves plain counts behind: still usable.
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How long this client must still wait, if it has used up its tries.
    pub fn wait(&self, ip: IpAddr) -> Option<Duration> {
        let client = client_of(ip);
        let seen = self.seen();
        let (count, since) = seen.get(&client)?;
        let left = self.window.checked_sub(since.elapsed())?;
        (*count >= self.tries).then_some(left)
    }

    /// Counts an unknown code from this client.
    pub fn failed(&self, ip: IpAddr) {
        let client = client_of(ip);
        let mut seen = self.seen();
        if seen.len() > PRUNE_ABOVE {
            let window = self.window;
            seen.retain(|_, (_, since)| since.elapsed() < window);
        }
        let entry = seen.entry(client).or_insert((0, Instant::now()));
        if entry.1.elapsed() >= self.window {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_waits_after_its_tries_and_others_do_not() {
        let limiter = Limiter::new(3, Duration::from_secs(60));
        let me: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(limiter.wait(me), None);
            limiter.failed(me);
        }
        assert!(
            limiter
                .wait(me)
                .is_some_and(|d| d <= Duration::from_secs(60))
        );
        assert_eq!(limiter.wait(other), None);
    }

    #[test]
    fn the_window_passes() {
        let limiter = Limiter::new(1, Duration::from_millis(30));
        let me: IpAddr = "192.0.2.7".parse().unwrap();
        limiter.failed(me);
        assert!(limiter.wait(me).is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(limiter.wait(me), None);
    }

    #[test]
    fn ipv6_addresses_of_one_block_count_together() {
        let limiter = Limiter::new(2, Duration::from_secs(60));
        limiter.failed("2001:db8:1:2::1".parse().unwrap());
        limiter.failed("2001:db8:1:2:ffff::9".parse().unwrap());
        assert!(limiter.wait("2001:db8:1:2::77".parse().unwrap()).is_some());
        assert_eq!(limiter.wait("2001:db8:1:3::1".parse().unwrap()), None);
    }
}
