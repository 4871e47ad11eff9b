//! The service's clock: milliseconds since 1970 (UTC), as ISO 8601, and as a calendar date.

use std::time::{SystemTime, UNIX_EPOCH};

use loket::CalendarDate;

/// Milliseconds in a day.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Now, in milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The UTC calendar date of a moment.
pub fn date_of(ms: i64) -> CalendarDate {
    CalendarDate::from_days_since_epoch(ms.div_euclid(DAY_MS))
}

/// A moment as ISO 8601 in UTC, to the second: `2026-12-05T13:02:11Z`.
///
/// ```
/// assert_eq!(loket_intake::clock::iso(0), "1970-01-01T00:00:00Z");
/// assert_eq!(loket_intake::clock::iso(1_796_475_731_000), "2026-12-05T13:02:11Z");
/// ```
pub fn iso(ms: i64) -> String {
    let seconds = ms.div_euclid(1000).rem_euclid(24 * 60 * 60);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date_of(ms).iso(),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// The same moment `years` calendar years later (29 February becomes 1 March).
///
/// ```
/// use loket_intake::clock::{iso, years_later};
///
/// assert_eq!(iso(years_later(1_796_475_731_000, 5)), "2031-12-05T13:02:11Z");
/// ```
pub fn years_later(ms: i64, years: u32) -> i64 {
    let date = date_of(ms);
    let year = date
        .year
        .saturating_add(i32::try_from(years).unwrap_or(i32::MAX));
    let later = CalendarDate::new(year, date.month, date.day)
        .or_else(|| CalendarDate::new(year, 3, 1))
        .unwrap_or(date);
    ms + (later.days_since_epoch() - date.days_since_epoch()) * DAY_MS
}
