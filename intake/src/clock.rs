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

/// The last Sunday of a month, as a calendar date.
fn last_sunday(year: i32, month: u32) -> CalendarDate {
    let mut day = CalendarDate::new(year, month, 31)
        .or_else(|| CalendarDate::new(year, month, 30))
        .unwrap_or(CalendarDate {
            year,
            month,
            day: 28,
        });
    // `weekday`: 0 is Monday … 6 is Sunday.
    while day.weekday() != 6 {
        day = day.plus_days(-1);
    }
    day
}

/// A moment in the Netherlands' own time (CET, and CEST from the last Sunday of March to the
/// last Sunday of October, changing at 01:00 UTC as in the whole EU): the calendar date, and
/// the time as `14:03`. For the texts residents and staff read.
///
/// ```
/// use loket_intake::clock::dutch_time;
///
/// // 5 December 2026, 13:02 UTC: winter time, 14:02 in Enschede.
/// assert_eq!(dutch_time(1_796_475_731_000).1, "14:02");
/// ```
pub fn dutch_time(ms: i64) -> (CalendarDate, String) {
    let year = date_of(ms).year;
    let at_one = |d: CalendarDate| d.days_since_epoch() * DAY_MS + 60 * 60 * 1000;
    let summer = ms >= at_one(last_sunday(year, 3)) && ms < at_one(last_sunday(year, 10));
    let local = ms + if summer { 2 } else { 1 } * 60 * 60 * 1000;
    let minutes = local.div_euclid(60_000).rem_euclid(24 * 60);
    (
        date_of(local),
        format!("{:02}:{:02}", minutes / 60, minutes % 60),
    )
}

/// The ISO week of a date: its year and number (weeks start on Monday; week 1 has the year's
/// first Thursday).
///
/// ```
/// use loket::CalendarDate;
/// use loket_intake::clock::{iso_week, monday_of};
///
/// let day = CalendarDate::new(2026, 12, 5).unwrap();
/// assert_eq!(iso_week(day), (2026, 49));
/// assert_eq!(monday_of(2026, 49), CalendarDate::new(2026, 11, 30));
/// assert_eq!(iso_week(CalendarDate::new(2027, 1, 1).unwrap()), (2026, 53));
/// ```
pub fn iso_week(date: CalendarDate) -> (i32, u32) {
    let thursday = date.plus_days(3 - i64::from(date.weekday()));
    let first = CalendarDate::new(thursday.year, 1, 1).unwrap_or(thursday);
    let week = (thursday.days_since_epoch() - first.days_since_epoch()) / 7 + 1;
    (thursday.year, u32::try_from(week).unwrap_or(1))
}

/// The Monday of an ISO week, when the week exists.
pub fn monday_of(year: i32, week: u32) -> Option<CalendarDate> {
    let january_4 = CalendarDate::new(year, 1, 4)?;
    let monday = january_4
        .plus_days(-i64::from(january_4.weekday()))
        .plus_days(7 * (i64::from(week) - 1));
    (week >= 1 && iso_week(monday) == (year, week)).then_some(monday)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: i64, min: i64) -> i64 {
        CalendarDate::new(y, m, d).unwrap().days_since_epoch() * DAY_MS + (h * 60 + min) * 60_000
    }

    #[test]
    fn dutch_time_follows_summer_time() {
        // Summer time 2026: 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(dutch_time(at(2026, 3, 29, 0, 59)).1, "01:59");
        assert_eq!(dutch_time(at(2026, 3, 29, 1, 0)).1, "03:00");
        assert_eq!(dutch_time(at(2026, 7, 1, 12, 0)).1, "14:00");
        assert_eq!(dutch_time(at(2026, 10, 25, 0, 59)).1, "02:59");
        assert_eq!(dutch_time(at(2026, 10, 25, 1, 0)).1, "02:00");
        // Past midnight in Enschede is the next day.
        let (date, time) = dutch_time(at(2026, 12, 31, 23, 30));
        assert_eq!(
            (date.iso(), time.as_str()),
            ("2027-01-01".to_string(), "00:30")
        );
    }
}
