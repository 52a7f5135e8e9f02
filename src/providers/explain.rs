//! "Explain an error" for the other providers: whose error a pasted text is (its words, its
//! envelope, a key's prefix), then that provider's rules.

use super::envelope::{ProviderError, parse_provider_error};
use super::rules::{named_rule_for, rule_for};
use super::{Provider, ProviderId};
use crate::checks::Verdict;

/// The provider a text names (the first whose markers it holds), never OpenAI, whose errors
/// `checks::explain` reads with its own table.
fn provider_of(lower: &str) -> Option<&'static Provider> {
    // OpenRouter and Azure first: their texts quote other providers' words.
    [ProviderId::OpenRouter, ProviderId::AzureOpenAi]
        .into_iter()
        .chain(ProviderId::ALL)
        .map(ProviderId::entry)
        .filter(|p| p.id != ProviderId::OpenAi)
        .find(|p| p.markers.iter().any(|marker| lower.contains(marker)))
}

/// The verdict of the first provider whose own rules know a text no marker names (a bare
/// message of its gateway), for when nothing else recognised it.
pub fn explain_by_own_words(text: &str, status: Option<u16>) -> Option<Verdict> {
    let error = error_in(text, status);
    // Only a message that is all the text, not words found somewhere in a longer one.
    if error.message.trim().len() > 80 {
        return None;
    }
    let (provider, rule) = ProviderId::ALL
        .into_iter()
        .filter(|p| *p != ProviderId::OpenAi)
        .map(ProviderId::entry)
        .find_map(|p| Some((p, named_rule_for(p, &error)?)))?;
    let mut verdict =
        Verdict::for_provider(provider.id, rule.code, &rule.saying, Some(rule.sub_code));
    verdict.details.http_status = error.status;
    Some(verdict)
}

/// True when the text names the provider ("Anthropic", "Groq", …).
fn names_itself(provider: &Provider, lower: &str) -> bool {
    std::iter::once(provider.name)
        .chain(provider.name_words.iter().copied())
        .any(|name| lower.contains(&name.to_lowercase()))
}

/// The error in a pasted text: the JSON in it if any, else the text as the message.
fn error_in(text: &str, status: Option<u16>) -> ProviderError {
    let json = text
        .find(['{', '['])
        .and_then(|start| Some((start, text.rfind(['}', ']'])?)))
        .and_then(|(start, end)| (start < end).then(|| &text[start..=end]))
        .and_then(|json| parse_provider_error(status, json))
        .filter(|error| !error.not_json);
    json.unwrap_or_else(|| ProviderError {
        status,
        message: text.to_owned(),
        ..ProviderError::default()
    })
}

/// The verdict for a text (already through the redaction gate) that another provider wrote;
/// `None` when it is OpenAI's, or nobody's that a rule knows. `by_status`: the status alone
/// may decide (the shared rows), else only a rule naming the error's words, type or code.
pub fn explain_provider_text(text: &str, status: Option<u16>, by_status: bool) -> Option<Verdict> {
    let lower = text.to_lowercase();
    let provider = provider_of(&lower)?;
    let error = error_in(text, status);
    // The status alone speaks only for a text that names the provider itself (an envelope's
    // shape is shared: OpenAI's stream errors also start `{"type":"error"`).
    let by_status = by_status && names_itself(provider, &lower);
    let rule = if by_status && error.status.is_some() {
        rule_for(provider, &error)
    } else {
        named_rule_for(provider, &error)
    }
    .or_else(|| {
        // The whole text, when the JSON's message alone says too little.
        let whole = ProviderError {
            message: text.to_owned(),
            ..error.clone()
        };
        named_rule_for(provider, &whole)
    })?;
    let mut verdict =
        Verdict::for_provider(provider.id, rule.code, &rule.saying, Some(rule.sub_code));
    verdict.details.http_status = error.status;
    verdict.details.openai_message = (!error.message.is_empty() && !error.not_json)
        .then(|| error.message.chars().take(600).collect());
    Some(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openai_texts_are_left_to_openai_s_table() {
        for text in [
            "Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.",
            r#"{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}"#,
            "Country, region, or territory not supported",
            "getaddrinfo ENOTFOUND api.openai.com",
        ] {
            assert!(explain_provider_text(text, None, true).is_none(), "{text}");
        }
    }
}
