## Seite „Nutzung“ (src/gui/views/usage.rs)

usage-title = Nutzung und Kosten
usage-nothing-loaded = Noch ist nichts geladen.
usage-load = Nutzung laden
usage-refresh = Aktualisieren
usage-try-again = Erneut versuchen
usage-cancel = Abbrechen

## Seite „Nutzung“: ein Zeitraum ohne Nutzung

usage-empty-title = In diesen Tagen wurde nichts genutzt
usage-empty-try-longer = OpenAI hat für Ihre Organisation in diesen Tagen keine Kosten, Tokens oder Anfragen gezählt. Ein längerer Zeitraum zeigt, wann Ihre Schlüssel zuletzt genutzt wurden.
usage-empty-show-longer = Die letzten { $count } Tage anzeigen
usage-empty-whole-year = OpenAI hat für diese Organisation ein ganzes Jahr lang keine Kosten, Tokens oder Anfragen gezählt. Nutzt Ihre Website oder App trotzdem OpenAI, gehört ihr Schlüssel vielleicht zu einer anderen Organisation: Prüfen Sie den Schlüssel auf der Seite „Schlüssel“.
usage-empty-open-keys = Seite „Schlüssel“ öffnen

## Seite „Nutzung“: der Admin-Schlüssel (src/gui/views/usage.rs, src/usage/admin_key.rs)

usage-admin-key-needed-title = Für die Nutzung ist ein Admin-Schlüssel nötig
usage-may-not-read-title = Dieser Schlüssel darf die Nutzung nicht lesen
usage-key-not-accepted-title = OpenAI hat diesen Admin-Schlüssel nicht akzeptiert
usage-may-not-read = OpenAI zeigt diesem Schlüssel die Nutzung nicht. Dafür ist ein Admin-Schlüssel nötig, der die Nutzung lesen darf: Erstellen Sie einen mit den Schritten unten, oder bitten Sie jemanden mit der Rolle „Owner“ (Inhaber) in der Organisation darum.
usage-key-not-accepted = Erstellen Sie einen neuen Admin-Schlüssel oder fügen Sie diesen noch einmal ein: Vielleicht wurde er gelöscht oder nicht vollständig kopiert.
usage-openai-said = OpenAI meldete: { $message }
usage-permission-needed = Benötigte Berechtigung: { $permission }
usage-admin-key-why = OpenAI zeigt die Nutzung und Kosten einer Organisation nur Admin-Schlüsseln. Die Schlüssel, die Apps verwenden (Projektschlüssel, sie beginnen mit sk-proj-), können die Modelle von OpenAI nutzen, dürfen aber nicht lesen, was die Organisation ausgibt. Das ist Absicht: Gerät ein Schlüssel aus einer App in fremde Hände, verrät er nicht Ihre Rechnung.
usage-admin-key-steps-title = So erstellen Sie einen Admin-Schlüssel, der nur lesen darf:
usage-admin-key-step-open = 1.  Öffnen Sie die Seite „Admin keys“ (Admin-Schlüssel). Nur jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann dort einen erstellen.
usage-admin-key-step-create = 2.  Erstellen Sie einen neuen Admin-Schlüssel, nennen Sie ihn zum Beispiel „Key Doctor“ und geben Sie ihm nur Lesezugriff, falls die Seite die Wahl lässt.
usage-admin-key-step-paste = 3.  Kopieren Sie den Schlüssel, der mit sk-admin- beginnt, und fügen Sie ihn unten ein.
usage-open-admin-keys-page = Seite „Admin keys“ (Admin-Schlüssel) öffnen
usage-paste-admin-key = Admin-Schlüssel einfügen (gilt nur für diese Sitzung, wird nie auf dem Datenträger gespeichert):
usage-admin-key-field = Admin-Schlüssel
usage-use-this-key = Diesen Schlüssel verwenden
usage-admin-key-environment-hint = Entwickler können Key Doctor beim Start auch über eine Umgebungsvariable einen Admin-Schlüssel mitgeben.
usage-pasted-not-a-key = Das ist kein Schlüssel: Fügen Sie den ganzen Schlüssel ein, der mit sk-admin- beginnt.
usage-pasted-not-admin = Fügen Sie stattdessen einen Admin-Schlüssel ein (er beginnt mit sk-admin-): Dies ist ein Projekt- oder Benutzerschlüssel, kein Admin-Schlüssel, und OpenAI zeigt ihm die Nutzung der Organisation nicht.
usage-reading-with = Die Nutzung wird mit { $key } gelesen.
usage-reading-with-redacted = Die Nutzung wird mit { $key } ({ $redacted }) gelesen.
usage-forget-key = Diesen Schlüssel vergessen
usage-admin-key-demo = dem Admin-Schlüssel der Demo, der nur lesen darf
usage-admin-key-environment = dem Admin-Schlüssel, mit dem Key Doctor gestartet wurde
usage-admin-key-pasted = dem Admin-Schlüssel, den Sie eingefügt haben (gilt nur für diese Sitzung)
usage-admin-key-stored = dem Admin-Schlüssel aus Ihrem Schlüsselbund
usage-short-key = (ein kurzer Schlüssel)

