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

## key-doctor simulate (src/cli/mod.rs)

cli-simulator-listening = Der OpenAI-Simulator von Key Doctor läuft unter { $url }
    Verbinden Sie einen Client damit, indem Sie OPENAI_BASE_URL={ $url } setzen.
cli-simulator-keys = Schlüssel (erfunden; sie funktionieren nur mit diesem Simulator):
cli-simulator-wrong-organization = Falsche Organisation oder falsches Projekt: Senden Sie einen beliebigen Schlüssel mit einem anderen OpenAI-Organization-Header als { $organization } oder mit einem OpenAI-Project-Header eines anderen Projekts.
cli-simulator-controls = Steuerung: { $requests }.
cli-simulator-stop = Zum Beenden drücken Sie Strg+C.
cli-simulator-could-not-listen = Der Simulator ließ sich unter { $address } nicht starten.
cli-simulator-ctrl-c = Der Simulator konnte nicht auf Strg+C warten und wurde daher beendet.

## key-doctor check und key-doctor explain (src/cli/check.rs)

cli-key-variable-not-set = { $variable } ist nicht gesetzt. Legen Sie den Schlüssel in dieser Variablen ab oder verwenden Sie --env-file DATEI oder --stdin (von der Befehlszeile selbst wird ein Schlüssel nie gelesen).
cli-stdin-unreadable = Der Schlüssel ließ sich nicht von der Standardeingabe lesen.
cli-stdin-empty = Die Standardeingabe war leer: Übergeben Sie den Schlüssel darüber.
cli-env-file-no-key = { $file } enthält keinen OpenAI-Schlüssel.
# Die erste Zeile zu einem Schlüssel. $source: woher er gelesen wurde, etwa OPENAI_API_KEY oder .env:OPENAI_API_KEY.
cli-check-key = { $redacted } ({ $kind }, aus { $source })
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
cli-import-no-key = Kein OpenAI-Schlüssel gefunden.
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
