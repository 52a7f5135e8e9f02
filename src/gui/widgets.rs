//! Small widgets shared by the views. Icons always stand beside words, and the accessible name
//! is the words alone, so a screen reader says "Settings", not "gear Settings".

use egui::{Response, RichText, Role, WidgetInfo};

use crate::tr;

/// A button showing an icon and words, named by the words.
pub fn icon_button(ui: &mut egui::Ui, icon: &str, words: &str) -> Response {
    let response = ui.button(format!("{icon} {words}"));
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, words));
    response
}

/// `icon_button`, greyed out and inert when `enabled` is false.
/// Added straight to `ui` (no child scope), so that in a wrapping row it moves to the next line
/// like its neighbours when the words are long.
pub fn icon_button_enabled(ui: &mut egui::Ui, enabled: bool, icon: &str, words: &str) -> Response {
    let response = ui.add_enabled(enabled, egui::Button::new(format!("{icon} {words}")));
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

use egui::{Color32, Frame, Margin};

use crate::checks::{PermissionRow, PermissionStatus, Verdict, VerdictCode};
use crate::providers::ProviderId;

/// The colour that goes with a verdict (one palette, in `theme`).
pub fn verdict_colour(code: VerdictCode, dark: bool) -> Color32 {
    super::theme::Palette::verdict(code, dark)
}

pub fn verdict_icon(code: VerdictCode) -> &'static str {
    if code.is_ok() {
        "✔"
    } else if code.is_inconclusive() {
        "⚠"
    } else {
        "✖"
    }
}

/// A verdict's short title: the one of its code, with the provider named where OpenAI's
/// title would say OpenAI (it could not be reached, it had a problem).
pub fn verdict_title(code: VerdictCode, provider: ProviderId) -> String {
    match (code, provider) {
        (_, ProviderId::OpenAi) => code.title(),
        (VerdictCode::NetworkError, _) => {
            tr!("keys-title-network-error-of", provider = provider.name())
        }
        (VerdictCode::ServerError, _) => {
            tr!("keys-title-server-error-of", provider = provider.name())
        }
        _ => code.title(),
    }
}

/// The side of a provider's mark beside text of `style`.
fn mark_side(ui: &egui::Ui, style: &egui::TextStyle) -> f32 {
    ui.text_style_height(style).round()
}

/// Paints a provider's mark in `rect`: its letter in a small rounded square of its colour (no
/// logos), which reads on the panel of either theme.
pub fn paint_provider_mark(
    painter: &egui::Painter,
    rect: egui::Rect,
    provider: ProviderId,
    dark: bool,
) {
    let mark = provider.entry().mark;
    let (fill, letter) = super::theme::Palette::provider_mark(provider, dark);
    painter.rect_filled(rect, rect.height() * 0.22, fill);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        mark.letter,
        egui::FontId::proportional(rect.height() * 0.72),
        letter,
    );
}

/// A provider's mark the height of a line of text; the words beside it name the provider.
pub fn provider_mark(ui: &mut egui::Ui, provider: ProviderId) -> Response {
    let side = mark_side(ui, &egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    paint_provider_mark(ui.painter(), rect, provider, ui.visuals().dark_mode);
    response
}

/// A provider's mark and name, as the title of its keys (or a row's provider).
pub fn provider_title(ui: &mut egui::Ui, provider: ProviderId, strong: bool) {
    ui.horizontal(|ui| {
        provider_mark(ui, provider);
        let name = RichText::new(provider.name());
        ui.label(if strong { name.strong() } else { name });
    });
}

/// The verdict as one big sentence and one fix button. Returns the fix URL when clicked.
pub fn verdict_banner(ui: &mut egui::Ui, verdict: &Verdict) -> Option<String> {
    let dark = ui.visuals().dark_mode;
    let colour = verdict_colour(verdict.code, dark);
    let mut clicked = None;
    Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, colour))
        .inner_margin(Margin::same(14))
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    verdict_icon(verdict.code),
                    verdict_title(verdict.code, verdict.provider())
                ))
                .color(colour)
                .strong()
                .size(15.0),
            );
            ui.add_space(4.0);
            ui.add(egui::Label::new(RichText::new(verdict.summary()).size(17.0)).wrap());
            if let (Some(url), Some(label)) = (&verdict.fix_url, verdict.fix_label()) {
                ui.add_space(8.0);
                if icon_button(ui, "🌐", &label).on_hover_text(url).clicked() {
                    clicked = Some(url.clone());
                }
            }
            for note in verdict.notes() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
            }
        });
    clicked
}