## Seite „Nutzung“: die angezeigten Tage (src/gui/views/usage.rs, src/usage/range.rs)

usage-preset-last-days = Letzte { $count } Tage
usage-preset-this-month = Dieser Monat
usage-preset-last-month = Letzter Monat
usage-preset-custom = Eigener Zeitraum
usage-custom-from = Von
usage-custom-to = bis
usage-custom-first-day = Erster Tag
usage-custom-last-day = Letzter Tag
usage-custom-show = Diese Tage anzeigen
usage-custom-format = (Jahr-Monat-Tag)
usage-range-not-a-date = Dieser Zeitraum lässt sich nicht anzeigen: „{ $text }“ ist kein Datum. Schreiben Sie jeden Tag als Jahr-Monat-Tag, zum Beispiel { $example }.
usage-range-reversed = Dieser Zeitraum lässt sich nicht anzeigen: Der erste Tag ({ $first }) liegt nach dem letzten Tag ({ $last }). Tauschen Sie die beiden Tage.
usage-date-range = { $first } – { $last }
usage-day-out-of-range = Tag { $day }
usage-days-end = Die Tage von { $provider } enden um { $time } Uhr Ihrer Ortszeit.
usage-days-match = Die Tage von { $provider } stimmen mit Ihren überein: Sie enden um Mitternacht.
usage-days-why = { $provider } zählt die Nutzung in ganzen Tagen nach Weltzeit (UTC). Key Doctor zeigt dieselben Tage, damit seine Zahlen mit denen von { $provider } übereinstimmen.
usage-today-growing = Die Zahlen von heute wachsen noch.

## Seite „Nutzung“: Laden und was nicht geladen wurde (src/gui/usage.rs, src/usage/dataset.rs)

usage-loading-progress = Wird geladen … { $done } von { $total } Teilen
usage-problem-only-names-missing = Alle Kosten, Tokens und Anfragen sind geladen; wo ein Name fehlt, steht die ID.
usage-problem-totals-incomplete = In den Summen unten fehlt, was nicht geladen wurde. Versuchen Sie es erneut, um sie zu vervollständigen.
usage-problem-nothing-loaded = Es konnten keine Zahlen geladen werden. Versuchen Sie es gleich noch einmal.
usage-problem-cancelled = Das Laden wurde abgebrochen.
usage-problem-cancelled-kept = Das Laden wurde abgebrochen; unten stehen die zuvor geladenen Zahlen.
usage-part-tokens = Tokens und Anfragen für { $range }
usage-part-costs = Kosten für { $range }
usage-part-key-costs = Kosten pro Schlüssel für { $range }
usage-part-project-names = Die Namen der Projekte
usage-part-key-names = Die Namen der Schlüssel im Projekt { $project }
# Der Name des Standard-Arbeitsbereichs einer Anthropic-Organisation (Anthropic gibt ihm keinen Namen), dort, wo die Nutzung von OpenAI ein Projekt zeigt.
usage-anthropic-default-workspace = Standard-Arbeitsbereich
usage-part-not-loaded = { $what } konnten nicht geladen werden: { $reason ->
        [no_connection] Dieser Computer konnte OpenAI nicht erreichen. Prüfen Sie die Internetverbindung und versuchen Sie es dann erneut.
        [not_allowed] OpenAI hat diesem Schlüssel das Lesen nicht erlaubt.
        [too_many_requests] OpenAI hat um eine Pause gebeten. Versuchen Sie es in einer Minute erneut.
        [server_trouble] Die Server von OpenAI haben nicht richtig geantwortet. Versuchen Sie es gleich noch einmal.
       *[unreadable] Die Antwort von OpenAI war nicht lesbar.
    }

## Seite „Nutzung“: die wichtigsten Zahlen (src/gui/views/usage.rs)

