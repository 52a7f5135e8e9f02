## Die Wörter der Befehlszeile für Menschen (src/cli). Ihre JSON-Ausgabe ist immer englisch, ebenso
## ihr --help (das von clap). Optionen (--stdin) und Variablennamen (OPENAI_API_KEY) werden so
## geschrieben, wie man sie eingibt: nicht übersetzen. Vor einem Fehler beginnt die Zeile mit „key-doctor: “.

## Fehler aller Befehle (src/cli/mod.rs)

# Steht in der Zeile unter einem Fehler, mit den eigenen (englischen) Wörtern einer Bibliothek.
cli-details = Details: { $details }
cli-address-unusable = Die OpenAI-Adresse lässt sich nicht verwenden: { $problem }.
cli-could-not-start = Key Doctor konnte nicht starten.
cli-json-failed = Das Ergebnis ließ sich nicht als JSON ausgeben.
# Ein Wert für --timeout, der keine Anzahl von Sekunden ist; $text: der Wert, wie er eingegeben wurde.
cli-not-seconds = „{ $text }“ ist keine Sekundenzahl größer als 0
# Ein Wert für --provider, der keinen Anbieter nennt; $text: der Wert, wie er eingegeben wurde; $words:
# die Wörter, die --provider annimmt, mit Kommas getrennt (so geschrieben, wie man sie eingibt: nicht übersetzen).
cli-not-provider = „{ $text }“ ist kein Anbieter, den Key Doctor kennt. Möglich sind: { $words }

## key-doctor simulate (src/cli/mod.rs)

cli-simulator-listening = Der OpenAI-Simulator von Key Doctor läuft unter { $url }
    Verbinden Sie einen Client damit, indem Sie OPENAI_BASE_URL={ $url } setzen.
cli-simulator-keys = Schlüssel (erfunden; sie funktionieren nur mit diesem Simulator):
# Vor den erfundenen Schlüsseln der anderen Anbieter. Ihre Adressen stehen nach dieser Anleitung,
# je eine Zeile („anthropic: http://…“).
cli-simulator-provider-keys = Schlüssel anderer Anbieter. Setzen Sie die Basis-URL-Variable jedes Anbieters (etwa ANTHROPIC_BASE_URL) auf die Adresse, die dafür angezeigt wird:
cli-simulator-wrong-organization = Falsche Organisation oder falsches Projekt: Senden Sie einen beliebigen Schlüssel mit einem anderen OpenAI-Organization-Header als { $organization } oder mit einem OpenAI-Project-Header eines anderen Projekts.
cli-simulator-controls = Steuerung: { $requests }.
cli-simulator-stop = Zum Beenden drücken Sie Strg+C.
cli-simulator-could-not-listen = Der Simulator ließ sich unter { $address } nicht starten.
cli-simulator-ctrl-c = Der Simulator konnte nicht auf Strg+C warten und wurde daher beendet.

## key-doctor check und key-doctor explain (src/cli/check.rs)

cli-key-variable-not-set = { $variable } ist nicht gesetzt. Legen Sie den Schlüssel in dieser Variablen ab oder verwenden Sie --env-file DATEI oder --stdin (von der Befehlszeile selbst wird ein Schlüssel nie gelesen).
# Nach cli-key-variable-not-set, wenn keine Variable genannt wurde. $variables: die übliche Variable
# jedes anderen Anbieters, mit Kommas getrennt, etwa ANTHROPIC_API_KEY, GEMINI_API_KEY.
cli-key-other-variables = Der Schlüssel eines anderen Anbieters wird aus dessen eigener Variablen gelesen: { $variables }.
cli-stdin-unreadable = Der Schlüssel ließ sich nicht von der Standardeingabe lesen.
cli-stdin-empty = Die Standardeingabe war leer: Übergeben Sie den Schlüssel darüber.
cli-env-file-no-api-key = { $file } enthält keinen API-Schlüssel eines Anbieters, den Key Doctor kennt.
# Die erste Zeile zu einem Schlüssel. $kind: seine Art (error-key-kind-* oder cli-provider-kind mit
# dem Namen des Anbieters); $source: woher er gelesen wurde, etwa OPENAI_API_KEY oder .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, aus { $source })
# Die Art eines Schlüssels mit dem Namen seines Anbieters, wenn die Wörter der Art ihn nicht nennen.
# $provider: der Name des Anbieters, etwa OpenAI (nie übersetzt); $kind: die Art (error-key-kind-*).
cli-provider-kind = { $kind } von { $provider }
cli-verdict = { $title }: { $summary }
cli-fix = Lösung: { $url }
cli-note = Hinweis: { $note }
cli-permissions = Berechtigungen:
cli-organization = Organisation: { $name } ({ $id })
# Eine Organisation ohne Namen.
cli-untitled = ohne Namen
cli-usage-tier = Nutzungsstufe: { $tier }
cli-explain-unreadable = Der Fehlertext ließ sich nicht von der Standardeingabe lesen.
cli-explain-names-key = Dieser Text nennt Ihren gespeicherten Schlüssel „{ $name }“.

