## Seite „Organisation“ (src/gui/views/organization.rs, src/gui/organization.rs)

# Der Eintrag in der Navigation und der Titel der Seite.
org-view-nav = Organisation
org-view-title = Ihre Organisation
org-view-intro = Alle Schlüssel Ihrer Organisation, was jedes Projekt erlaubt und wo Handlungsbedarf besteht. Key Doctor liest hier nur: Es ändert nichts.

## Welcher Admin-Schlüssel die Organisation liest

org-view-read-with = Lesen mit:
# $name: der Name, den die Person dem Admin-Schlüssel in Key Doctor gegeben hat.
org-view-reading-with-stored = Gelesen mit dem Admin-Schlüssel „{ $name }“.
# $key: woher der Schlüssel stammt, im Dativ, etwa „dem Admin-Schlüssel der Demo, der nur lesen darf“.
org-view-reading-with-origin = Gelesen mit { $key }.
org-view-opening-keys = Ihre Schlüssel werden geöffnet …
org-view-no-admin-key-title = Ein Admin-Schlüssel wird benötigt
org-view-no-admin-key = Um alle Schlüssel Ihrer Organisation aufzulisten, braucht Key Doctor einen Admin-Schlüssel dieser Organisation. Fügen Sie ihn auf der Seite „Schlüssel“ hinzu: Er wird wie Ihre anderen Schlüssel im Schlüsselbund Ihres Systems gespeichert, und Key Doctor liest damit nur.
org-view-add-admin-key = Admin-Schlüssel auf der Seite „Schlüssel“ hinzufügen
org-view-open-admin-keys-page = Seite „Admin keys“ (Admin-Schlüssel) öffnen
# $problem: warum der Schlüssel nicht aus dem Schlüsselbund geholt werden konnte (ein Satz).
org-view-admin-key-unreadable = Key Doctor konnte diesen Admin-Schlüssel nicht aus Ihrem Schlüsselbund holen. { $problem }

## Das Lesen

org-view-refresh = Aktualisieren
org-view-cancel = Abbrechen
org-view-reading = Die Organisation wird gelesen … Alle Projekte werden gleichzeitig gelesen; das dauert einige Sekunden.
org-view-cancelled = Das Lesen wurde abgebrochen. Klicken Sie auf „Aktualisieren“, um die Organisation zu lesen.
# $keys, $projects: Zahlen.
org-view-summary = { $keys ->
    [one] Ein Schlüssel
   *[other] { $keys } Schlüssel
} in { $projects ->
    [one] einem Projekt.
   *[other] { $projects } Projekten.
}
# $count: wie viele Schlüssel eine Markierung haben, die bedeutet, dass sie nicht mehr funktionieren.
org-view-summary-broken = { $count ->
    [one] Ein Schlüssel funktioniert nicht mehr.
   *[other] { $count } Schlüssel funktionieren nicht mehr.
}
# $amount: ein Geldbetrag.
org-view-month-total = Bisher in diesem Monat: { $amount }
org-view-problems-title = Was nicht gelesen werden konnte
org-view-partly-read = Der Rest der Organisation wurde gelesen und steht unten.

## Die Tabelle der Schlüssel

org-view-keys-title = Alle Schlüssel
# Der Name des Suchfelds, den Screenreader vorlesen, und sein Hinweis.
org-view-search = Schlüssel durchsuchen
org-view-search-hint = Name, Projekt oder Besitzer
org-view-clear-search = Suche leeren
org-view-sort-attention = Handlungsbedarf zuerst
# $shown, $total: Zahlen.
org-view-showing = { $shown } von { $total } Schlüsseln angezeigt
# $query: was die Person eingegeben hat.
org-view-no-match = Kein Schlüssel passt zu „{ $query }“.
org-view-no-keys = Ihre Organisation hat keine Projektschlüssel.
org-view-column-key = Schlüssel
org-view-column-project = Projekt
org-view-column-owner = Besitzer
org-view-column-created = Erstellt
org-view-column-last-used = Zuletzt genutzt
org-view-column-cost = Dieser Monat
# Was ein Screenreader für die Sortierschaltfläche jeder Spalte sagt.
org-view-sort-key = Nach Name des Schlüssels sortieren
org-view-sort-project = Nach Projekt sortieren
org-view-sort-owner = Nach Besitzer sortieren
org-view-sort-created = Nach Erstellungsdatum sortieren
org-view-sort-last-used = Nach letzter Nutzung sortieren
org-view-sort-cost = Nach den Kosten dieses Monats sortieren
# $name: der Name, den die Person dem Schlüssel in Key Doctor gegeben hat.
org-view-stored-as = Hier gespeichert als „{ $name }“
org-view-owner-left = hat keinen Zugriff mehr
org-view-service-account = Dienstkonto
org-view-owner-unknown = unbekannt
org-view-cost-unknown = unbekannt
org-view-cost-unknown-hover = Die Kosten dieses Monats konnten nicht gelesen werden.

## Wann etwas geschah, so wie man es sagt