usage-figure-total-cost = Gesamtkosten
usage-figure-month-to-date = Bisher in diesem Monat
usage-figure-forecast = Prognose für { $month }
usage-figure-forecast-pace = bei { $amount } pro Tag, dem Tempo der letzten 7 vollen Tage
usage-figure-not-available = nicht verfügbar
usage-figure-month-not-loaded = dieser Monat wurde nicht geladen
usage-figure-input-tokens = Eingabe-Tokens
usage-figure-reused = davon { $tokens } wiederverwendet (günstiger berechnet)
usage-figure-output-tokens = Ausgabe-Tokens
usage-figure-requests = Anfragen
usage-figure-in-range = im Zeitraum
usage-figure-requests-not-reported = { $provider } meldet sie nicht

## Seite „Nutzung“: die Diagramme (src/gui/views/usage.rs, src/gui/usage.rs, src/usage/report.rs)

usage-chart-cost = { $period ->
        [week] Kosten pro Woche
        [month] Kosten pro Monat
       *[day] Kosten pro Tag
    }
usage-chart-tokens = { $period ->
        [week] Tokens pro Woche
        [month] Tokens pro Monat
       *[day] Tokens pro Tag
    }
usage-chart-requests = { $period ->
        [week] Anfragen pro Woche
        [month] Anfragen pro Monat
       *[day] Anfragen pro Tag
    }
usage-split-by = Aufgeteilt nach
usage-cost-from-invoice = Das sind die Beträge auf Ihrer Rechnung von { $provider }.
usage-input-includes-reused = Die Eingabe-Tokens enthalten die wiederverwendeten, so wie { $provider } sie zählt.
usage-reused-input-explained = Wiederverwendete Eingabe ist Text, den { $provider } in einer kürzlichen Anfrage schon gesehen hat, etwa dieselben Anweisungen, die erneut gesendet werden. Sie wird günstiger berechnet.
usage-requests-split = { $group ->
        [project] Aufgeteilt nach Projekt, wie die Tokens oben.
        [api_key] Aufgeteilt nach Schlüssel, wie die Tokens oben.
       *[model] Aufgeteilt nach Modell, wie die Tokens oben.
    }
usage-measure-input = Eingabe
usage-measure-reused-input = Wiederverwendete Eingabe
usage-measure-output = Ausgabe
usage-measure-requests = Anfragen
usage-group-model = Modell
usage-group-project = Projekt
usage-group-key = Schlüssel
usage-group-kind-of-use = Nutzungsart
usage-nameless-model = (kein Modell angegeben)
usage-nameless-project = (kein Projekt)
usage-nameless-key = (kein Schlüssel angegeben)
usage-nameless-kind-of-use = (keine Nutzungsart angegeben)
usage-chart-other = { $count ->
        [one] Sonstige (1 weiterer Eintrag)
       *[other] Sonstige ({ $count } weitere Einträge)
    }
usage-chart-total = Summe: { $amount }
usage-chart-and-more = { $count ->
        [one] und 1 weiterer Eintrag
       *[other] und { $count } weitere Einträge
    }
usage-chart-week = { $first } bis { $last }
usage-nothing-in-range = Nichts in diesem Zeitraum.

## Seite „Nutzung“: die Tabelle (src/gui/views/usage.rs)

usage-top-title = Top-Modelle, -Projekte und -Schlüssel
usage-tab-models = Modelle
usage-tab-projects = Projekte
usage-tab-keys = API-Schlüssel
usage-tab-kinds-of-use = Nutzungsarten
usage-column-cost = Kosten
usage-column-input = Eingabe-Tokens
usage-column-reused = Wiederverwendete Eingabe
usage-column-output = Ausgabe-Tokens
usage-column-requests = Anfragen
usage-sort-name = { $group ->
        [project] Nach Projekt sortieren
        [api_key] Nach Schlüssel sortieren
        [line_item] Nach Nutzungsart sortieren
       *[model] Nach Modell sortieren
    }
usage-sort-cost = Nach Kosten sortieren
usage-sort-input = Nach Eingabe-Tokens sortieren
usage-sort-reused = Nach wiederverwendeter Eingabe sortieren
usage-sort-output = Nach Ausgabe-Tokens sortieren
usage-sort-requests = Nach Anfragen sortieren
usage-table-no-id = keine ID
usage-table-estimate = ≈ { $amount } (geschätzt)
usage-table-estimate-hover = Geschätzt aus den Tokens und der Preistabelle in den Einstellungen.
usage-table-no-price = kein Preis bekannt
usage-table-no-price-hover = Für dieses Modell steht kein Preis in der Preistabelle in den Einstellungen.
usage-table-more = { $count ->
        [one] Und 1 weitere Zeile; der CSV-Export enthält alle.
       *[other] Und { $count } weitere Zeilen; der CSV-Export enthält alle.
    }
