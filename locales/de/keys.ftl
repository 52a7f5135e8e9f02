## Seite „Schlüssel“: Kopfzeile und Werkzeugleiste (src/gui/views/keys.rs)

keys-title = Ihre Schlüssel
keys-open-env-file = .env-Datei öffnen
keys-paste-env-text = .env-Text einfügen
keys-check-all = Alle prüfen
keys-check-all-progress = { $done } von { $total } geprüft
keys-stop-checking = Prüfung abbrechen
keys-cancel = Abbrechen

## Seite „Schlüssel“: kein Schlüsselbund (src/gui/views/keys.rs)

keys-no-keychain-title = Der Schlüsselbund ließ sich nicht öffnen
keys-no-keychain = Key Doctor konnte den Schlüsselbund dieses Computers nicht öffnen, in dem Schlüssel sicher aufbewahrt werden. Sie können Schlüssel nur für diese Sitzung behalten, oder Sie melden sich an Ihrem Desktop an und öffnen Key Doctor danach erneut.
keys-keychain-locked = Ihr Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (melden Sie sich an Ihrem Desktop an oder öffnen Sie Ihre Schlüsselbund-App) und öffnen Sie Key Doctor dann erneut. Oder behalten Sie Schlüssel nur für diese Sitzung.
keys-keep-for-session = Schlüssel nur für diese Sitzung behalten

## Seite „Schlüssel“: eine .env-Datei über ihren Pfad öffnen (src/gui/views/keys.rs)

keys-path-title = .env-Datei über ihren Pfad öffnen
keys-path-explained = Es wurde keine Datei geöffnet. Geben Sie hier den Pfad der Datei ein oder fügen Sie ihn ein (~ ist Ihr persönlicher Ordner), ziehen Sie die Datei in dieses Fenster, oder fügen Sie ihren Text mit „{ keys-paste-env-text }“ ein.
keys-path-label = Pfad der .env-Datei
keys-open-this-file = Diese Datei öffnen

## Seite „Schlüssel“: den Text einer .env-Datei einfügen (src/gui/views/keys.rs)

keys-paste-title = Text einer .env-Datei einfügen
keys-paste-explained = Key Doctor liest die OpenAI-Einstellungen darin; nichts wird irgendwohin gesendet.
keys-paste-keyboard = Strg+Enter liest den Text ein; Esc schließt dieses Feld.
keys-read-pasted-text = Eingefügten Text einlesen

## Seite „Schlüssel“: Willkommenskarte, solange kein Schlüssel gespeichert ist (src/gui/views/keys.rs)

keys-welcome-title = Willkommen bei Key Doctor
keys-welcome-intro = Key Doctor sagt Ihnen in einem Satz, warum ein OpenAI-API-Schlüssel nicht funktioniert und welche Seite auf platform.openai.com das Problem behebt.
keys-welcome-kept-in-keychain = Ihre Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt, nie im Klartext in einer Datei.
keys-welcome-kept-for-session = Schlüssel, die Sie jetzt hinzufügen, werden nur aufbewahrt, bis Sie Key Doctor schließen.
keys-welcome-open-file = Oder öffnen Sie die .env-Datei, die Sie mit Ihrer App oder von Ihrem Entwickler bekommen haben (Sie können sie auch in dieses Fenster ziehen):
keys-welcome-demo-loading = Demo-Modus: Die Beispielschlüssel werden geladen.
keys-welcome-try-demo = Wenn Sie sich zuerst umsehen möchten, probieren Sie Key Doctor mit Beispielschlüsseln aus. Es wird nichts an OpenAI gesendet, und Sie brauchen keinen eigenen Schlüssel.

## Seite „Schlüssel“: das Formular zum Hinzufügen eines Schlüssels (src/gui/views/keys.rs)

keys-add-a-key = Schlüssel hinzufügen
keys-api-key = API-Schlüssel
keys-name-optional = Name (optional)
# Ein Beispielname im leeren Namensfeld.
keys-name-example = Chatbot der Website
keys-storing = Schlüssel wird gespeichert …
keys-add-key = Schlüssel hinzufügen
keys-add-kept = { $place ->
    [keychain] Wird im Schlüsselbund Ihres Systems gespeichert.
   *[session] Wird nur aufbewahrt, bis Sie Key Doctor schließen.
  }