org-view-never = nie
org-view-today = heute
org-view-yesterday = gestern
# $count: eine Zahl.
org-view-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
org-view-months-ago = { $count ->
    [one] vor { $count } Monat
   *[other] vor { $count } Monaten
}
org-view-years-ago = { $count ->
    [one] vor { $count } Jahr
   *[other] vor { $count } Jahren
}

## Projekte

org-view-projects-title = Projekte
# $name: der Name des Projekts; $amount: die Kosten dieses Monats.
org-view-project-heading = { $name }: { $amount } in diesem Monat
org-view-project-archived = Dieses Projekt ist archiviert: Seine Schlüssel funktionieren nicht mehr.
org-view-models = Modelle
org-view-models-all = Alle Modelle
# $models: eine Liste von Modellnamen.
org-view-models-allow = Erlaubt nur: { $models }
org-view-models-deny = Sperrt: { $models }
org-view-tools = Gehostete Werkzeuge
org-view-tools-all-on = Alle eingeschaltet
# $tools: eine Liste von Werkzeugnamen.
org-view-tools-off = Ausgeschaltet: { $tools }
org-view-tool-file-search = Dateisuche
org-view-tool-web-search = Websuche
org-view-tool-image-generation = Bilderzeugung
org-view-tool-mcp = Konnektoren (MCP)
org-view-tool-code-interpreter = Code-Interpreter
org-view-rate-limits = Ratenlimits
org-view-rate-limits-none = Die der Organisation
# $model: der Name eines Modells; $count: eine Zahl (für den Plural); $requests: dieselbe Zahl ausgeschrieben.
org-view-rate-limit = { $count ->
    [one] { $model }: { $requests } Anfrage pro Minute
   *[other] { $model }: { $requests } Anfragen pro Minute
}
# $model: der Name eines Modells; $tokens: eine Zahl.
org-view-rate-limit-tokens = { $model }: { $tokens } Tokens pro Minute
org-view-spend-limit = Festes Ausgabenlimit
org-view-spend-limit-none = Keins: Anfragen werden bei keinem Betrag gestoppt.
# $spent, $limit: Geldbeträge.
org-view-spend-limit-below = { $spent } von { $limit } in diesem Monat
org-view-spend-limit-reached = { $spent } von { $limit } in diesem Monat – erreicht, Anfragen werden abgelehnt
org-view-spend-limit-not-enforced = { $spent } von { $limit } in diesem Monat – nicht durchgesetzt, Anfragen gehen weiter
# $limit: ein Geldbetrag; die Ausgaben dieses Monats konnten nicht gelesen werden.
org-view-spend-limit-amount = { $limit } pro Monat
org-view-spend-alerts = Ausgabenwarnungen
org-view-spend-alerts-none = Keine
# $amount: ein Geldbetrag; $to: E-Mail-Adressen.
org-view-spend-alert = Eine E-Mail an { $to } bei { $amount }
org-view-spend-alert-nobody = Eine Warnung bei { $amount }
org-view-service-accounts = Dienstkonten
org-view-service-accounts-none = Keine
org-view-open-limits = Limits des Projekts öffnen
org-view-open-members = Mitglieder des Projekts öffnen
# Projekte, deren Liste nicht gelesen werden konnte, mit ihrer ID; $amount: die Kosten dieses Monats.
org-view-project-cost-only = { $project }: { $amount } in diesem Monat

## Die Organisation als Ganzes

org-view-organization-title = Die Organisation als Ganzes
org-view-open-organization-limits = Limits der Organisation öffnen
org-view-audit-log = Audit-Log
# $count: wie viele Änderungen an Schlüsseln das Audit-Log aufführt.
org-view-audit-log-events = { $count ->
    [one] Es führt eine Änderung an einem Schlüssel im letzten Jahr auf.
   *[other] Es führt { $count } Änderungen an Schlüsseln im letzten Jahr auf.
}
org-view-audit-log-empty = Es führt keine Änderung an irgendeinem Schlüssel auf. Das Audit-Log scheint ausgeschaltet zu sein: Es zeichnet nur auf, was geschieht, nachdem es eingeschaltet wurde. Schalten Sie es in den Organisationseinstellungen ein, damit sich ein gelöschter oder geänderter Schlüssel später nachverfolgen lässt.
org-view-open-organization-settings = Organisationseinstellungen öffnen
# $count: wie viele Admin-Schlüssel die Organisation hat.
org-view-admin-keys = { $count ->
    [one] Ein Admin-Schlüssel
   *[other] { $count } Admin-Schlüssel
}
# $name: der Name des Admin-Schlüssels; $used: wann er zuletzt genutzt wurde („vor 3 Tagen“, „nie“); $expires: org-view-expires-*.
org-view-admin-key-line = { $name }: zuletzt genutzt { $used }, { $expires }
org-view-expires-never = läuft nie ab
# $date: ein Datum.
org-view-expires-on = läuft am { $date } ab
org-view-expired-on = ist am { $date } abgelaufen
