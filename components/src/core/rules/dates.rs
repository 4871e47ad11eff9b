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

/// One of the three inputs of a date question.
///
/// # Examples
///
/// ```
/// use loket::core::rules::dates::DatePart;
///
/// assert_eq!(DatePart::Month.id(), "month");
/// assert_eq!(DatePart::from_id("year"), Some(DatePart::Year));
/// assert_eq!(serde_json::to_string(&DatePart::Day).unwrap(), r#""day""#);
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePart {
    /// The day of the month.
    Day,
    /// The month, 1 to 12.
    Month,
    /// The year, in 4 digits.
    Year,
}

impl DatePart {
    /// The three parts in the order they are shown: day, month, year.
    pub const ALL: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

    /// The part's name in element ids, on the wire and in message selectors: `day`, `month`
    /// or `year`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::rules::dates::DatePart;
    ///
    /// let ids: Vec<&str> = DatePart::ALL.iter().map(|p| p.id()).collect();
    /// assert_eq!(ids, ["day", "month", "year"]);
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }

    /// The part named `id` (as [`DatePart::id`] gives it), or `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::rules::dates::DatePart;
    ///
    /// assert_eq!(DatePart::from_id("day"), Some(DatePart::Day));
    /// assert_eq!(DatePart::from_id("week"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Self> {
        DatePart::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Several parts as one selector for a message, in order and joined by `-`:
    /// `month`, `month-year`; empty for none.
    ///
    /// # Examples
    ///
    /// ```
    /// use loket::core::rules::dates::DatePart;
    ///
    /// assert_eq!(DatePart::joined(&[DatePart::Day, DatePart::Year]), "day-year");
    /// assert_eq!(DatePart::joined(&[]), "");
    /// ```
    pub fn joined(parts: &[DatePart]) -> String {
        parts.iter().map(|p| p.id()).collect::<Vec<_>>().join("-")
    }
}

