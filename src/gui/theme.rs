//! Fonts, colours and the window icon. Fonts are embedded so every glyph we draw exists on
//! every machine: egui's own fonts first, DejaVu Sans behind them for symbols they lack.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily};

use crate::checks::VerdictCode;

const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const ICON_PNG: &[u8] = include_bytes!("../../icons/key-doctor-256.png");

pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu-sans".to_owned(),
        Arc::new(FontData::from_static(DEJAVU_SANS)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("dejavu-sans".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The app icon for the title bar and task bar.
pub fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

/// Text sizes at "Normal": body text 14 px, nothing under 12 px (the Text size setting zooms all).
pub fn install_style(ctx: &egui::Context) {
    use egui::{FontId, TextStyle};
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.text_styles = [
                (TextStyle::Small, FontId::proportional(12.0)),
                (TextStyle::Body, FontId::proportional(14.0)),
                (TextStyle::Button, FontId::proportional(14.0)),
                (TextStyle::Monospace, FontId::monospace(13.0)),
                (TextStyle::Heading, FontId::proportional(20.0)),
            ]
            .into();
            style.visuals = visuals(theme == egui::Theme::Dark);
        });
    }
}

/// egui's visuals with secondary text dark (or light) enough to read: egui draws it at 60 %
/// opacity, which is 2.9:1 on the light panel and 2.7:1 on the dark one.
pub fn visuals(dark: bool) -> egui::Visuals {
    let mut visuals = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.weak_text_color = Some(if dark {
        Color32::from_gray(170)
    } else {
        Color32::from_gray(92)
    });
    visuals
}

/// Colours of the status line, the verdicts and the warnings. Each meets 4.5:1 against the
/// backgrounds it is drawn on (tested below).
pub struct Palette;

impl Palette {
    pub fn demo(dark: bool) -> Color32 {
        if dark {
            Color32::from_rgb(0xf0, 0xb4, 0x29)
        } else {
            Color32::from_rgb(0x8a, 0x5a, 0x00)
        }
    }

    pub fn warning(dark: bool) -> Color32 {
        if dark {
            Color32::from_rgb(0xff, 0xa0, 0x7a)
        } else {
            Color32::from_rgb(0xa8, 0x32, 0x0a)
        }
    }

    /// The colour that goes with a verdict: green works, red a problem, amber could not tell.
    pub fn verdict(code: VerdictCode, dark: bool) -> Color32 {
        match (code.is_ok(), code.is_inconclusive(), dark) {
            (true, _, false) => Color32::from_rgb(0x1b, 0x7f, 0x3b),
            (true, _, true) => Color32::from_rgb(0x5f, 0xd0, 0x7f),
            (_, true, false) => Color32::from_rgb(0x8a, 0x5a, 0x00),
            (_, true, true) => Color32::from_rgb(0xf0, 0xb4, 0x29),
            (false, false, false) => Color32::from_rgb(0xb4, 0x23, 0x18),
            (false, false, true) => Color32::from_rgb(0xff, 0x7b, 0x6b),
        }
    }

    /// [`Palette::mark`] of a provider's colour, worked out once per theme: each row of the
    /// key list draws a mark every frame.
    pub fn provider_mark(provider: crate::providers::ProviderId, dark: bool) -> (Color32, Color32) {
        type Marks = Vec<(crate::providers::ProviderId, [(Color32, Color32); 2])>;
        static MARKS: std::sync::OnceLock<Marks> = std::sync::OnceLock::new();
        let marks = MARKS.get_or_init(|| {
            crate::providers::ProviderId::ALL
                .into_iter()
                .map(|p| {
                    let rgb = p.entry().mark.rgb;
                    (p, [Palette::mark(rgb, false), Palette::mark(rgb, true)])
                })
                .collect()
        });
        marks.iter().find(|(p, _)| *p == provider).map_or_else(
            || Palette::mark(provider.entry().mark.rgb, dark),
            |(_, both)| both[usize::from(dark)],
        )
    }

    /// A provider's mark: its square's colour, moved toward white on the dark panel (toward
    /// black on the light one) until it stands out at 3:1, and the letter's colour on it,
    /// white or black, whichever reads better.
    pub fn mark(rgb: [u8; 3], dark: bool) -> (Color32, Color32) {
        let panel = visuals(dark).panel_fill;
        let towards = if dark { 255.0 } else { 0.0 };
        let mut fill = Color32::from_rgb(rgb[0], rgb[1], rgb[2]);
        for step in 1..=10 {
            if contrast(fill, panel) >= 3.0 {
                break;
            }
            let t = step as f32 / 10.0;
            let mix = |c: u8| (f32::from(c) + (towards - f32::from(c)) * t).round() as u8;
            fill = Color32::from_rgb(mix(rgb[0]), mix(rgb[1]), mix(rgb[2]));
        }
        let (white, black) = (Color32::WHITE, Color32::BLACK);
        let letter = if contrast(white, fill) >= contrast(black, fill) {
            white
        } else {
            black
        };
        (fill, letter)
    }
}

/// WCAG's contrast ratio of two opaque colours, 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = v as f32 / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_reads_at_4_5_to_1_on_every_background_in_both_themes() {
        for dark in [false, true] {
            let visuals = visuals(dark);
            let backgrounds = [
                ("panel", visuals.panel_fill),
                ("window", visuals.window_fill),
                ("field", visuals.extreme_bg_color),
            ];
            let mut texts = vec![
                ("text", visuals.text_color()),
                ("secondary text", visuals.weak_text_color()),
                ("button text", visuals.widgets.inactive.text_color()),
                ("demo", Palette::demo(dark)),
                ("warning", Palette::warning(dark)),
            ];
            for code in VerdictCode::ALL {
                texts.push((code.as_str(), Palette::verdict(code, dark)));
            }
            for (text_name, text) in &texts {
                for (background_name, background) in &backgrounds {
                    let ratio = contrast(*text, *background);
                    assert!(
                        ratio >= 4.5,
                        "{text_name} on {background_name} (dark: {dark}) is {ratio:.2}:1"
                    );
                }
            }
            // A selected row in the key list draws its text in the selection's colour.
            let selected = contrast(visuals.selection.stroke.color, visuals.selection.bg_fill);
            assert!(
                selected >= 4.5,
                "selected row (dark: {dark}) is {selected:.2}:1"
            );
        }
    }

    #[test]
    fn every_provider_s_mark_stands_out_and_its_letter_reads_in_both_themes() {
        for dark in [false, true] {
            let panel = visuals(dark).panel_fill;
            for provider in crate::providers::ProviderId::ALL {
                let (fill, letter) = Palette::mark(provider.entry().mark.rgb, dark);
                let name = provider.name();
                let square = contrast(fill, panel);
                assert!(
                    square >= 3.0,
                    "{name}'s mark (dark: {dark}) is {square:.2}:1"
                );
                let text = contrast(letter, fill);
                assert!(text >= 4.5, "{name}'s letter (dark: {dark}) is {text:.2}:1");
            }
        }
    }

    #[test]
    fn the_ratio_is_the_one_wcag_gives() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(0x93), Color32::from_gray(0xf8)) - 2.89).abs() < 0.05);
    }
}