## key-doctor import (src/cli/import.rs)

cli-import-nothing-stored = { $problem } Es wurde nichts gespeichert.
cli-import-no-config-folder = Dieses System hat keinen Konfigurationsordner für die Schlüsselliste, daher wurde nichts gespeichert.
cli-import-put-back = { $variable } stand in der Liste, fehlte aber im Schlüsselbund; der Schlüssel wurde wieder eingetragen.
cli-import-not-stored = { $variable }: { $problem }
cli-import-no-api-key = Kein API-Schlüssel gefunden.
# Nach einem Schlüssel, den Key Doctor schon aufbewahrt.
cli-import-already-stored = (bereits gespeichert)
cli-import-stored = { $count ->
    [one] Im Schlüsselbund Ihres Systems gespeichert: { $names }. Die Datei wurde nicht verändert.
   *[other] Im Schlüsselbund Ihres Systems gespeichert: { $names }. Die Datei wurde nicht verändert.
}
cli-import-nothing-new = Nichts Neues zu speichern.
# Nach --dry-run, das nur zeigt, was gespeichert würde.
cli-import-dry-run = Probelauf: Es wurde nichts gespeichert, und die Datei wurde nicht verändert.

## key-doctor usage (src/cli/usage.rs)

cli-usage-needs-admin-key = Für die Nutzung ist ein Admin-Schlüssel in { $variable } nötig. Ein Projektschlüssel kann die Nutzung der Organisation nicht lesen; jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann unter { $url } einen Admin-Schlüssel erstellen, der nur lesen darf.
cli-usage-key-not-accepted = OpenAI hat den Schlüssel in { $variable } nicht akzeptiert. Prüfen Sie, ob er vollständig ist und nicht widerrufen wurde.
cli-usage-may-not-read = Der Schlüssel in { $variable } darf die Nutzung nicht lesen. Dafür ist ein Admin-Schlüssel nötig, der die Nutzung lesen darf; jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann unter { $url } einen erstellen.
cli-usage-incomplete = Die Summen wären unvollständig, daher werden keine ausgegeben.
cli-usage-csv-not-made = Die CSV-Datei { $file } ließ sich nicht erstellen.
cli-usage-csv-not-written = Die CSV-Datei { $file } ließ sich nicht schreiben: { $problem }.
cli-usage-heading = Nutzung und Kosten vom { $first } bis { $last } (ganze Tage, wie OpenAI sie zählt, in UTC)
cli-usage-total-cost = Gesamtkosten: { $cost }
# Token-Zahlen, schon als Zahlen geschrieben; $request_count: dieselbe Zahl wie $requests, für den Plural.
cli-usage-tokens = Tokens: { $input } Eingabe (davon { $reused } wiederverwendet, günstiger berechnet), { $output } Ausgabe; { $request_count ->
    [one] { $requests } Anfrage
   *[other] { $requests } Anfragen
}
# Die Spaltenüberschriften der Tabelle: kurz halten (höchstens 12 bis 16 Zeichen).
cli-usage-column-date = Datum
cli-usage-column-cost = Kosten
cli-usage-column-input = Eingabe-Tokens
cli-usage-column-reused = Wiederverwendet
cli-usage-column-output = Ausgabe-Tokens
cli-usage-column-requests = Anfragen
# Die Überschriften der Summen je Gruppe.
cli-usage-by-model = Nach Modell:
cli-usage-by-project = Nach Projekt:
cli-usage-by-key = Nach Schlüssel:
cli-usage-by-line-item = Nach Nutzungsart:
# Wörter nach den Zahlen einer Gruppenzeile: „1.234 Eingabe 567 Ausgabe 89 Anfragen“.
cli-usage-word-input = Eingabe
cli-usage-word-output = Ausgabe
cli-usage-word-requests = Anfragen
cli-usage-estimate = ≈ { $cost } (geschätzt)
cli-usage-no-price = kein Preis bekannt
cli-not-resolve = „{ $value }“ hat nicht die Form HOST:PORT:ADRESSE (zum Beispiel api.openai.com:443:203.0.113.7)

