## Zahlen und Daten (src/i18n/format.rs)

money-under = unter { $amount }
compact-thousands = { $value } Tsd.
compact-millions = { $value } Mio.
compact-billions = { $value } Mrd.
date-long = { $day }. { $month } { $year }
date-short = { $day }. { $month }
date-month-year = { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.

## Gemeinsame Bausteine (src/gui/widgets.rs)

# Ein aufklappbarer Bereich mit dem genauen Wortlaut eines Fehlers (für IT oder Entwickler).
common-technical-details = Technische Details
common-copy-technical-details = Details kopieren

## Navigation (src/gui/view.rs)

common-nav-keys = Schlüssel
common-nav-usage = Nutzung
common-nav-explain = Fehler erklären
common-nav-settings = Einstellungen

## Statuszeile am unteren Fensterrand (src/gui/app.rs)

common-status-demo = Demo-Modus
common-status-demo-explained = Verwendet den eingebauten OpenAI-Simulator unter { $base_url }. Die Beispielschlüssel sind erfunden; nichts verlässt diesen Computer.
common-leave-demo = Demo beenden
common-status-openai = OpenAI: { $base_url }
common-status-through-proxy = · über den Proxy { $proxy }
common-status-custom-address = Abweichende OpenAI-Adresse
common-status-custom-explained = Anfragen gehen an { $base_url }, nicht an api.openai.com.
common-status-unusable = Keine Prüfungen, bis die OpenAI-Adresse korrigiert ist
common-status-unusable-explained = Die OpenAI-Adresse ist nicht verwendbar, deshalb wird nichts gesendet. Ändern Sie sie in den Einstellungen.
common-open-settings = Einstellungen öffnen

## Meldungen und Dialoge des Fensters (src/gui/app.rs)

common-host-message-copied = Die Nachricht wurde kopiert: Fügen Sie sie in eine E-Mail oder ein Ticket an Ihren Hosting-Anbieter ein.
common-nothing-checked-address = Es wurde nichts geprüft: Die OpenAI-Adresse ist nicht verwendbar. Korrigieren Sie sie in den Einstellungen.
common-opening-in-browser = { $url } wird in Ihrem Browser geöffnet.
common-browser-did-not-open = Für { $url } hat sich kein Browser geöffnet. Kopieren Sie die Adresse und fügen Sie sie in Ihren Browser ein.
common-copy-the-address = Adresse kopieren
common-dialog-open-env = .env-Datei öffnen
common-dialog-choose-prices = Preisliste auswählen
# So heißt eine ins Fenster gezogene Datei ohne Pfad in Sätzen über sie. In Klammern, damit es
# in jedem Fall passt: „Import aus (abgelegte Datei)“, „(abgelegte Datei) ist keine Textdatei“.
common-dropped-file-name = (abgelegte Datei)
common-dropped-file-unreadable = Die abgelegte Datei ließ sich nicht lesen. Öffnen Sie sie stattdessen mit „.env-Datei öffnen“.
common-drop-env-file = .env-Datei hier ablegen, um sie zu importieren
common-demo-did-not-start = Die Beispielschlüssel lassen sich nicht anzeigen: Der eingebaute Übungsserver von Key Doctor ist nicht gestartet. Kopieren Sie die technischen Details für die Person, die Ihnen hilft.
common-try-demo = Mit Beispielschlüsseln ausprobieren

## Meldungen (src/gui/views/mod.rs)

common-undo-countdown = Rückgängig ({ $seconds } s)
common-undo = Rückgängig
common-copied = Kopiert.
common-dismiss = Ausblenden

## Gemeinsame Bausteine: Berechtigungen und Prüfzeiten (src/gui/widgets.rs)

common-permissions-all-granted = { $count ->
    [one] 1 Berechtigung erteilt
   *[other] Alle { $count } Berechtigungen erteilt
}
common-permissions-granted = { $count ->
    [one] 1 Berechtigung erteilt
   *[other] { $count } Berechtigungen erteilt
}
common-permission-column-permission = Berechtigung
common-permission-column-level = Zugriff
common-permission-column-status = Status
common-permission-technical = { $permission }: { $scopes }
common-permission-technical-with-status = { $permission }: { $scopes } (HTTP { $status })
common-checked-just-now = gerade eben geprüft
common-checked-minutes-ago = vor { $minutes } Min. geprüft
common-checked-hours-ago = vor { $hours } Std. geprüft
common-checked-yesterday = gestern geprüft
common-checked-on = am { $date } geprüft

## Start des Fensters (src/gui/mod.rs), auf der Befehlszeile ausgegeben

common-launch-no-worker = Key Doctor konnte seine Hintergrundprozesse nicht starten: { $problem }
common-launch-demo-did-not-start = Die Beispielschlüssel lassen sich nicht anzeigen: Der eingebaute Übungsserver ist nicht gestartet ({ $problem }).
common-launch-no-window = Das Fenster ließ sich nicht öffnen: { $problem }

## Die Schlüsselliste und die Beispielschlüssel der Demo (src/gui/services.rs)

common-key-list-unreadable = { $problem } Die Liste beginnt für diese Sitzung leer, und die Datei bleibt unverändert.
common-no-config-folder-for-keys = Dieses System hat keinen Konfigurationsordner, daher bleibt die Liste der Schlüssel nur erhalten, bis Key Doctor geschlossen wird (die Schlüssel selbst kommen in den Schlüsselbund).
# Die Namen der Beispielschlüssel der Demo; jeder zeigt ein Problem.
common-sample-key-full-access = Projektschlüssel mit vollem Zugriff
common-sample-key-no-model-request = Eingeschränkter Schlüssel ohne „Model capabilities“ (Modellfunktionen)
common-sample-key-responses-without-request = Eingeschränkter Schlüssel mit „Responses“ (Antworten), aber „Model capabilities“ (Modellfunktionen) nicht auf „Request“ (Anfragen)
common-sample-key-no-credit = Organisation ohne Guthaben
common-sample-key-project-spend-limit = Projekt am Ausgabenlimit
common-sample-key-revoked = Widerrufener Schlüssel
common-sample-key-project-without-model = Projekt, das gpt-5-mini nicht verwenden darf
common-sample-key-rate-limited = Schlüssel, der zu viele Anfragen sendet
common-sample-key-read-only = Schlüssel, der nur lesen darf
common-sample-key-service-account = Dienstkonto-Schlüssel mit vollem Zugriff
common-sample-key-admin-full = Admin-Schlüssel, der die Nutzung lesen darf
common-sample-key-admin-no-usage = Admin-Schlüssel, der die Nutzung nicht lesen darf

## Einstellungen (src/gui/views/settings.rs, src/settings.rs)

settings-title = Einstellungen
settings-language = Sprache
settings-language-system = Wie das System ({ $language })
settings-language-note = Alle Seiten wechseln sofort, und die Auswahl bleibt für das nächste Mal gespeichert.
settings-appearance = Darstellung
settings-theme = Farbschema
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-desktop-prefers-dark = Ihr Desktop ist auf Dunkel eingestellt.
settings-desktop-prefers-light = Ihr Desktop ist auf Hell eingestellt.
settings-desktop-says-nothing = Ihr Desktop gibt nicht an, ob er Hell oder Dunkel bevorzugt, daher wird Hell verwendet.
settings-text-size = Textgröße
settings-text-size-small = Klein
settings-text-size-normal = Normal
settings-text-size-large = Groß
settings-text-size-larger = Größer
settings-appearance-saved = Beides wird gespeichert und gilt auch beim nächsten Öffnen von Key Doctor.
settings-connection = Verbindung zu OpenAI
settings-connection-demo = Demo-Modus: Anfragen gehen an den eingebauten Simulator unter { $base_url }.
settings-connection-live = Anfragen gehen an { $base_url }.
settings-connection-unusable = Die OpenAI-Adresse { $address } ist nicht verwendbar. Bis sie korrigiert ist, wird nichts gesendet: Geben Sie unten die richtige Adresse ein oder klicken Sie auf „{ settings-use-openai-address }“.
# Vor der ID einer Organisation, die mit jeder Anfrage gesendet wird (ein „?“ erklärt das Wort).
settings-organization = Organisation
# Vor der ID eines Projekts, die mit jeder Anfrage gesendet wird (ein „?“ erklärt das Wort).
settings-project = Projekt
settings-sent-with-every-request = { $value }, wird mit jeder Anfrage gesendet
settings-openai-address = OpenAI-Adresse
settings-use-this-address = Diese Adresse verwenden
settings-use-openai-address = Standardadresse von OpenAI verwenden
settings-address-refused = Diese Adresse ist nicht verwendbar. Prüfen Sie sie auf Tippfehler, oder klicken Sie auf „{ settings-use-openai-address }“.
settings-address-explained = Die übliche Adresse ist { $default_address }. Ändern Sie sie nur, wenn Ihre Firma oder Ihr Anbieter Ihnen eine andere genannt hat. Es werden nur sichere Adressen (https://) akzeptiert, außer für diesen Computer. Die Adresse bleibt für das nächste Mal gespeichert.
# Technische Details: Option und Variablenname bleiben, wie sie sind.
settings-address-technical = Die Adresse lässt sich auch beim Start von Key Doctor angeben, mit der Option --base-url oder der Umgebungsvariable OPENAI_BASE_URL; dann wird sie statt dieser hier verwendet.
settings-try-demo-explained = Wenn Sie sich ohne eigenen Schlüssel umsehen möchten, probieren Sie Key Doctor mit Beispielschlüsseln aus. Es wird nichts an OpenAI gesendet.
settings-prices = Preise für Kostenschätzungen
settings-prices-explained = Die Kosten sind die Zahlen von OpenAI selbst, dieselben wie auf Ihrer Rechnung. Nur wo OpenAI keine liefert, etwa für die Kosten je Schlüssel in manchen Organisationen, schätzt Key Doctor sie aus den verbrauchten Tokens und diesen Preisen (US-Dollar pro Million Tokens) und kennzeichnet die Zahl als Schätzung.
settings-show-prices = Preise anzeigen und bearbeiten
settings-choose-price-file = Preisdatei auswählen …
settings-use-shipped-prices = Mitgelieferte Preise verwenden
settings-price-file-explained = Eine Preisliste ist eine Datei wie die, die Key Doctor mitbringt: jedes Modell mit seinen Preisen.
settings-price-file-format = Eine Preisliste ist eine JSON-Datei im Format { $example }. Die Preise sind in US-Dollar pro Million Tokens.
settings-price-model = Modell
settings-price-input = Eingabe
# Eingabe, die das Modell kürzlich schon gesehen hat, günstiger berechnet (bei OpenAI „cached input“).
settings-price-reused-input = Wiederverwendete Eingabe
settings-price-output = Ausgabe
settings-price-input-of = Eingabepreis für { $model }
settings-price-reused-input-of = Preis für wiederverwendete Eingabe bei { $model }
settings-price-output-of = Ausgabepreis für { $model }
settings-price-edited = geändert
settings-about = Über Key Doctor
settings-version = Key Doctor { $version }
settings-preferences-kept-in = Die Einstellungen werden in { $folder } gespeichert
settings-no-config-folder = Dieses System hat keinen Konfigurationsordner, daher gelten die Einstellungen nur, bis Sie die App schließen.
settings-file-unreadable = Ihre gespeicherten Einstellungen in { $file } ließen sich nicht lesen, daher gelten die Standardwerte. Die Datei bleibt unverändert, bis Sie eine Einstellung ändern.
settings-file-unopenable = Ihre gespeicherten Einstellungen in { $file } ließen sich nicht öffnen, daher gelten die Standardwerte.
settings-file-unsaved = Ihre Einstellungen ließen sich nicht in { $file } speichern. Sie gelten, bis Key Doctor geschlossen wird.

## Glossar: Fachwörter, die bleiben und beim Darüberfahren erklärt werden (src/gui/widgets.rs)

glossary-words-used-here = Begriffe auf dieser Seite:
glossary-what-is = Was bedeutet „{ $term }“?
glossary-api-key = API-Schlüssel
glossary-api-key-meaning = Ein langer geheimer Code, der mit sk- beginnt und mit dem ein Plugin, eine Website oder eine App OpenAI über Ihr Konto nutzen kann. Wer ihn hat, kann Ihr Geld ausgeben – halten Sie ihn also geheim.
glossary-admin-key = Admin-Schlüssel
glossary-admin-key-meaning = Ein Schlüssel zum Verwalten Ihrer OpenAI-Organisation, etwa um Nutzung und Kosten zu lesen. Mit ihm lassen sich keine Modelle aufrufen, und nur Inhaber der Organisation können einen erstellen.
glossary-project = Projekt
glossary-project-meaning = Ein Ordner in Ihrem OpenAI-Konto, der Schlüssel zusammenfasst, mit eigenen Limits, Modellen und Ausgaben. Jeder Projektschlüssel gehört zu genau einem Projekt.
glossary-organization = Organisation
glossary-organization-meaning = Das Konto Ihrer Firma oder Ihr eigenes Konto bei OpenAI: Es enthält die Projekte, die Personen, das Guthaben und die Rechnungen.
glossary-token = Token
glossary-token-meaning = Die Einheit, in der OpenAI Text zählt und abrechnet: Ein Token ist etwa drei Viertel eines englischen Wortes (deutsche Wörter brauchen meist mehr). Eine Frage und eine Antwort von je einer Seite Länge sind jeweils etwa tausend Tokens.