usage-estimate-note = Als geschätzt markierte Kosten stammen aus Tokens und Preisen, nicht aus der Rechnung von OpenAI. { $prices }
usage-key-costs-not-asked = Die Kosten pro Schlüssel wurden nicht abgefragt, daher sind sie geschätzt.
usage-key-costs-not-given = OpenAI schlüsselt die Kosten dieser Organisation nicht nach Schlüsseln auf, daher werden die Kosten jedes Schlüssels aus seinen Tokens geschätzt.
usage-key-costs-not-loaded = Die Kosten pro Schlüssel konnten nicht geladen werden, daher werden die Kosten jedes Schlüssels aus seinen Tokens geschätzt.

## Seite „Nutzung“: Export (src/gui/usage.rs, src/gui/views/usage.rs)

usage-export-daily = Tageswerte als CSV exportieren …
usage-export-table = Diese Tabelle als CSV exportieren …
usage-export-daily-title = Tageswerte als CSV speichern
usage-export-table-title = Tabelle als CSV speichern
usage-export-saved = { $count ->
        [one] 1 Zeile in { $path } gespeichert.
       *[other] { $count } Zeilen in { $path } gespeichert.
    }
usage-export-saved-to = In { $path } gespeichert.
usage-export-not-saved = Es wurde noch nichts gespeichert: Das Fenster zum Speichern hat sich nicht geöffnet oder wurde geschlossen. Speichern Sie die Datei stattdessen in Ihrem Ordner „Downloads“, oder kopieren Sie die Tabelle.
usage-export-failed = Die Datei ließ sich dort nicht speichern. Speichern Sie sie stattdessen in Ihrem Ordner „Downloads“, oder kopieren Sie die Tabelle.
usage-export-not-made = Die CSV-Datei ließ sich nicht erstellen. Versuchen Sie es erneut, oder kopieren Sie die Tabelle.
usage-export-no-downloads-folder = Dieser Computer hat weder einen Ordner „Downloads“ noch einen persönlichen Ordner zum Speichern. Kopieren Sie stattdessen die Tabelle.
usage-export-downloads-failed = Die Datei ließ sich nicht in { $folder } speichern. Kopieren Sie stattdessen die Tabelle.
usage-export-save-in-downloads = In „Downloads“ speichern
usage-export-copy = CSV kopieren
usage-export-copied = Die Tabelle wurde kopiert. Fügen Sie sie in eine Tabellenkalkulation ein: Jeder Wert landet in einer eigenen Zelle.

## Seite „Schlüssel“: was ein Schlüssel ausgegeben hat (src/gui/usage.rs)

usage-key-spent = Ausgaben vom { $first } bis { $last }: { $amount }
usage-key-spent-estimate = Ausgaben vom { $first } bis { $last }: etwa { $amount } (geschätzt aus Tokens und Preisen)

## Preise für Schätzungen (src/usage/pricing.rs)

usage-prices-shipped = Mit Key Doctor gelieferte Preise, Stand { $as_of }.
usage-prices-shipped-undated = Mit Key Doctor gelieferte Preise, Stand unbekannt.
usage-prices-from-file = Preise aus { $file }, Stand { $as_of }.
usage-prices-from-file-undated = Preise aus { $file }, Stand unbekannt.
usage-pricing-unreadable = Die Preisdatei { $file } ließ sich nicht lesen, daher verwendet Key Doctor die mitgelieferten Preise. Prüfen Sie, ob die Datei noch vorhanden ist, oder wählen Sie eine andere.
usage-pricing-too-large = Die Preisdatei { $file } ist größer als 4 MB, daher verwendet Key Doctor die mitgelieferten Preise. Wählen Sie die richtige Datei.
usage-pricing-not-a-table = Die Datei { $file } ist keine Preistabelle, daher verwendet Key Doctor die mitgelieferten Preise. Wählen Sie eine andere Datei.
usage-pricing-not-dollars = Die Preise in { $file } sind in { $currency } angegeben, Key Doctor kann aber nur US-Dollar verwenden und nutzt daher die mitgelieferten Preise.
usage-pricing-no-model-name = Ein Preis in { $file } hat keinen Modellnamen, daher verwendet Key Doctor die mitgelieferten Preise. Korrigieren Sie die Datei oder wählen Sie eine andere.
usage-pricing-bad-price = In { $file } ist für { $model } der { $field ->
        [cached_input] Preis für wiederverwendete Eingabe
        [output] Ausgabepreis
       *[input] Eingabepreis
    } keine positive Zahl, daher verwendet Key Doctor die mitgelieferten Preise. Korrigieren Sie die Datei oder wählen Sie eine andere.
# Vor den Anbietern, deren Nutzung sich zeigen lässt (OpenAI, Anthropic), wenn Admin-Schlüssel von beiden gespeichert sind.
usage-provider = Nutzung von:
