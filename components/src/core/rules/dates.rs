//! Calendar dates without a date library: checking typed dates and counting days.

use serde::{Deserialize, Serialize};

/// A real calendar date.
///
/// # Examples
///
/// ```
/// use loket::CalendarDate;
///
/// let date = CalendarDate::new(2026, 11, 22).unwrap();
/// assert_eq!(date.iso(), "2026-11-22");
/// assert!(date < date.plus_days(1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CalendarDate {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

/// Why typed date parts are not a date.
///
/// # Examples
///
/// ```
/// use loket::CalendarDate;
/// use loket::core::rules::dates::DateProblem;
///
/// assert_eq!(CalendarDate::parse("", "11", "2026"), Err(DateProblem::Incomplete));
/// assert_eq!(CalendarDate::parse("31", "11", "2026"), Err(DateProblem::Invalid));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Some but not all parts are filled in.
    Incomplete,
    /// The parts are not numbers, or the day does not exist.
    Invalid,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CalendarDate {
    /// A checked date, or `None` when it does not exist.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// assert!(CalendarDate::new(2024, 2, 29).is_some());
    /// assert!(CalendarDate::new(2026, 2, 29).is_none());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        ((1000..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Self { year, month, day })
    }

    /// Reads typed day, month and year (spaces and leading zeros allowed).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// let date = CalendarDate::parse(" 07 ", "3", "2026").unwrap();
    /// assert_eq!(date, CalendarDate::new(2026, 3, 7).unwrap());
    /// assert!(CalendarDate::parse("7", "maart", "2026").is_err());
    /// ```
    pub fn parse(day: &str, month: &str, year: &str) -> Result<Self, DateProblem> {
        let parts = [day.trim(), month.trim(), year.trim()];
        if parts.iter().any(|p| p.is_empty()) {
            return Err(DateProblem::Incomplete);
        }
        let number = |s: &str| -> Option<i64> {
            (s.len() <= 6 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match (number(parts[0]), number(parts[1]), number(parts[2])) {
            (Some(d), Some(m), Some(y)) => {
                let (d, m, y) = (
                    u32::try_from(d).ok(),
                    u32::try_from(m).ok(),
                    i32::try_from(y).ok(),
                );
                match (d, m, y) {
                    (Some(d), Some(m), Some(y)) => Self::new(y, m, d).ok_or(DateProblem::Invalid),
                    _ => Err(DateProblem::Invalid),
                }
            }
            _ => Err(DateProblem::Invalid),
        }
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// assert_eq!(CalendarDate::new(1970, 1, 2).unwrap().days_since_epoch(), 1);
    /// assert_eq!(CalendarDate::new(1969, 12, 31).unwrap().days_since_epoch(), -1);
    /// ```
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date this many days since 1970-01-01.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// assert_eq!(CalendarDate::from_days_since_epoch(0).iso(), "1970-01-01");
    /// assert_eq!(CalendarDate::from_days_since_epoch(365).iso(), "1971-01-01");
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// The date a number of days later.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// let date = CalendarDate::new(2026, 12, 25).unwrap();
    /// assert_eq!(date.plus_days(7).iso(), "2027-01-01");
    /// assert_eq!(date.plus_days(-25).iso(), "2026-11-30");
    /// ```
    pub fn plus_days(self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// // 22 November 2026 is a Sunday.
    /// assert_eq!(CalendarDate::new(2026, 11, 22).unwrap().weekday(), 6);
    /// ```
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// ISO 8601 form, `2026-11-22`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::CalendarDate;
    ///
    /// assert_eq!(CalendarDate::new(2026, 3, 7).unwrap().iso(), "2026-03-07");
    /// ```
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse_and_impossible_ones_do_not() {
        assert_eq!(
            CalendarDate::parse("29", "2", "2024"),
            Ok(CalendarDate::new(2024, 2, 29).unwrap())
        );
        assert_eq!(
            CalendarDate::parse("29", "2", "2023"),
            Err(DateProblem::Invalid)
        );
        assert_eq!(
            CalendarDate::parse(" 07 ", "03", "2026").unwrap().iso(),
            "2026-03-07"
        );
        assert_eq!(
            CalendarDate::parse("", "3", "2026"),
            Err(DateProblem::Incomplete)
        );
        assert_eq!(
            CalendarDate::parse("x", "3", "2026"),
            Err(DateProblem::Invalid)
        );
        assert_eq!(
            CalendarDate::parse("-1", "3", "2026"),
            Err(DateProblem::Invalid)
        );
        assert_eq!(
            CalendarDate::parse("1", "13", "2026"),
            Err(DateProblem::Invalid)
        );
        assert_eq!(
            CalendarDate::parse("99999999999999999999", "1", "2026"),
            Err(DateProblem::Invalid)
        );
        assert_eq!(
            CalendarDate::parse("1", "1", "26"),
            Err(DateProblem::Invalid)
        );
    }

    #[test]
    fn day_counting_round_trips_and_knows_weekdays() {
        let d = CalendarDate::new(2026, 11, 22).unwrap();
        assert_eq!(CalendarDate::from_days_since_epoch(d.days_since_epoch()), d);
        assert_eq!(d.weekday(), 6, "22 November 2026 is a Sunday");
        assert_eq!(d.plus_days(7).iso(), "2026-11-29");
        assert_eq!(d.plus_days(42).iso(), "2027-01-03");
        assert_eq!(CalendarDate::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
    }
}
