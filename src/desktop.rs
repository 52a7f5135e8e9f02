//! Facts about the desktop that winit cannot tell us. On X11 winit reports no theme, so on Linux
//! we ask the XDG desktop portal, then GNOME's settings.

/// `Some(true)` when the desktop prefers dark, `Some(false)` for light, `None` when it does not say.
/// Blocks for a short while (D-Bus): call it off the UI thread.
pub fn prefers_dark() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        portal_color_scheme().or_else(gsettings_color_scheme)
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// `org.freedesktop.appearance color-scheme`: 1 prefers dark, 2 prefers light, 0 no preference.
#[cfg(target_os = "linux")]
fn portal_color_scheme() -> Option<bool> {
    let connection = zbus::blocking::Connection::session().ok()?;
    let reply = connection
        .call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Settings"),
            "ReadOne",
            &("org.freedesktop.appearance", "color-scheme"),
        )
        .ok()?;
    let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
    match u32::try_from(value).ok()? {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

#[cfg(target_os = "linux")]
fn gsettings_color_scheme() -> Option<bool> {
    let output = std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.interface", "color-scheme"])
        .output()
        .ok()?;
    parse_gsettings_color_scheme(&String::from_utf8_lossy(&output.stdout))
}

/// GNOME answers `'prefer-dark'`, `'prefer-light'` or `'default'`.
pub fn parse_gsettings_color_scheme(answer: &str) -> Option<bool> {
    match answer.trim().trim_matches('\'') {
        "prefer-dark" => Some(true),
        "prefer-light" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsettings_answers() {
        assert_eq!(parse_gsettings_color_scheme("'prefer-dark'\n"), Some(true));
        assert_eq!(parse_gsettings_color_scheme("'prefer-light'"), Some(false));
        assert_eq!(parse_gsettings_color_scheme("'default'"), None);
        assert_eq!(parse_gsettings_color_scheme(""), None);
    }
}