/// Why typed date parts are not a date, and which parts are to blame.
///
/// # Examples
///
/// ```
/// use loket::CalendarDate;
/// use loket::core::rules::dates::{DatePart, DateProblem};
///
/// assert_eq!(
///     CalendarDate::parse("12", "", "2026"),
///     Err(DateProblem::Incomplete(vec![DatePart::Month]))
/// );
/// // 31 November: only the day is wrong, and November has 30 days.
/// assert_eq!(
///     CalendarDate::parse("31", "11", "2026"),
///     Err(DateProblem::Invalid { parts: vec![DatePart::Day], last_day: Some(30) })
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// Some but not all parts are filled in: the empty ones, in the order day, month, year.
    Incomplete(Vec<DatePart>),
    /// Every part is filled in, but the date does not exist.
    Invalid {
        /// The parts that cannot be right (not a number, a day past the month's last day, a
        /// month above 12, a year without 4 digits), in order; never empty.
        parts: Vec<DatePart>,
        /// The last day of the month, when the day is the only part that is wrong.
        last_day: Option<u32>,
    },
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
        let typed = [day.trim(), month.trim(), year.trim()];
        let missing: Vec<DatePart> = DatePart::ALL
            .into_iter()
            .zip(typed)
            .filter(|(_, t)| t.is_empty())
            .map(|(part, _)| part)
            .collect();
        if !missing.is_empty() {
            return Err(DateProblem::Incomplete(missing));
        }
        let number = |s: &str| -> Option<u32> {
            (s.len() <= 6 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = number(typed[2])
            .and_then(|y| i32::try_from(y).ok())
            .filter(|y| (1000..=9999).contains(y));
        let month = number(typed[1]).filter(|m| (1..=12).contains(m));
        // Each part is judged on its own where it can be: a day is wrong only when no month
        // the resident may mean has it (29 February when the year is still wrong).
        let last_day = match (month, year) {
            (Some(m), Some(y)) => days_in_month(y, m),
            (Some(m), None) => days_in_month(2000, m),
            (None, _) => 31,
        };
        let day = number(typed[0]).filter(|d| (1..=last_day).contains(d));
        match (day, month, year) {
            (Some(day), Some(month), Some(year)) => Ok(Self { year, month, day }),
            _ => {
                let parts: Vec<DatePart> = [day.is_none(), month.is_none(), year.is_none()]
                    .into_iter()
                    .zip(DatePart::ALL)
                    .filter(|(wrong, _)| *wrong)
                    .map(|(_, part)| part)
                    .collect();
                let last_day = (parts == [DatePart::Day]).then_some(last_day);
                Err(DateProblem::Invalid { parts, last_day })
            }
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
        use DatePart::{Day, Month, Year};
        let invalid = |parts: &[DatePart], last_day| {
            Err(DateProblem::Invalid {
                parts: parts.to_vec(),
                last_day,
            })
        };
        assert_eq!(
            CalendarDate::parse("29", "2", "2024"),
            Ok(CalendarDate::new(2024, 2, 29).unwrap())
        );
        assert_eq!(
            CalendarDate::parse("29", "2", "2023"),
            invalid(&[Day], Some(28))
        );
        assert_eq!(
            CalendarDate::parse(" 07 ", "03", "2026").unwrap().iso(),
            "2026-03-07"
        );
        assert_eq!(
            CalendarDate::parse("x", "3", "2026"),
            invalid(&[Day], Some(31))
        );
        assert_eq!(
            CalendarDate::parse("-1", "3", "2026"),
            invalid(&[Day], Some(31))
        );
        assert_eq!(
            CalendarDate::parse("1", "13", "2026"),
            invalid(&[Month], None)
        );
        assert_eq!(
            CalendarDate::parse("99999999999999999999", "1", "2026"),
            invalid(&[Day], Some(31))
        );
        assert_eq!(CalendarDate::parse("1", "1", "26"), invalid(&[Year], None));
        assert_eq!(
            CalendarDate::parse("1", "1", "0999"),
            invalid(&[Year], None)
        );
    }

    #[test]
    fn the_parts_left_empty_are_named_in_order() {
        use DatePart::{Day, Month, Year};
        let incomplete = |parts: &[DatePart]| Err(DateProblem::Incomplete(parts.to_vec()));
        assert_eq!(CalendarDate::parse("", "3", "2026"), incomplete(&[Day]));
        assert_eq!(CalendarDate::parse("12", " ", "2026"), incomplete(&[Month]));
        assert_eq!(CalendarDate::parse("12", "3", ""), incomplete(&[Year]));
        assert_eq!(
            CalendarDate::parse("12", "", ""),
            incomplete(&[Month, Year])
        );
        assert_eq!(CalendarDate::parse("", "13", ""), incomplete(&[Day, Year]));
        assert_eq!(
            CalendarDate::parse("", "", ""),
            incomplete(&[Day, Month, Year])
        );
    }

    #[test]
    fn a_day_is_judged_against_the_month_and_year_when_they_can_be_right() {
        use DatePart::{Day, Month, Year};
        let invalid = |parts: &[DatePart], last_day| {
            Err(DateProblem::Invalid {
                parts: parts.to_vec(),
                last_day,
            })
        };
        // 31 April: the day, not the month; April has 30 days.
        assert_eq!(
            CalendarDate::parse("31", "4", "2026"),
            invalid(&[Day], Some(30))
        );
        assert_eq!(
            CalendarDate::parse("32", "1", "2026"),
            invalid(&[Day], Some(31))
        );
        assert_eq!(
            CalendarDate::parse("0", "1", "2026"),
            invalid(&[Day], Some(31))
        );
        // A month that cannot be right: a day up to 31 may still be right.
        assert_eq!(
            CalendarDate::parse("31", "13", "2026"),
            invalid(&[Month], None)
        );
        assert_eq!(
            CalendarDate::parse("32", "13", "2026"),
            invalid(&[Day, Month], None)
        );
        // A year that cannot be right: 29 February may still be right, 30 February never.
        assert_eq!(CalendarDate::parse("29", "2", "26"), invalid(&[Year], None));
        assert_eq!(
            CalendarDate::parse("30", "2", "26"),
            invalid(&[Day, Year], None)
        );
        assert_eq!(
            CalendarDate::parse("x", "x", "3 november"),
            invalid(&[Day, Month, Year], None)
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
