//! The notices: sentences about what just happened, each belonging to the view that raised it.
//! They float above the bottom of the window, so a notice never moves a button. A confirmation
//! goes by itself after a few seconds (longer for a longer sentence, never while the pointer
//! rests on it); a warning or a problem stays until it is dismissed or solved.

use std::time::{Duration, Instant};

use super::effect::{Notice, Tone};
use super::view::View;

/// One notice on the board, with what it needs to go at the right time.
pub struct Shown {
    /// Stays the same while the notice is shown, so a Dismiss click finds it.
    pub id: u64,
    pub notice: Notice,
    pub view: View,
    /// Time the notice has been on screen without the pointer on it.
    pub seen_for: Duration,
}

#[derive(Default)]
pub struct NoticeBoard {
    shown: Vec<Shown>,
    next_id: u64,
    /// When `tick` last ran.
    last_tick: Option<Instant>,
    /// The notice under the pointer: its time stands still.
    pub hovered: Option<u64>,
}

/// How long a confirmation stays: about 6 s, longer for a longer sentence. Problems, warnings
/// and notices with a button stay (an undo offer goes when its page says it is over).
pub fn lifetime(notice: &Notice) -> Option<Duration> {
    if notice.tone != Tone::Info || notice.action.is_some() {
        return None;
    }
    let extra_words = notice.text.split_whitespace().count().saturating_sub(12) as u64;
    Some(Duration::from_millis(
        (6_000 + extra_words * 250).min(20_000),
    ))
}

impl NoticeBoard {
    /// Shows a notice in `view`. A notice about the same topic replaces the older one, and the
    /// same sentence is never shown twice.
    pub fn push(&mut self, notice: Notice, view: View) {
        self.shown.retain(|s| {
            !(s.notice.text == notice.text
                || (notice.topic.is_some() && s.notice.topic == notice.topic))
        });
        self.next_id += 1;
        self.shown.push(Shown {
            id: self.next_id,
            notice,
            view,
            seen_for: Duration::ZERO,
        });
        // A board that grows without end helps nobody: the oldest confirmations go first, never
        // one with a button (an undo offer must stay while the undo does).
        while self.shown.len() > 6 {
            let Some(oldest) = self
                .shown
                .iter()
                .position(|s| s.notice.tone == Tone::Info && s.notice.action.is_none())
            else {
                break;
            };
            self.shown.remove(oldest);
        }
    }

    pub fn dismiss(&mut self, id: u64) {
        self.shown.retain(|s| s.id != id);
    }

    /// Every notice of a view goes (its page was swapped for another: the demo's, or back).
    pub fn forget(&mut self, view: View) {
        self.shown.retain(|s| s.view != view);
    }

    /// The problem a topic stood for is solved: its notice goes.
    pub fn solved(&mut self, topic: &str) {
        self.shown
            .retain(|s| s.notice.topic.as_deref() != Some(topic));
    }

    /// The notices of this view, oldest first.
    pub fn in_view(&self, view: View) -> impl Iterator<Item = &Shown> {
        self.shown.iter().filter(move |s| s.view == view)
    }

    pub fn all(&self) -> impl Iterator<Item = &Notice> {
        self.shown.iter().map(|s| &s.notice)
    }

    /// Counts time for the notices of the view on screen (but not for the one under the
    /// pointer) and takes away those whose time is up. Returns when the next one goes, for a
    /// repaint then.
    pub fn tick(&mut self, now: Instant, view: View) -> Option<Duration> {
        let hovered = self.hovered;
        let elapsed = self
            .last_tick
            .map_or(Duration::ZERO, |last| now.saturating_duration_since(last));
        self.last_tick = Some(now);
        for shown in self.shown.iter_mut().filter(|s| s.view == view) {
            if Some(shown.id) != hovered {
                shown.seen_for += elapsed;
            }
        }
        self.shown
            .retain(|s| lifetime(&s.notice).is_none_or(|life| s.seen_for < life));
        self.shown
            .iter()
            .filter(|s| s.view == view && Some(s.id) != hovered)
            .filter_map(|s| lifetime(&s.notice).map(|life| life.saturating_sub(s.seen_for)))
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmations_go_problems_stay_and_hovering_holds_them() {
        let mut board = NoticeBoard::default();
        let start = Instant::now();
        board.push(Notice::info("Stored."), View::Keys);
        board.push(Notice::problem("Not stored."), View::Keys);
        board.push(Notice::info("Saved a file."), View::Usage);
        board.tick(start, View::Keys);
        let first = board.in_view(View::Keys).next().map(|s| s.id);
        board.hovered = first;
        board.tick(start + Duration::from_secs(7), View::Keys);
        assert_eq!(board.in_view(View::Keys).count(), 2, "hovered, so kept");
        board.hovered = None;
        board.tick(start + Duration::from_secs(14), View::Keys);
        let left: Vec<&str> = board.all().map(|n| n.text.as_str()).collect();
        // The Usage notice was not on screen, so its time did not run.
        assert_eq!(left, ["Not stored.", "Saved a file."]);
    }

    #[test]
    fn a_topic_is_replaced_and_solved() {
        let mut board = NoticeBoard::default();
        board.push(Notice::problem("First.").about("address"), View::Keys);
        board.push(Notice::problem("Second.").about("address"), View::Keys);
        assert_eq!(board.all().count(), 1);
        board.solved("address");
        assert_eq!(board.all().count(), 0);
    }

    #[test]
    fn longer_sentences_stay_longer() {
        let short = lifetime(&Notice::info("Copied.")).expect("goes");
        let long = lifetime(&Notice::info("word ".repeat(40))).expect("goes");
        assert!(long > short);
        assert!(lifetime(&Notice::warning("Careful.")).is_none());
    }
}