/// The permission table in the words of OpenAI's key-permission screen: what is missing (or
/// could not be checked) first; what is granted folded under one line. What OpenAI calls each
/// permission and what it answered are under "Technical details", for whoever helps.
pub fn permission_table(ui: &mut egui::Ui, id: &str, rows: &[PermissionRow]) {
    let (granted, needs_a_look): (Vec<&PermissionRow>, Vec<&PermissionRow>) = rows
        .iter()
        .partition(|row| row.status == PermissionStatus::Granted);
    if !needs_a_look.is_empty() {
        permission_grid(ui, ("permissions", id), &needs_a_look);
        let technical: Vec<String> = needs_a_look.iter().map(|row| technical_line(row)).collect();
        technical_details(ui, ("permissions_technical", id), &technical.join("\n"));
    }
    if granted.is_empty() {
        return;
    }
    let title = if needs_a_look.is_empty() {
        tr!("common-permissions-all-granted", count = granted.len())
    } else {
        tr!("common-permissions-granted", count = granted.len())
    };
    egui::CollapsingHeader::new(title)
        .id_salt(("granted", id))
        .default_open(false)
        .show(ui, |ui| permission_grid(ui, ("granted_rows", id), &granted));
}

/// One permission as OpenAI names it: "Models: api.model.read (HTTP 403)".
fn technical_line(row: &PermissionRow) -> String {
    let scopes = row.scopes.join(", ");
    match row.http_status {
        Some(status) => tr!(
            "common-permission-technical-with-status",
            permission = row.group.as_str(),
            scopes = scopes,
            status = status.to_string()
        ),
        None => tr!(
            "common-permission-technical",
            permission = row.group.as_str(),
            scopes = scopes
        ),
    }
}

fn permission_grid(ui: &mut egui::Ui, grid_id: (&str, &str), rows: &[&PermissionRow]) {
    let dark = ui.visuals().dark_mode;
    egui::Grid::new(grid_id)
        .num_columns(3)
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for title in [
                tr!("common-permission-column-permission"),
                tr!("common-permission-column-level"),
                tr!("common-permission-column-status"),
            ] {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for row in rows {
                ui.label(row.group_words());
                ui.label(row.level_words());
                let (icon, code) = match row.status {
                    PermissionStatus::Granted => ("✔", VerdictCode::Ok),
                    PermissionStatus::Missing => ("✖", VerdictCode::MissingScopes),
                    PermissionStatus::Unknown | PermissionStatus::Error => {
                        ("?", VerdictCode::NetworkError)
                    }
                };
                let words = match &row.note {
                    Some(note) => format!("{icon} {note}"),
                    None => format!("{icon} {}", row.status.words()),
                };
                ui.label(RichText::new(words).color(verdict_colour(code, dark)));
                ui.end_row();
            }
        });
}

/// A selectable list row: a coloured status mark, a title, and a weaker line beneath, left
/// aligned. Named for screen readers by `accessible`. With a provider, its mark stands between
/// the status and the title.
pub fn list_row(
    ui: &mut egui::Ui,
    selected: bool,
    (mark, provider): ((&str, Color32), Option<ProviderId>),
    title: &str,
    subtitle: &str,
    accessible: &str,
) -> Response {
    let width = ui.available_width();
    let padding = egui::vec2(8.0, 6.0);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let provider_side = provider.map_or(0.0, |_| mark_side(ui, &egui::TextStyle::Body));
    let indent = 22.0 + provider.map_or(0.0, |_| provider_side + 6.0);
    let text_width = width - 2.0 * padding.x - indent;
    // On the selection's fill, the selection's own text colour is the one that reads.
    let (title_colour, sub_colour) = if selected {
        let colour = ui.visuals().selection.stroke.color;
        (colour, colour)
    } else {
        (ui.visuals().text_color(), ui.visuals().weak_text_color())
    };
    let title_galley =
        ui.painter()
            .layout(title.to_owned(), body.clone(), title_colour, text_width);
    let sub_galley = ui
        .painter()
        .layout(subtitle.to_owned(), small, sub_colour, text_width);
    let height = title_galley.size().y + sub_galley.size().y + 2.0 * padding.y + 2.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::click());
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect_filled(rect, 6.0, visuals.weak_bg_fill);
    }
    if response.has_focus() {
        ui.painter()
            .rect_stroke(rect, 6.0, visuals.fg_stroke, egui::StrokeKind::Inside);
    }
    let mark_galley = ui.painter().layout_no_wrap(mark.0.to_owned(), body, mark.1);
    ui.painter().galley(rect.min + padding, mark_galley, mark.1);
    if let Some(provider) = provider {
        let corner = rect.min + padding + egui::vec2(22.0, 0.0);
        let square = egui::Rect::from_min_size(corner, egui::vec2(provider_side, provider_side));
        paint_provider_mark(ui.painter(), square, provider, ui.visuals().dark_mode);
    }
    let text_origin = rect.min + padding + egui::vec2(indent, 0.0);
    let title_height = title_galley.size().y;
    ui.painter().galley(text_origin, title_galley, title_colour);
    ui.painter().galley(
        text_origin + egui::vec2(0.0, title_height + 2.0),
        sub_galley,
        sub_colour,
    );
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::selected(Role::Button, enabled, selected, accessible));
    response
}

