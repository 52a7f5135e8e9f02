//! Facts about the desktop that winit cannot tell us. On X11 winit reports no theme, so on Linux
//! we ask the XDG desktop portal, then GNOME's settings. The portal also says which proxy the
//! desktop's network settings name (GNOME's and KDE's), which no environment variable carries.

/// The proxy the desktop's network settings send requests for `url` through ("http://proxy:3128"),
/// or `None` for a direct connection, a kind of proxy Key Doctor cannot use (SOCKS), or a desktop
/// that does not say. On macOS and Windows the HTTP client reads the system's setting itself.
/// Blocks for at most about a second (D-Bus): not on the UI thread.
pub fn proxy_for(url: &url::Url) -> Option<url::Url> {
    #[cfg(target_os = "linux")]
    {
        portal_proxy(url)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = url;
        None
    }
}

/// `org.freedesktop.portal.ProxyResolver.Lookup`: the proxies for a URL, best first.
#[cfg(target_os = "linux")]
fn portal_proxy(url: &url::Url) -> Option<url::Url> {
    let connection = zbus::blocking::connection::Builder::session()
        .ok()?
        // A portal that is installed but does not answer must not hold up a check.
        .method_timeout(std::time::Duration::from_secs(1))
        .build()
        .ok()?;
    let reply = connection
        .call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.ProxyResolver"),
            "Lookup",
            &(url.as_str(),),
        )
        .ok()?;
    let proxies: Vec<String> = reply.body().deserialize().ok()?;
    usable_proxy(&proxies)
}

/// The portal's first answer when it is a proxy Key Doctor can use (http:// or https://);
/// `direct://` (no proxy) and SOCKS give `None`.
pub fn usable_proxy(answers: &[String]) -> Option<url::Url> {
    let first = url::Url::parse(answers.first()?).ok()?;
    matches!(first.scheme(), "http" | "https").then_some(first)
}

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

    #[test]
    fn the_portal_s_first_usable_proxy() {
        let answer = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            usable_proxy(&answer(&["http://proxy.example:3128"])).map(String::from),
            Some("http://proxy.example:3128/".to_owned())
        );
        assert_eq!(usable_proxy(&answer(&["direct://"])), None);
        assert_eq!(
            usable_proxy(&answer(&["socks5://proxy.example:1080"])),
            None
        );
        assert_eq!(usable_proxy(&[]), None);
    }
}
