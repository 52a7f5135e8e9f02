//! The Explain page: the pasted error text and what it means. Nothing is sent anywhere; the
//! text passes the redaction gate inside `checks::explain` before anything else sees it.

use secrecy::SecretString;
use secrecy::zeroize::Zeroize;

use crate::checks::{ExplainError, Explanation, KnownKey, explain_with, whole_keys_in};
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainCommand {
    Explain,
    Clear,
}

#[derive(Default)]
pub struct ExplainPage {
    pub text: String,
    /// What the text means; its words are said when drawn, in the language on screen.
    pub result: Option<Result<Explanation, ExplainError>>,
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
                self.result = Some(explain_with(&self.text, known));
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
        let message = tr!(
            "explain-host-message",
            error = shown,
            meaning = explanation.verdict.summary()
        );
        Some(message + "\n")
    }
}

impl Drop for ExplainPage {
    fn drop(&mut self) {
        // Pasted errors sometimes hold a whole key.
        self.text.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_for_the_host_quotes_the_error_and_says_what_it_means() {
        let mut page = ExplainPage::default();
        page.text = "cURL error 6: Could not resolve host: api.openai.com".to_owned();
        page.execute(ExplainCommand::Explain, &[]);
        let message = page.message_for_host().expect("a message");
        assert!(
            message.starts_with("Hello,\n\nmy site cannot reach"),
            "{message}"
        );
        assert!(
            message.contains(
                "\n\ncURL error 6: Could not resolve host: api.openai.com\n\nWhat it means: "
            ),
            "{message}"
        );
        assert!(message.ends_with("\n\nThank you.\n"), "{message}");
    }
}