/// A key pressed in a form's field: Enter to go ahead, Esc to cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKey {
    Enter,
    Escape,
}

/// Enter or Esc in this field (a text field gives up the keyboard focus on both). In a field
/// of several lines Enter starts a new line, so there Ctrl+Enter (⌘+Enter) goes ahead.
pub fn form_key(ui: &egui::Ui, field: &Response, multiline: bool) -> Option<FormKey> {
    if !(field.lost_focus() || field.has_focus()) {
        return None;
    }
    // The key is used up here, so a question drawn later in the frame (delete, import) never
    // takes it as its own answer.
    let enter = if multiline {
        egui::Modifiers::COMMAND
    } else {
        egui::Modifiers::NONE
    };
    ui.ctx().input_mut(|input| {
        if input.consume_key(egui::Modifiers::NONE, egui::Key::Escape) {
            Some(FormKey::Escape)
        } else if input.consume_key(enter, egui::Key::Enter) {
            Some(FormKey::Enter)
        } else {
            None
        }
    })
}

/// Forgets what egui keeps of a field's earlier text for Ctrl+Z: a field that held a key keeps
/// no copy of it once it was emptied.
pub fn forget_field_history(ctx: &egui::Context, field: &Response) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ctx, field.id) {
        state.clear_undoer();
        state.store(ctx, field.id);
    }
}

/// Enter or Esc pressed while no field or button has the keyboard, for confirmations.
pub fn confirmation_key(ui: &egui::Ui) -> Option<FormKey> {
    if ui.memory(|memory| memory.focused().is_some()) {
        return None;
    }
    ui.input(|input| {
        if input.key_pressed(egui::Key::Escape) {
            Some(FormKey::Escape)
        } else if input.key_pressed(egui::Key::Enter) {
            Some(FormKey::Enter)
        } else {
            None
        }
    })
}

/// An icon button as wide as the widest of the words it may show, so that its neighbours do
/// not move when its words change (Reveal and Hide, Check and Checking…).
pub fn steady_button(
    ui: &mut egui::Ui,
    enabled: bool,
    (icon, words): (&str, &str),
    widest: &str,
) -> Response {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let width = ui.ctx().fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(widest.to_owned(), font, Color32::WHITE)
            .size()
            .x
    }) + 2.0 * ui.spacing().button_padding.x;
    let response = ui.add_enabled(
        enabled,
        egui::Button::new(format!("{icon} {words}")).min_size(egui::vec2(width, 0.0)),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, words));
    response
}

/// A button for what cannot be taken back lightly: red, with an icon and words.
pub fn danger_button(ui: &mut egui::Ui, icon: &str, words: &str) -> Response {
    let dark = ui.visuals().dark_mode;
    let red = if dark {
        Color32::from_rgb(150, 30, 30)
    } else {
        Color32::from_rgb(180, 30, 30)
    };
    let response = ui.add(
        egui::Button::new(RichText::new(format!("{icon} {words}")).color(Color32::WHITE)).fill(red),
    );
    let enabled = ui.is_enabled();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, words));
    response
}

/// When a key was last checked, as a person says it: "checked just now", "checked 3 min
/// ago", "checked yesterday", "checked on 12 Nov 2026".
pub fn checked_when(at: jiff::Timestamp, now: jiff::Timestamp) -> String {
    let seconds = now.as_second() - at.as_second();
    let zone = jiff::tz::TimeZone::system();
    let day = |t: jiff::Timestamp| t.to_zoned(zone.clone()).date();
    if seconds < 60 {
        tr!("common-checked-just-now")
    } else if seconds < 3_600 {
        tr!("common-checked-minutes-ago", minutes = seconds / 60)
    } else if day(at) == day(now) {
        tr!("common-checked-hours-ago", hours = seconds / 3_600)
    } else if day(now)
        .yesterday()
        .is_ok_and(|yesterday| yesterday == day(at))
    {
        tr!("common-checked-yesterday")
    } else {
        tr!("common-checked-on", date = crate::i18n::date(day(at)))
    }
}

#[cfg(test)]
mod tests {
    use super::checked_when;

