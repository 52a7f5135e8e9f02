//! The Explain page: the pasted error text and what it means. Nothing is sent anywhere; the
//! text passes the redaction gate inside `checks::explain` before anything else sees it.

use crate::checks::{Verdict, explain};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainCommand {
    Explain,
    Clear,
}

#[derive(Default)]
pub struct ExplainPage {
    pub text: String,
    pub result: Option<Result<Verdict, String>>,
}

impl ExplainPage {
    pub fn execute(&mut self, command: ExplainCommand) {
        match command {
            ExplainCommand::Explain => {
                self.result = Some(explain(&self.text).map_err(|e| e.to_string()));
            }
            ExplainCommand::Clear => {
                self.text.clear();
                self.result = None;
            }
        }
    }
}