## key-doctor org, und was key-doctor check mit einem Admin-Schlüssel ergänzt (src/cli/org.rs, src/cli/check.rs)

# $variable: die Umgebungsvariable für den Admin-Schlüssel (OPENAI_ADMIN_KEY); $url: die Seite, auf der Admin-Schlüssel erstellt werden.
cli-org-needs-admin-key = Um Ihre Organisation zu lesen, ist ein Admin-Schlüssel nötig. Jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann unter { $url } einen erstellen, der nur lesen darf; legen Sie ihn in die Umgebungsvariable { $variable } und führen Sie den Befehl erneut aus.
# Nach dem Satz, dass ein Admin-Schlüssel mehr sagen könnte, im Terminal. $variable: OPENAI_ADMIN_KEY.
cli-check-admin-key-variable = Auf der Kommandozeile legen Sie den Admin-Schlüssel in die Umgebungsvariable { $variable }.
# $date: der Tag, an dem die Organisation gelesen wurde.
cli-org-heading = Ihre Organisation, wie OpenAI sie am { $date } zeigt
cli-org-whole-organization = Die ganze Organisation:
# $count: wie viele Admin-Schlüssel die Organisation hat.
cli-org-admin-keys = { $count ->
    [one] Ein Admin-Schlüssel
   *[other] { $count } Admin-Schlüssel
}
# $state: cli-org-not-read.
cli-org-admin-keys-unknown = Admin-Schlüssel: { $state }
cli-org-audit-log-empty = Das Audit-Log zeigt keine Änderung an Schlüsseln. Es zeichnet nur auf, was nach dem Einschalten geschieht; vielleicht ist es ausgeschaltet.
# Die Überschrift eines Projekts. $name: sein Name; $id: seine ID, etwa proj_…
cli-org-project = Projekt „{ $name }“ ({ $id })
cli-org-project-archived = Projekt „{ $name }“ ({ $id }), archiviert: Seine Schlüssel funktionieren nicht mehr
# $models: cli-org-models-all, -only oder -except.
cli-org-models = Modelle: { $models }
cli-org-models-all = alle Modelle der Organisation
# $models: eine Liste von Modellnamen.
cli-org-models-only = nur { $models }
cli-org-models-except = alle Modelle außer { $models }
# $tools: eine Liste der Werkzeugnamen unten.
cli-org-tools-off = Ausgeschaltete Werkzeuge: { $tools }
cli-org-tools-all-on = Werkzeuge: alle eingeschaltet
# $state: cli-org-not-read.
cli-org-tools-unknown = Werkzeuge: { $state }
# Werkzeuge von OpenAI, die ein Projekt ausschalten kann.
# $limits: ein oder mehrere „Modell (N Anfragen pro Minute, N Tokens pro Minute)“, oder cli-org-not-read.
cli-org-rate-limits = Ratenlimits: { $limits }
cli-org-rate-limits-none = Ratenlimits: die der Organisation (dieses Projekt legt keine fest)
# $number: die Zahl, schon geschrieben; $count: dieselbe Zahl, für den Plural.
cli-org-requests-a-minute = { $count ->
    [one] { $number } Anfrage pro Minute
   *[other] { $number } Anfragen pro Minute
}
cli-org-tokens-a-minute = { $count ->
    [one] { $number } Token pro Minute
   *[other] { $number } Tokens pro Minute
}
# $spent: die Ausgaben dieses Monats (ein Geldbetrag, oder cli-org-unknown); $limit: das Ausgabenlimit, ein Geldbetrag.
cli-org-hard-limit = Festes Ausgabenlimit: { $spent } von { $limit } diesen Monat
cli-org-hard-limit-reached = Festes Ausgabenlimit: { $spent } von { $limit } diesen Monat. Erreicht: OpenAI lehnt Anfragen bis zum nächsten Monat ab, oder bis das Limit erhöht wird.
cli-org-hard-limit-not-enforced = Ausgabenlimit von { $limit } im Monat, nicht durchgesetzt; { $spent } diesen Monat ausgegeben
cli-org-no-hard-limit = Kein festes Ausgabenlimit; { $spent } diesen Monat ausgegeben
# $state: cli-org-not-read.
cli-org-hard-limit-unknown = Festes Ausgabenlimit: { $state }; { $spent } diesen Monat ausgegeben
# $alerts: eine oder mehrere cli-org-alert-to oder Beträge, oder cli-org-not-read.
cli-org-alerts = Ausgabenwarnungen (eine E-Mail; sie sperren nichts): { $alerts }
cli-org-alerts-none = Ausgabenwarnungen: keine
# $amount: ein Geldbetrag; $recipients: E-Mail-Adressen.
cli-org-alert-to = ab { $amount } an { $recipients }
# Steht anstelle eines Teils, der nicht gelesen werden konnte; warum, steht am Ende.
cli-org-not-read = konnte nicht gelesen werden (siehe am Ende)
cli-org-unknown = unbekannt
# $count: wie viele Schlüssel die Organisation hat.
cli-org-keys-heading = { $count ->
    [0] Kein Projektschlüssel.
    [one] Ein Projektschlüssel:
   *[other] { $count } Projektschlüssel:
}
# $name: der Name des Schlüssels bei OpenAI; $redacted: der Schlüssel, größtenteils verborgen; $project: der Name seines Projekts.
cli-org-key = { $name } ({ $redacted }), Projekt „{ $project }“
# $owner: der Name einer Person, oder cli-org-service-account.
cli-org-key-owner = Besitzer: { $owner }, mit Zugriff auf das Projekt
cli-org-key-owner-left = Besitzer: { $owner }, ohne Zugriff mehr auf das Projekt: Der Schlüssel funktioniert nicht mehr
cli-org-key-owner-unknown = Besitzer: unbekannt
# $name: der Name des Dienstkontos.
cli-org-service-account = das Dienstkonto „{ $name }“
# $created und $last_used: Daten (oder cli-org-never, cli-org-unknown); $cost: ein Geldbetrag (oder cli-org-unknown).
cli-org-key-dates = Erstellt am { $created }, zuletzt genutzt: { $last_used }, { $cost } diesen Monat
cli-org-never = nie
# $name: der Name, den der Schlüssel in Key Doctor hat.
cli-org-key-stored-as = Hier gespeichert als „{ $name }“
# $flag: was Aufmerksamkeit braucht (org-flag-*); $fix: die Wörter der Schaltfläche (org-fix-*); $url: die Seite.
cli-org-flag-fix = { $flag }. { $fix }: { $url }
# $count: wie viele Teile nicht gelesen werden konnten.
cli-org-failures-heading = { $count ->
    [one] Ein Teil konnte nicht gelesen werden:
   *[other] { $count } Teile konnten nicht gelesen werden:
}
# $project: der Name eines Projekts; $sentence: warum einer seiner Teile nicht gelesen werden konnte.
cli-org-failure-in-project = Projekt „{ $project }“: { $sentence }

## usage --provider (issue 16)
# $text: was nach --provider eingegeben wurde.
cli-usage-not-a-usage-provider = Für „{ $text }“ kann Key Doctor keine Nutzung lesen. Verwenden Sie --provider openai oder --provider anthropic.
cli-usage-needs-anthropic-admin-key = Für die Nutzung bei Anthropic ist ein Anthropic-Admin-Schlüssel (er beginnt mit sk-ant-admin01-) in { $variable } nötig. Ein Administrator der Organisation kann unter { $url } einen erstellen.
cli-usage-anthropic-refused = Anthropic hat dem Schlüssel in { $variable } nicht erlaubt, die Nutzungs- und Kostenberichte zu lesen: Es muss ein Admin-Schlüssel der Organisation sein, der noch aktiv ist. Admin-Schlüssel finden Sie unter { $url }.
