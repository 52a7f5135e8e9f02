## Errors and words of the layers under the screens: the key list and the keychain (src/vault),
## .env imports (src/import), files (src/files.rs), the connection to OpenAI (src/openai) and
## file dialogs (src/dialogs.rs). The app and the command line both show them. A library's own
## words (a system error, a TLS message) are never in these sentences: they are shown apart, under
## "Technical details". Messages that are clauses (lowercase, no final period) end a sentence
## of another message, after a colon.

## Files (src/files.rs)

# What a picked path is when it is not a file: "{ $file } is { $what }, not a file".
error-not-a-file-folder = a folder
error-not-a-file-special = a device, pipe or socket
# Why a file could not be read or written, ending a sentence such as "Your key list could not be
# saved to /home/me/keys.json: the disk is full."
error-io-not-found = the file is not there (it may have been moved, renamed or deleted)
error-io-permission-denied = your user account may not open it
error-io-read-only = the disk or folder is read-only
error-io-disk-full = the disk is full
error-io-is-a-folder = it is a folder, not a file
error-io-not-a-folder = part of its path is a file, not a folder
error-io-other = the system refused

## The keychain (src/vault/store.rs)

# Clauses, ending a sentence such as "Your system keychain cannot be used: …".
error-store-not-found = there is no key stored under this entry
error-store-locked = the keychain is locked or refused access
error-store-unavailable = no keychain is available on this system
error-store-failed = the keychain reported a problem
# Whole sentences: what happened and what to do.
error-store-not-found-sentence = The keychain no longer holds this key. Add it again, or delete this entry.
error-store-locked-sentence = Your keychain is locked or refused access. Unlock it (log in to your desktop session or open your keychain app) and try again.
error-store-unavailable-sentence = No system keychain is available here, so keys cannot be saved safely. You can keep them for this session only.
error-store-failed-sentence = The keychain reported a problem. Try again in a moment.

## Kinds of key (src/vault/kind.rs), as the key list and the command line show them

error-key-kind-project = Project key
error-key-kind-service-account = Service-account key
error-key-kind-admin = Admin key
error-key-kind-user-without-project = User key (no project)
error-key-kind-legacy-user = Legacy user key
error-key-kind-anthropic-api = Anthropic API key
error-key-kind-anthropic-admin = Anthropic Admin key
error-key-kind-claude-login-token = Claude login token
error-key-kind-gemini-auth = Gemini API key
error-key-kind-gemini-standard = Gemini key (older kind)
error-key-kind-openrouter = OpenRouter key
error-key-kind-groq = Groq key
error-key-kind-mistral = Mistral key
error-key-kind-azure-openai = Azure OpenAI key
error-key-kind-xai = xAI key
error-key-kind-deepseek = DeepSeek key
error-key-kind-unknown = Not an OpenAI key
# The name a key gets when none was typed: "Project key sk-proj-…6789".
# $kind: one of the kinds above; $redacted: the key with most of it hidden.
error-key-default-name = { $kind } { $redacted }

## A pasted key (src/vault/input.rs)

error-key-empty = There is no key to use: paste the key first.
# $what: the character, in words (one of error-character-*); $position: where it is in the key (1 is the first).
error-key-forbidden-character = The key has { $what } at position { $position }, which a key never has. Copy the key again from the page where it was created, or type it without that character.
# $count: how many invisible characters were removed.
error-key-invisible-removed = { $count ->
    [one] An invisible character that came with the paste was removed.
   *[other] { $count } invisible characters that came with the paste were removed.
}
error-key-quotes-removed = The quotes around the key were removed.
error-character-space = a space
error-character-tab = a tab
error-character-line-break = a line break
error-character-nul = a NUL character
# $code: the character's Unicode number, such as U+200B.
error-character-control = an invisible control character ({ $code })
# $code: the character's Unicode number, such as U+00A0.
error-character-space-like = a space-like character ({ $code })
# $character: the character itself; $code: its Unicode number, such as U+043E.
error-character-look-alike = the character "{ $character }" ({ $code }), which looks like a letter or sign but is not a plain one
# $character: the character itself.
error-character-other = the character "{ $character }"

