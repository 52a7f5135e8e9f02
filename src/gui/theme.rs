//! Fonts, colours and the window icon. Fonts are embedded so every glyph we draw exists on
//! every machine: egui's own fonts first, DejaVu Sans behind them for symbols they lack.

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily};

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

/// Colours of the status line and of later verdict banners.
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
}
