## Was die Organisation zeigt, gelesen mit einem Admin-Schlüssel (src/org/)

## Die Teile der Organisation, die Key Doctor liest, wie sie in den Sätzen „konnte … nicht lesen“ heißen (Akkusativ).
org-part-projects = die Liste der Projekte
org-part-keys = die Schlüssel eines Projekts
org-part-service-accounts = die Dienstkonten eines Projekts
org-part-model-permissions = die Modellberechtigungen eines Projekts
org-part-tool-permissions = die Werkzeugberechtigungen eines Projekts
org-part-rate-limits = die Ratenlimits eines Projekts
org-part-spend-limit = ein Ausgabenlimit
org-part-spend-alerts = die Ausgabenwarnungen
org-part-admin-keys = die Liste der Admin-Schlüssel
org-part-costs = die Kosten dieses Monats
org-part-audit-log = das Audit-Log

## Warum ein Teil nicht gelesen werden konnte; $part ist einer der Namen oben.
org-part-needs-management-read = Key Doctor konnte { $part } nicht lesen: Dieser Admin-Schlüssel darf die Organisationseinstellungen nicht lesen. Stellen Sie auf der Seite „Admin keys“ (Admin-Schlüssel) die Berechtigung „Organization administration“ (Organisationsverwaltung) dieses Schlüssels auf „Read“ (Lesen).
org-part-needs-usage-read = Key Doctor konnte { $part } nicht lesen: Dieser Admin-Schlüssel darf die Nutzung nicht lesen. Stellen Sie auf der Seite „Admin keys“ (Admin-Schlüssel) die Berechtigung „Usage“ (Nutzung) dieses Schlüssels auf „Read“ (Lesen).
org-part-admin-key-refused = Key Doctor konnte { $part } nicht lesen: OpenAI hat den Admin-Schlüssel nicht akzeptiert. Vielleicht wurde er gelöscht oder ist abgelaufen.
org-part-forbidden = Key Doctor konnte { $part } nicht lesen: Dieser Admin-Schlüssel darf das nicht.
# $reason ist ein Satz aus errors.ftl.
org-part-failed = Key Doctor konnte { $part } nicht lesen. { $reason }

## Die Ursache, warum ein Schlüssel nicht funktioniert, gefunden in den Daten der Organisation. Sie steht
## vor dem Satz zum Schlüssel selbst, der die Lösung nennt: Diese Sätze sagen nur, was die Organisation zeigt.
org-cause-project-archived = Das Projekt „{ $project }“ ist archiviert, deshalb funktionieren seine Schlüssel nicht mehr.
org-cause-owner-lost-access = Dieser Schlüssel gehört { $owner }, und diese Person hat keinen Zugriff mehr auf das Projekt „{ $project }“: Der Schlüssel hat aufgehört zu funktionieren, als sie den Zugriff verloren hat. Ein Dienstkonto-Schlüssel ist nicht an eine Person gebunden.
# $allowed ist eine Liste von Modellnamen.
org-cause-model-not-allowed = { $count ->
    [one] Das Projekt „{ $project }“ erlaubt nur { $allowed }, nicht { $model }.
   *[other] Das Projekt „{ $project }“ erlaubt nur diese Modelle: { $allowed }; { $model } gehört nicht dazu.
}
org-cause-model-denied = Das Projekt „{ $project }“ sperrt { $model }: Das Modell steht auf der Liste der gesperrten Modelle des Projekts.
# $limit und $spent sind Geldbeträge.
org-cause-project-hard-limit = Das Projekt „{ $project }“ hat diesen Monat sein Ausgabenlimit von { $limit } erreicht ({ $spent } ausgegeben). Im nächsten Monat beginnt die Zählung von vorn.
org-cause-organization-hard-limit = Ihre Organisation hat diesen Monat ihr Ausgabenlimit von { $limit } erreicht ({ $spent } ausgegeben). Im nächsten Monat beginnt die Zählung von vorn.
org-cause-project-rate-limit = { $count ->
    [one] Das Projekt „{ $project }“ erlaubt für { $model } nur { $count } Anfrage pro Minute.
   *[other] Das Projekt „{ $project }“ erlaubt für { $model } nur { $count } Anfragen pro Minute.
}
# $scopes ist eine Liste von Berechtigungsnamen.
org-cause-scopes-from-audit-log = Das Audit-Log zeigt, welche Berechtigungen dieser Schlüssel zuletzt erhalten hat: { $scopes }.
org-scopes-none = gar keine Berechtigungen
# $date ist ein Datum; $by eine E-Mail-Adresse.
org-cause-key-deleted-by = Dieser Schlüssel wurde am { $date } von { $by } gelöscht.
org-cause-key-deleted = Dieser Schlüssel wurde am { $date } gelöscht.
org-cause-key-not-in-organization = { $count ->
    [0] Ihre Organisation hat überhaupt keine Schlüssel, also wurde dieser Schlüssel gelöscht oder gehört zu einer anderen Organisation.
    [one] Ihre Organisation hat genau einen Schlüssel, und das ist nicht dieser: Dieser Schlüssel wurde gelöscht oder gehört zu einer anderen Organisation.
   *[other] Ihre Organisation hat { $count } Schlüssel, und dieser ist keiner davon: Dieser Schlüssel wurde gelöscht oder gehört zu einer anderen Organisation.
}

## Wird einmal gesagt, wenn ein Schlüssel nicht funktioniert und kein Admin-Schlüssel zur Hand ist.
org-admin-key-would-tell = Mit einem Admin-Schlüssel Ihrer Organisation könnte Key Doctor die genaue Ursache nennen: ob das Projekt das Modell sperrt, ob es sein Ausgabenlimit erreicht hat oder ob die Person, der der Schlüssel gehört, nicht mehr dabei ist. Fügen Sie auf der Seite „Schlüssel“ einen hinzu.

## Markierungen an einem Schlüssel in der Organisationsansicht und bei `key-doctor org`; $days ist eine Zahl.
org-flag-unused = Seit { $days } Tagen nicht genutzt
org-flag-owner-lost-access = Besitzer hat keinen Zugriff mehr
org-flag-project-archived = Projekt archiviert
org-flag-not-in-this-app = Nicht in dieser App

## Schaltflächen neben einer Markierung; jede öffnet eine Seite auf platform.openai.com.
org-fix-key-page = Seite des Schlüssels öffnen
org-fix-members = Mitglieder des Projekts öffnen
org-fix-projects = Projekte öffnen

## Namen der Beispielschlüssel der Demo für die Seite der Organisation (src/gui/services.rs).
common-sample-key-owner-left = Schlüssel einer Person, die das Projekt verlassen hat
common-sample-key-archived-project = Schlüssel eines archivierten Projekts
common-sample-key-model-denied = Projekt, das gpt-5-mini sperrt
common-sample-key-admin-no-management = Admin-Schlüssel, der die Organisation nicht lesen darf
common-sample-key-admin-audit-off = Admin-Schlüssel einer Organisation ohne Audit-Log
common-sample-key-admin-large = Admin-Schlüssel einer großen Organisation (1.000 Schlüssel)