## Storing keys (src/vault/mod.rs)

error-vault-no-such-key = This key is no longer on the list.
# $name: the name the key is stored under.
error-vault-already-stored = This key is already stored as "{ $name }".
# $problem: why the key list could not be saved (error-catalog-not-saved).
error-vault-not-saved-undone = { $problem } The key was not stored.
# $problem: why the key list could not be saved; $name: the key's name; $store_problem: why the keychain did not remove it (one of error-store-*).
error-vault-not-saved-left-in-keychain = { $problem } The key is in your keychain under "Key Doctor: { $name }" but on no list; removing it failed too ({ $store_problem }).

## The key list (src/vault/catalog.rs)

# Where a key came from: $variable: its name in the file, such as OPENAI_API_KEY; $file: the file.
error-source-variable-in-file = { $variable } in { $file }
# Where a key came from when it was pasted into the app.
error-source-pasted = pasted
# $path: the key list's file; $problem: why (one of error-io-* or error-catalog-*).
error-catalog-unreadable = Your key list ({ $path }) could not be read: { $problem }.
# $path: the key list's file; $problem: why (one of error-io-* or error-catalog-*).
error-catalog-not-saved = Your key list could not be saved to { $path }: { $problem }. The change is kept while Key Doctor stays open.
# $problem: why the damaged file could not be renamed (one of error-io-*).
error-catalog-damaged-and-stuck = it is damaged, and it could not be set aside either: { $problem }
error-catalog-newer-version = the file is from a newer Key Doctor
error-catalog-unreadable-now = the list there could not be read, so it is not written over
error-catalog-encoding = the list could not be written out
# $path: where the damaged file was kept.
error-catalog-recovered-from-backup = Your key list was damaged, so it was restored from its backup. The damaged file was kept as { $path }.
# $path: where the damaged file was kept.
error-catalog-started-empty = Your key list could not be read and its backup could not either, so the list starts empty. Nothing was deleted: the damaged file was kept as { $path }, and your keys are still in the keychain.
# $version: the number of the list's format.
error-catalog-newer-schema = Your key list was written by a newer Key Doctor (format { $version }). It is shown, but changes are not saved, so that version's data is not lost.

## .env files (src/import/mod.rs)

# $file: the file; $problem: why (one of error-io-*).
error-import-unreadable = { $file } could not be opened: { $problem }.
# $file: the file; $limit: the largest size a .env file may have, in bytes.
error-import-too-large = { $file } is larger than the { $limit } bytes a .env file can be. Pick the .env file itself.
# $file: the file; $what: what it is instead (error-not-a-file-folder or error-not-a-file-special).
error-import-not-a-file = { $file } is { $what }, not a file, so it cannot be a .env file. Pick the .env file itself.
# $file: the file; $encoding: the text encoding it was saved in, such as UTF-16.
error-import-other-encoding = { $file } is text saved as { $encoding }, which .env files are not. Open it in a text editor, save it with the encoding "UTF-8", and open it again.
# $file: the file.
error-import-binary = { $file } is not a text file (it holds binary data), so it is not a .env file.
# $file: the file.
error-import-not-utf8 = { $file } is not UTF-8 text. Save it as UTF-8 in your editor and try again.
# $name: a variable's name, such as OPENAI_API_KEY.
error-env-repeated = { $name } is set more than once; the last value counts, as in a shell.
# $line: where the line is (one of error-env-line-*).
error-env-unclosed-quote = A quote opened on { $line } is never closed, so that line and the ones after it could not be read.
# $line: where the line is (one of error-env-line-*).
error-env-not-name-value = Skipped { $line }: it is not a NAME=value line.
error-env-unreadable = Part of the text could not be read.
# $name: a variable's name; $reason: why its value cannot be a key (error-key-*).
error-env-not-listed = { $name } is not listed. { $reason }
# $name: a variable's name, such as AZURE_OPENAI_API_KEY.
error-env-not-openai = { $name } does not hold an OpenAI key, nor another provider's key Key Doctor knows, so it is not listed.
error-env-other-providers-key = { $name } is named like another provider's key, but holds a key of { $provider }: it is listed as { $provider }'s.
error-env-fits-several = { $name } holds a key that fits more than one provider ({ $providers }): it is listed as the first; choose another if that is wrong.
# $name: a variable's name; $note: what was removed from its value (error-key-*-removed).
error-env-cleaned = { $name }: { $note }
# $name: the file's name, such as .env; $repository: the folder of the git repository.
error-env-git-not-ignored = { $name } is inside the git repository at { $repository } and git does not ignore it, so the key could be committed and published. Add { $name } to .gitignore.
# $name: the file's name, such as .env; $repository: the folder of the git repository.
error-env-git-repository = { $name } is inside a git repository ({ $repository }). Make sure .gitignore lists it, so the key is never committed.
# Where a line is: $number: its number; $name: the variable it sets.
error-env-line-named = line { $number } ({ $name })
# $number: the line's number.
error-env-line = line { $number }
# $name: the variable the line sets.
error-env-line-of = the line of { $name }
error-env-line-unknown = one line

