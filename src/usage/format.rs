//! Numbers for people, the same in the app and the CLI: "$1,234.56", "12,345", "1.2M".

/// Dollars with cents and thousands separators. Amounts under a cent but above zero say so,
/// instead of showing "$0.00" for something that did cost money.
pub fn money(value: f64) -> String {
    if value > 0.0 && value < 0.005 {
        return "under $0.01".to_owned();
    }
    let cents = (value.abs() * 100.0).round() as u128;
    let sign = if value < 0.0 && cents > 0 { "-" } else { "" };
    format!("{sign}${}.{:02}", thousands(cents / 100), cents % 100)
}

/// A whole number with thousands separators.
pub fn count(value: u64) -> String {
    thousands(u128::from(value))
}

fn thousands(value: u128) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Short forms for axes: 950, 12.5k, 3.4M, 1.2B.
pub fn compact(value: f64) -> String {
    let magnitude = value.abs();
    let (scaled, suffix) = if magnitude >= 1e9 {
        (value / 1e9, "B")
    } else if magnitude >= 1e6 {
        (value / 1e6, "M")
    } else if magnitude >= 1e3 {
        (value / 1e3, "k")
    } else {
        return format!("{value:.0}");
    };
    let text = format!("{scaled:.1}");
    format!("{}{suffix}", text.trim_end_matches(".0"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_counts() {
        assert_eq!(money(1234.567), "$1,234.57");
        assert_eq!(money(0.0), "$0.00");
        assert_eq!(money(0.001), "under $0.01");
        assert_eq!(money(-2.5), "-$2.50");
        assert_eq!(money(1_000_000.0), "$1,000,000.00");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(12), "12");
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(12_500.0), "12.5k");
        assert_eq!(compact(3_000_000.0), "3M");
    }
}