keys-open-api-keys-page = Seite „API keys“ (API-Schlüssel) öffnen
keys-not-a-key = Das ist kein OpenAI-API-Schlüssel. Ein Schlüssel ist ein einziges langes Wort, das mit sk-proj-, sk-svcacct- oder sk-admin- beginnt (ältere Schlüssel: sk-). Kopieren Sie ihn von der Seite „API keys“ (API-Schlüssel) auf platform.openai.com oder aus den Einstellungen der App, für die er erstellt wurde.
keys-not-stored = Der Schlüssel wurde nicht gespeichert. { $reason }
keys-which-service = Für welchen Dienst ist dieser Schlüssel?
keys-endpoint = Endpunkt
keys-endpoint-why = Ein Azure-OpenAI-Schlüssel funktioniert nur mit dem Endpunkt seiner Ressource: Beides steht im Azure-Portal auf der Seite „Keys and Endpoint“ (Schlüssel und Endpunkt) der Ressource.
keys-endpoint-needed = Geben Sie den Endpunkt der Azure-OpenAI-Ressource dieses Schlüssels ein (etwa https://ihre-ressource.openai.azure.com): Ohne ihn lässt sich der Schlüssel nicht prüfen.
keys-endpoint-refused = Dieser Endpunkt lässt sich nicht verwenden: { $problem }

## Seite „Schlüssel“: die Liste der Schlüssel (src/gui/views/keys.rs)

keys-status-checking = Wird geprüft …
keys-status-missing = Fehlt im Schlüsselbund
keys-status-not-checked = Noch nicht geprüft
keys-status-last-check = Letzte Prüfung: { $verdict }
keys-need-attention = { $count ->
    [one] Handlungsbedarf bei { $count } von { $total } Schlüsseln.
   *[other] Handlungsbedarf bei { $count } von { $total } Schlüsseln.
  }
keys-show-all = Alle Schlüssel anzeigen
keys-find = Schlüssel suchen
keys-find-hint = Name, Art oder Datei
keys-needs-attention-only = Nur mit Handlungsbedarf
keys-provider-filter = Anbieter
keys-all-providers = Alle Anbieter
keys-group-project = Projektschlüssel
keys-group-service-account = Dienstkonto-Schlüssel
keys-group-user = Benutzerschlüssel (ohne Projekt)
keys-group-legacy-user = Alte Benutzerschlüssel
keys-group-admin = Admin-Schlüssel
keys-group-other = Andere Schlüssel
keys-no-match = Kein Schlüssel passt zu „{ $words }“. Ändern Sie den Suchbegriff oder leeren Sie die Suche, um alle Schlüssel zu sehen.
keys-clear-search = Suche leeren
keys-none-need-attention = Zurzeit besteht bei keinem Schlüssel Handlungsbedarf.

## Seite „Schlüssel“: der ausgewählte Schlüssel (src/gui/views/keys.rs)

keys-select-a-key = Wählen Sie links einen Schlüssel aus.
keys-missing-title = Der Schlüssel fehlt
keys-missing = Ihr Schlüsselbund enthält diesen Schlüssel nicht mehr (vielleicht wurde er dort entfernt). Fügen Sie den Schlüssel erneut hinzu oder löschen Sie diesen Eintrag.
keys-add-again = Schlüssel erneut hinzufügen
keys-not-checked-yet = Klicken Sie auf „Prüfen“, um herauszufinden, ob dieser Schlüssel funktioniert. Das kostet nichts: Es werden keine Tokens verbraucht.
keys-works-now = Dieser Schlüssel funktioniert jetzt – Ihre App oder Ihr Plugin kann ihn verwenden.
keys-fix-steps-title = Was auf dieser Seite zu tun ist
keys-sent-with-key = Key Doctor sendet die Organisation und das Projekt mit, die zusammen mit diesem Schlüssel angegeben waren. Um den Schlüssel für sich allein zu prüfen, lassen Sie diese Angaben weg; ändern Sie danach dieselbe Einstellung in Ihrer App.
keys-stop-sending = Ohne diese Angaben erneut prüfen
keys-new-key-next = Sobald Sie den neuen Schlüssel haben, fügen Sie ihn hier hinzu und tragen Sie ihn dann in Ihrer App oder Ihrem Plugin ein.
keys-add-new-key = Neuen Schlüssel hinzufügen
keys-changed-check-again = Ich habe es geändert – erneut prüfen
keys-fix-loop-gave-up = { $minutes ->
    [one] Key Doctor hat nach { $minutes } Minute aufgehört, selbst zu prüfen. Klicken Sie auf „Prüfen“, sobald Sie die Änderung vorgenommen haben.
   *[other] Key Doctor hat nach { $minutes } Minuten aufgehört, selbst zu prüfen. Klicken Sie auf „Prüfen“, sobald Sie die Änderung vorgenommen haben.
  }
keys-fix-loop-still-failing = Funktioniert noch nicht. Bei OpenAI kann es einige Minuten dauern, bis eine Änderung wirkt. Solange dieses Fenster offen ist, prüft Key Doctor { $seconds ->
    [one] jede Sekunde
   *[other] alle { $seconds } Sekunden
  } erneut, höchstens { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
  } lang.
keys-fix-loop-checking = Solange dieses Fenster offen ist, prüft Key Doctor diesen Schlüssel { $seconds ->
    [one] jede Sekunde
   *[other] alle { $seconds } Sekunden
  } erneut, höchstens { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
  } lang. Das kostet nichts.
keys-new-name = Neuer Name
keys-save = Speichern
keys-facts = { $kind } · { $redacted } · aus { $source }
keys-facts-pasted = { $kind } · { $redacted } · in Key Doctor eingefügt
keys-spend = { $amount } laut der Seite „Nutzung“.
keys-project = Projekt: { $project }
keys-endpoint-of-key = Endpunkt: { $endpoint }
keys-address-of-key = Adresse: { $address }
keys-check = Prüfen
keys-copy-report = Bericht kopieren
keys-copy-key = Schlüssel kopieren
keys-copy-key-hover = Kopiert den vollständigen Schlüssel in die Zwischenablage
keys-rename = Umbenennen
keys-delete = Löschen
keys-hide = Verbergen ({ $seconds } s)
keys-reveal = Anzeigen
keys-reveal-hover = Zeigt den vollständigen Schlüssel für ein paar Sekunden

## Seite „Schlüssel“: einen Schlüssel löschen (src/gui/views/keys.rs)

keys-delete-title = „{ $name }“ löschen?
keys-delete-forgets = { $place ->
    [keychain] Key Doctor vergisst diesen Schlüssel und entfernt ihn aus dem Schlüsselbund Ihres Systems.
   *[session] Key Doctor vergisst diesen Schlüssel (er war nur für diese Sitzung aufbewahrt).
  }
keys-delete-no-copy = OpenAI zeigt den vollständigen Schlüssel nie wieder an: Ohne eine weitere Kopie lässt er sich nicht zurückholen.
keys-delete-still-works = Das Löschen hier legt den Schlüssel nicht still: Bei OpenAI funktioniert er weiter, bis Sie ihn auf der Seite „API keys“ (API-Schlüssel) widerrufen.
keys-delete-no-copy-of = { $provider } zeigt den vollständigen Schlüssel vielleicht nie wieder an: Ohne eine weitere Kopie lässt er sich nicht zurückholen.
keys-delete-still-works-of = Das Löschen hier legt den Schlüssel nicht still: Bei { $provider } funktioniert er weiter, bis Sie ihn auf der Schlüsselseite von { $provider } löschen.
keys-delete-undo = Sie können das einige Sekunden lang rückgängig machen.
keys-delete-confirm = Schlüssel löschen
keys-keep-it = Behalten

## Seite „Schlüssel“: was die Prüfung gefunden hat (src/gui/views/keys.rs)

keys-permissions = Berechtigungen
keys-for-a-developer = Für Entwickler
keys-copy-lines = Diese Zeilen kopieren
keys-history = Verlauf der Prüfungen ({ $count })
keys-history-line = { $date }, { $time } – { $verdict }
keys-organization = Organisation: { $organization }
keys-projects = Projekte: { $projects }
keys-usage-tier = Nutzungsstufe: { $tier }
keys-rate-limits = Ratenlimits: { $requests } Anfragen und { $tokens } Tokens pro Minute
keys-rate-limits-of = Ratenlimits laut { $provider }: { $requests } Anfragen und { $tokens } Tokens.
keys-reach-can-tell = Was eine kostenlose Prüfung feststellen kann
keys-reach-cannot-tell = Was sie nicht feststellen kann
keys-title-network-error-of = { $provider } nicht erreichbar
keys-title-server-error-of = Störung bei { $provider }

## Seite „Schlüssel“: die Zeilen „Für Entwickler“ (src/gui/keys.rs)

keys-fact-verdict-code = Befund-Code
keys-fact-http-status = HTTP-Status
keys-fact-openai-code = OpenAI-Code
keys-fact-missing-scopes = Fehlende Berechtigungen (Scopes)
keys-fact-openai-said = OpenAI meldete
keys-fact-provider-code = Code von { $provider }
keys-fact-provider-said = { $provider } meldete
keys-fact-request-ids = Anfrage-IDs
keys-fact-checked-in = Geprüft in
keys-fact-milliseconds = { $milliseconds } ms

## Seite „Schlüssel“: Meldungen (src/gui/keys.rs)

keys-full-key-copied = Der vollständige Schlüssel wurde in die Zwischenablage kopiert. Fügen Sie ihn nur dort ein, wo er hingehört.
keys-all-work = { $count ->
    [one] Der Schlüssel funktioniert.
   *[other] Alle { $count } Schlüssel funktionieren.
  }
keys-kept-for-session = Schlüssel werden nur für diese Sitzung aufbewahrt: Beim Schließen von Key Doctor sind sie vergessen.
keys-developer-details-copied = Die Angaben für Entwickler wurden kopiert.
keys-check-stopped = { $total ->
    [one] Die Prüfung wurde nach { $done } von { $total } Schlüssel abgebrochen.
   *[other] Die Prüfung wurde nach { $done } von { $total } Schlüsseln abgebrochen.
  }
keys-report-copied = Der Bericht wurde kopiert. Er zeigt nur einen Teil des Schlüssels, Sie können ihn also an die Person schicken, die Ihnen hilft.
keys-deleted = { $place ->
    [keychain] „{ $name }“ wurde gelöscht. Aus dem Schlüsselbund Ihres Systems verschwindet der Schlüssel, sobald die Schaltfläche „Rückgängig“ weg ist.
   *[session] „{ $name }“ wurde gelöscht. Solange die Schaltfläche „Rückgängig“ zu sehen ist, können Sie den Schlüssel zurückholen.
  }
keys-back = „{ $name }“ ist wieder da.
keys-not-deleted = „{ $name }“ wurde nicht gelöscht. { $reason }
keys-put-back = { $place ->
    [keychain] „{ $name }“ fehlte im Schlüsselbund Ihres Systems; der Schlüssel wurde wieder eingetragen.
   *[session] „{ $name }“ fehlte unter den Schlüsseln dieser Sitzung; der Schlüssel wurde wieder eingetragen.
  }
keys-stored = { $place ->
    [keychain] „{ $name }“ ({ $kind }) wurde im Schlüsselbund Ihres Systems gespeichert.
   *[session] „{ $name }“ ({ $kind }) wird aufbewahrt, bis Sie Key Doctor schließen.
  }

## Importvorschau (src/gui/import_preview.rs, src/gui/views/import.rs)

# Woher die Schlüssel eines Imports stammen, wenn sie eingefügt wurden. Steht nach „aus“ und „in“
# (Dativ): „Import aus dem eingefügten Text“, „In dem eingefügten Text wurde …“.
keys-import-pasted-text = dem eingefügten Text
keys-import-label-pasted = { $variable } aus dem eingefügten Text
keys-import-label-file = { $variable } in { $file }
keys-import-title = Import aus { $origin }
keys-import-tick = { $place ->
    [keychain] Kreuzen Sie die Schlüssel an, die im Schlüsselbund Ihres Systems gespeichert werden sollen.
   *[session] Kreuzen Sie die Schlüssel an, die aufbewahrt werden sollen, bis Sie Key Doctor schließen.
  }
keys-import-pasted-not-kept = Der eingefügte Text wird nicht aufbewahrt.
keys-import-file-never-changed = Die Datei selbst wird nie verändert.
keys-import-store = { $count ->
    [one] { $count } Schlüssel speichern
   *[other] { $count } Schlüssel speichern
  }
keys-import-check-every = Alle Schlüssel prüfen
keys-import-store-as = Speichern als „{ $name }“
keys-import-already-stored = { $redacted } (bereits gespeichert als „{ $name }“)
keys-import-check-one = { $variable } prüfen
keys-import-not-ticked = Nicht angekreuzt: Kreuzen Sie ihn an, um ihn trotzdem zu speichern.
keys-import-nothing-found = In { $origin } wurde kein OpenAI-Schlüssel gefunden. Ein Schlüssel beginnt mit sk-proj-, sk-svcacct-, sk-admin- oder sk-.
keys-import-nothing-found-next = { $source ->
    [pasted] Fügen Sie einen anderen Text ein, oder schließen Sie den Import und fügen Sie den Schlüssel selbst unter „{ keys-add-a-key }“ hinzu.
   *[file] Öffnen Sie eine andere Datei, oder schließen Sie den Import und fügen Sie den Schlüssel selbst unter „{ keys-add-a-key }“ hinzu.
  }
keys-import-open-another = Andere Datei öffnen
keys-import-paste-other = Anderen Text einfügen
keys-import-close = Schließen
keys-import-also-sets = { $source ->
    [pasted] Der eingefügte Text legt außerdem { $settings } fest.
   *[file] Diese Datei legt außerdem { $settings } fest.
  }
keys-import-setting-organization = eine Organisation ({ $organization })
keys-import-setting-project = ein Projekt ({ $project })
keys-import-setting-address = eine andere OpenAI-Adresse ({ $address })
keys-import-setting-azure-endpoint = den Azure-OpenAI-Endpunkt ({ $address })
keys-import-setting-provider-address = eine andere Adresse für { $provider } ({ $address })
keys-import-endpoint-needed = Ein Azure-OpenAI-Schlüssel funktioniert nur mit dem Endpunkt seiner Ressource, und diese Datei nennt keinen (AZURE_OPENAI_ENDPOINT). Geben Sie ihn ein, um den Schlüssel zusammen mit ihm zu speichern.
keys-import-endpoint-missing = Geben Sie den Endpunkt ein, um den Azure-OpenAI-Schlüssel mit ihm zu speichern, oder entfernen Sie das Kreuz bei diesem Schlüssel, um die anderen zu speichern.
keys-import-settings-kept = { $count ->
    [one] Key Doctor bewahrt diese Angabe zusammen mit den Schlüsseln auf, die Sie speichern, und verwendet sie beim Prüfen.
   *[other] Key Doctor bewahrt diese Angaben zusammen mit den Schlüsseln auf, die Sie speichern, und verwendet sie beim Prüfen.
  }
keys-import-stored-keychain = { $count ->
    [one] { $names } wurde im Schlüsselbund Ihres Systems gespeichert.
   *[other] { $count } Schlüssel ({ $names }) wurden im Schlüsselbund Ihres Systems gespeichert.
  }
keys-import-stored-session = { $count ->
    [one] { $names } wird aufbewahrt, bis Sie Key Doctor schließen.
   *[other] { $count } Schlüssel ({ $names }) werden aufbewahrt, bis Sie Key Doctor schließen.
  }
keys-import-stored-none = Es wurde kein Schlüssel gespeichert.
keys-import-file-unchanged = Die Datei wurde nicht verändert.

## Die Statuszeile: ein anderer Anbieter, der an einer anderen als seiner üblichen Adresse erreicht wird (src/gui/app.rs)

keys-provider-address = { $provider }: { $address }
keys-provider-addresses = Andere Adressen für { $providers }

## Die Beispielschlüssel der Demo für andere Anbieter (src/gui/services.rs)

keys-sample-anthropic-valid = Anthropic-Schlüssel, der funktioniert
keys-sample-anthropic-revoked = Widerrufener Anthropic-Schlüssel
keys-sample-anthropic-rate-limited = Anthropic-Schlüssel, der zu viele Anfragen sendet
keys-sample-anthropic-admin = Anthropic-Admin-Schlüssel, der die Nutzung lesen darf
keys-sample-gemini-valid = Gemini-Schlüssel, der funktioniert
keys-sample-gemini-standard-key = Gemini-Schlüssel der älteren Art, der bald abgeschafft wird
keys-sample-gemini-leaked = Gemini-Schlüssel, der öffentlich gefunden wurde
keys-sample-openrouter-valid = OpenRouter-Schlüssel, der funktioniert
keys-sample-openrouter-key-limit = OpenRouter-Schlüssel, der sein Ausgabenlimit ausgeschöpft hat
keys-sample-groq-free-plan = Groq-Schlüssel im kostenlosen Tarif
keys-sample-groq-revoked = Widerrufener Groq-Schlüssel
keys-sample-mistral-valid = Mistral-Schlüssel, der funktioniert
keys-sample-mistral-revoked = Widerrufener Mistral-Schlüssel
keys-sample-azure-valid = Azure-OpenAI-Schlüssel, der mit seinem Endpunkt funktioniert
keys-sample-azure-firewall = Azure-OpenAI-Schlüssel einer Ressource hinter einer Firewall
keys-sample-xai-valid = xAI-Schlüssel, der funktioniert
keys-sample-xai-disabled = Deaktivierter xAI-Schlüssel
keys-sample-deepseek-valid = DeepSeek-Schlüssel mit Guthaben
keys-sample-deepseek-no-balance = DeepSeek-Schlüssel ohne Guthaben