## The connection to OpenAI (src/openai/error.rs). Clauses: a verdict says "Key Doctor could not
## reach OpenAI: …", "The answer was not OpenAI's (…)".

# $host: the server's name, such as api.openai.com.
error-api-dns = could not find the server { $host } (the name lookup failed)
# $host: the server's name.
error-api-connection-refused = { $host } refused the connection
# $host: the server's name.
error-api-tls = the secure connection to { $host } failed
# A permission that was not checked because an earlier request met a network problem.
error-api-not-sent = not checked: the same network problem
# $host: the server's name; $seconds: how long Key Doctor waited, written as a number; $count: the same number, for the plural.
error-api-timeout = no answer from { $host } within { $count ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
# $host: the server's name.
error-api-connection-reset = the connection to { $host } was reset before the answer arrived
error-api-not-json-web-page = a web page instead of OpenAI's answer
error-api-not-json-text = plain text instead of OpenAI's answer
error-api-not-json-broken = an answer that could not be read
error-api-not-json-other = something other than OpenAI's answer
error-api-truncated = the answer was cut off before it was complete
# $limit: the largest answer Key Doctor reads, in bytes.
error-api-too-large = the answer was larger than the limit of { $limit } bytes
# $message: OpenAI's own message, in English as OpenAI sends it.
error-api-openai-said = OpenAI said: { $message }
error-api-unexpected-status = the server answered with an error but without OpenAI's message
error-api-bad-shape = the answer did not have the expected shape
error-api-transport = a network error stopped the request
error-proxy-needs-login = the proxy asked for a user name and password
error-proxy-refused = the proxy refused to open the way to OpenAI
error-proxy-unreachable = the proxy could not be reached
# $host: the server's name.
error-certificate-untrusted = the certificate presented for { $host } is not signed by anyone this computer trusts
# $host: the server's name.
error-certificate-expired = the certificate presented for { $host } has expired
# $host: the server's name.
error-certificate-not-yet-valid = the certificate presented for { $host } is not valid yet
# $host: the server's name.
error-certificate-wrong-name = the certificate presented for { $host } was made for another name
# $host: the server's name.
error-certificate-revoked = the certificate presented for { $host } was revoked
# $host: the server's name.
error-certificate-other = the certificate presented for { $host } was refused

## The OpenAI address (src/openai/client.rs). Clauses, after "The OpenAI address cannot be used:".

# $url: the address as given.
error-address-invalid = "{ $url }" is not a web address
# $url: the address as given; $scheme: how it starts instead, such as ftp.
error-address-scheme = "{ $url }" starts with { $scheme }:// but must start with https://
# $url: the address as given.
error-address-insecure = "{ $url }" does not use HTTPS, so your key would travel unprotected; use the address that starts with https://
# $url: the address as given, without the login.
error-address-has-login = "{ $url }" holds a user name or password before the @; Key Doctor sends your key itself, so remove that part

## File dialogs (src/dialogs.rs): the name of the file type a dialog offers

error-dialog-filter-csv = CSV table
error-dialog-filter-json = JSON file
