//! Small widgets shared by the views. Icons always stand beside words, and the accessible name
//! is the words alone, so a screen reader says "Settings", not "gear Settings".

use egui::{Response, RichText, Role, WidgetInfo};

/// A button showing an icon and words, named by the words.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, words: &str) -> Response {
    let response = ui.button(format!("{icon} {words}"));
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, words));
    response
}

/// A navigation entry: selectable, with an icon, named by its words.
pub fn nav_entry(ui: &mut egui::Ui, selected: bool, icon: &str, words: &str) -> Response {
    let response = ui.selectable_label(
        selected,
        RichText::new(format!("{icon} {words}")).size(16.0),
    );
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, words));
    response
}
