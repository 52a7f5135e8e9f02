## Explain an error (src/gui/views/explain.rs, src/gui/explain.rs)

explain-title = Explain an error
explain-paste-title = Paste the error
explain-paste-explained = Paste the message your plugin, script or app showed, for example "You have insufficient permissions for this operation. Missing scopes: model.request". Nothing is sent anywhere.
# Shown in the empty field.
explain-paste-hint = Paste the error here
# The button that explains the pasted text.
explain-explain = Explain
explain-clear = Clear
explain-nothing-pasted = Nothing pasted yet. Copy the error your plugin, site or app showed, then paste it above and press Explain.
# A button that pastes what the person copied into the field.
explain-paste-from-clipboard = Paste what you copied
explain-check-keys-instead = Check your keys instead
# $name: the name of a stored key the error mentions
explain-check-named-key = Check "{ $name }" now
explain-add-this-key = Add this key to Key Doctor
explain-add-new-key = Add a new key
explain-copy-host-message = Copy a message for your hosting company
explain-check-your-keys = Check your keys
# Technical details, for a developer or the hosting company. $code: a code such as missing_scopes
explain-detail-verdict-code = Verdict code: { $code }
# $status: an HTTP status code such as 401
explain-detail-http-status = HTTP status: { $status }
# $cause: a code for a network failure, such as dns
explain-detail-cause = Cause: { $cause }
# $code: OpenAI's own code, such as insufficient_quota
explain-detail-openai-code = OpenAI code: { $code }
# $scopes: OpenAI's permission codes, such as model.request
explain-detail-missing-scopes = Missing scopes: { $scopes }
# A message the person sends to their hosting company (copied to the clipboard). $error: the error their site showed; $meaning: what it means, in one sentence
explain-host-message =
    Hello,

    my site cannot reach the OpenAI API (api.openai.com). It shows this error:

    { $error }

    What it means: { $meaning }

    Thank you.