    #[test]
    fn check_times_read_as_a_person_says_them() {
        let now = jiff::Timestamp::from_second(1_780_000_000).expect("time");
        let ago = |seconds: i64| {
            checked_when(
                jiff::Timestamp::from_second(1_780_000_000 - seconds).expect("time"),
                now,
            )
        };
        assert_eq!(ago(5), "checked just now");
        assert_eq!(ago(180), "checked 3 min ago");
        assert!(ago(40 * 86_400).starts_with("checked on "));
    }

    #[test]
    fn every_glossary_word_has_a_meaning() {
        use super::Term;
        for term in [
            Term::ApiKey,
            Term::AdminKey,
            Term::Project,
            Term::Organization,
            Term::Token,
        ] {
            let (word, meaning) = (term.word(), term.meaning());
            assert!(!word.starts_with("glossary-"), "{term:?} has a word");
            assert!(meaning.len() > word.len() + 20, "{term:?} is explained");
        }
    }
}

/// Text meant for a developer or an IT person (a library's error, a raw answer), folded under
/// "Technical details" with a Copy button: the person reads the plain sentence first, and can
/// still hand the exact words to someone who helps.
pub fn technical_details(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    text: &str,
) {
    egui::CollapsingHeader::new(tr!("common-technical-details"))
        .id_salt(id_salt)
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).monospace()).wrap());
            if icon_button(ui, "🗐", &tr!("common-copy-technical-details")).clicked() {
                ui.ctx().copy_text(text.to_owned());
            }
        });
}

/// A technical word that has to stay (OpenAI's own screens use it), explained from the
/// glossary in the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    ApiKey,
    AdminKey,
    Project,
    Organization,
    Token,
}

impl Term {
    /// The word, as it stands in a sentence's list ("API key", "project").
    pub fn word(self) -> String {
        match self {
            Term::ApiKey => tr!("glossary-api-key"),
            Term::AdminKey => tr!("glossary-admin-key"),
            Term::Project => tr!("glossary-project"),
            Term::Organization => tr!("glossary-organization"),
            Term::Token => tr!("glossary-token"),
        }
    }

    /// What it means, in a sentence or two for someone who never met the word.
    pub fn meaning(self) -> String {
        match self {
            Term::ApiKey => tr!("glossary-api-key-meaning"),
            Term::AdminKey => tr!("glossary-admin-key-meaning"),
            Term::Project => tr!("glossary-project-meaning"),
            Term::Organization => tr!("glossary-organization-meaning"),
            Term::Token => tr!("glossary-token-meaning"),
        }
    }
}

/// The word, then a small "?" that explains it: on hover, and in a bubble when clicked (or
/// pressed with the keyboard), which a screen reader reads too. Returns the "?".
pub fn glossary_term(ui: &mut egui::Ui, term: Term) -> Response {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        ui.label(term.word());
        glossary_mark(ui, term)
    })
    .inner
}

/// Only the "?" of `glossary_term`, for a word the caller draws (a field's label, a heading).
pub fn glossary_mark(ui: &mut egui::Ui, term: Term) -> Response {
    let question = tr!("glossary-what-is", term = term.word());
    let meaning = term.meaning();
    let mark = ui.add(
        egui::Button::new(RichText::new("?").small().strong())
            .small()
            .corner_radius(8.0),
    );
    let enabled = ui.is_enabled();
    mark.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, &question));
    let mark = mark.on_hover_text(&meaning);
    egui::Popup::from_toggle_button_response(&mark).show(|ui| {
        ui.set_max_width(320.0);
        ui.label(RichText::new(term.word()).strong());
        ui.add(egui::Label::new(meaning).wrap());
    });
    mark
}

/// "Words used here: API key ? · project ?": the glossary of a page's technical words in one
/// line, for pages whose sentences come from elsewhere (a verdict, a price list).
pub fn glossary_line(ui: &mut egui::Ui, terms: &[Term]) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("glossary-words-used-here")).weak());
        for (index, term) in terms.iter().enumerate() {
            if index > 0 {
                ui.label(RichText::new("·").weak());
            }
            // A word and its "?" are one unit: it goes to the next line whole when the row
            // has no room for it (the pair sits in its own row, which cannot wrap).
            let mark = ui.spacing().interact_size.y + ui.spacing().item_spacing.x;
            if ui.available_size_before_wrap().x < text_width(ui, term.word()) + mark + 3.0 {
                ui.end_row();
            }
            glossary_term(ui, *term);
        }
    });
}

/// How wide `text` is drawn on one line (body text unless it says otherwise), to decide what
/// fits in a row before drawing it.
pub fn text_width(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}
