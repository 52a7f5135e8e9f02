//! The Explain page: the pasted error text and what it means. Nothing is sent anywhere; the
//! text passes the redaction gate inside `checks::explain` before anything else sees it.

use secrecy::SecretString;
use secrecy::zeroize::Zeroize;

use crate::checks::{Explanation, KnownKey, explain_with, whole_keys_in};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainCommand {
    Explain,
    Clear,
}

#[derive(Default)]
pub struct ExplainPage {
    pub text: String,
    pub result: Option<Result<Explanation, String>>,
    /// The text that was explained, redacted: the message for a host pairs it with its
    /// explanation even when the field was edited since.
    explained: String,
    /// The text was emptied (it may have held a key): the field forgets its history.
    pub forget_typing: bool,
}

impl ExplainPage {
    /// `known` are the stored keys, so that a key the text names can be offered for a check.
    pub fn execute(&mut self, command: ExplainCommand, known: &[KnownKey]) {
        match command {
            ExplainCommand::Explain => {
                self.result = Some(explain_with(&self.text, known).map_err(|e| e.to_string()));
                self.explained = crate::redaction::redact_text(self.text.trim(), &[]).into_owned();
            }
            ExplainCommand::Clear => {
                self.text.zeroize();
                self.result = None;
                self.explained.clear();
                self.forget_typing = true;
            }
        }
    }

    /// The whole key the pasted text holds, taken out of the page (the text is emptied, as it
    /// held a secret), to be stored with "Add a key".
    pub fn take_key(&mut self) -> Option<SecretString> {
        let key = whole_keys_in(&self.text)
            .next()
            .map(|token| SecretString::from(token.to_owned()));
        self.text.zeroize();
        self.result = None;
        self.forget_typing = true;
        key
    }

    /// A message for the hosting company: what the site showed (redacted) and what it means.
    pub fn message_for_host(&self) -> Option<String> {
        let Some(Ok(explanation)) = &self.result else {
            return None;
        };
        let shown: String = self.explained.chars().take(1200).collect();
        Some(format!(
            "Hello,\n\nmy site cannot reach the OpenAI API (api.openai.com). It shows this error:\n\n{shown}\n\nWhat it means: {}\n\nThank you.\n",
            explanation.verdict.summary
        ))
    }
}

impl Drop for ExplainPage {
    fn drop(&mut self) {
        // Pasted errors sometimes hold a whole key.
        self.text.zeroize();
    }
}
