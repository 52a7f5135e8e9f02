## Titel der Befunde, kurz, für Listen und Abzeichen (src/checks/verdict.rs)

verdict-title-ok = Funktioniert
verdict-title-invalid-key = Schlüssel nicht akzeptiert
verdict-title-missing-scopes = Berechtigungen fehlen
verdict-title-no-quota = Kein Guthaben oder Limit erreicht
verdict-title-rate-limited = Ratenlimit erreicht
verdict-title-wrong-organization = Falsche Organisation
verdict-title-wrong-project = Falsches Projekt
verdict-title-no-organization = Keine Organisation
verdict-title-model-access = Kein Zugriff auf das Modell
verdict-title-verification-required = Organisation nicht verifiziert
verdict-title-region-blocked = Land nicht unterstützt
verdict-title-ip-not-allowed = IP-Adresse nicht zugelassen
verdict-title-access-terminated = Zugang gesperrt
verdict-title-admin-key-required = Admin-Schlüssel nötig
verdict-title-network-error = OpenAI nicht erreichbar
verdict-title-server-error = Störung bei OpenAI
verdict-title-unexpected-response = Unerwartete Antwort

## Schaltflächen unter einem Befund: Jede öffnet eine Seite auf platform.openai.com (src/checks/verdict.rs)

verdict-fix-billing = Abrechnung öffnen
verdict-fix-organization-limits = Limits der Organisation öffnen
verdict-fix-project-limits = Limits des Projekts öffnen
verdict-fix-organization-settings = Organisationseinstellungen öffnen
verdict-fix-api-keys = Seite „API keys“ (API-Schlüssel) öffnen
verdict-fix-key-settings = Einstellungen des Schlüssels öffnen
verdict-fix-admin-keys = Seite „Admin keys“ (Admin-Schlüssel) öffnen
verdict-fix-supported-countries = Unterstützte Länder ansehen
verdict-fix-ip-allowlist = IP-Freigabeliste öffnen
verdict-fix-status-page = Statusseite von OpenAI öffnen

## Befunde: der eine Satz, der sagt, was nicht stimmt und was hilft (src/checks/verdict.rs)

verdict-ok = Dieser Schlüssel funktioniert: Er darf Modelle aufrufen, und alle Berechtigungen, die Key Doctor geprüft hat, sind erteilt.
verdict-ok-admin-key = Dieser Admin-Schlüssel funktioniert: Er darf Nutzung und Kosten sowie die Projekte der Organisation lesen.
verdict-invalid-key = OpenAI akzeptiert diesen Schlüssel nicht: Er ist falsch eingegeben oder wurde widerrufen oder gelöscht. Erstellen Sie einen neuen Schlüssel und verwenden Sie ihn an Stelle des alten.
verdict-invalid-key-no-key-sent = Ihre App hat gar keinen API-Schlüssel gesendet: Die Einstellung für den API-Schlüssel ist leer, oder der Schlüssel ist dort nicht angekommen. Fügen Sie Ihren Schlüssel in die API-Schlüssel-Einstellung der App oder des Plugins ein.
verdict-missing-scopes = Dieser Schlüssel ist eingeschränkt. Ihm fehlt: { $scopes }. Öffnen Sie die Einstellungen des Schlüssels und erlauben Sie, was Ihre App braucht.
verdict-missing-scopes-model-request = Dieser Schlüssel ist eingeschränkt und darf keine Modelle aufrufen. Öffnen Sie die Einstellungen des Schlüssels und stellen Sie „Model capabilities“ (Modellfunktionen) auf „Request“ (Anfragen).
verdict-missing-scopes-admin-without-usage = Dieser Admin-Schlüssel darf Nutzung und Kosten nicht lesen. Erstellen Sie einen Admin-Schlüssel, der nur lesen darf, oder geben Sie diesem hier „Usage: Read“ (Nutzung: Lesen).
verdict-missing-scopes-none-named = Diesem Schlüssel fehlt eine Berechtigung für die gestellte Anfrage. Öffnen Sie die Einstellungen des Schlüssels und prüfen Sie seine Berechtigungen.
verdict-no-quota = Das Kontingent Ihrer Organisation ist aufgebraucht: Laden Sie auf der Abrechnungsseite Guthaben auf oder erhöhen Sie dort das Limit.
verdict-no-quota-no-credit = Ihre Organisation hat kein Guthaben mehr. Laden Sie auf der Abrechnungsseite Guthaben auf; wenige Minuten später funktionieren Anfragen wieder.
verdict-no-quota-organization-spend-limit = Ihre Organisation hat das Ausgabenlimit erreicht, das sie sich selbst gesetzt hat. Erhöhen Sie das Limit auf der Seite „Limits“.
verdict-no-quota-project-spend-limit = Das Projekt dieses Schlüssels hat sein Ausgabenlimit erreicht. Erhöhen Sie das Limit auf der Seite „Limits“ des Projekts.
verdict-no-quota-organization-usage-limit = Ihre Organisation hat das Nutzungslimit ihrer Nutzungsstufe erreicht. Erhöhen Sie es auf der Seite „Limits“ oder warten Sie bis zum nächsten Monat.
verdict-no-quota-billing-not-active = Die Abrechnung Ihres Kontos ist nicht aktiv. Hinterlegen Sie auf der Abrechnungsseite eine Zahlungsmethode.
verdict-rate-limited = Dieser Schlüssel funktioniert, wird aber gerade durch das Ratenlimit gebremst: zu viele Anfragen oder Tokens pro Minute. Warten Sie eine Minute und versuchen Sie es erneut, oder sehen Sie sich die Limits Ihrer Nutzungsstufe an.
verdict-rate-limited-request-too-large = Diese eine Anfrage ist größer als das Limit an Tokens pro Minute Ihrer Nutzungsstufe und kommt so nicht durch. Verkleinern Sie die Anfrage (kürzerer Text, weniger Dokumente auf einmal) oder erreichen Sie eine höhere Nutzungsstufe.
verdict-wrong-organization = Die mit diesem Schlüssel gesendete Organisation (OPENAI_ORG_ID oder die Organisations-Einstellung Ihrer App) ist nicht die Organisation des Schlüssels. Entfernen Sie diese Einstellung oder tragen Sie dort die Organisation des Schlüssels ein.
verdict-wrong-project = Das mit diesem Schlüssel gesendete Projekt (OPENAI_PROJECT_ID oder die Projekt-Einstellung Ihrer App) ist nicht das Projekt des Schlüssels. Entfernen Sie diese Einstellung oder verwenden Sie einen Schlüssel dieses Projekts.
verdict-no-organization = Ihr OpenAI-Konto gehört zu keiner Organisation, daher lassen sich seine Schlüssel nicht verwenden. Erstellen Sie eine Organisation oder lassen Sie sich in eine einladen.
verdict-model-access = Das Projekt dieses Schlüssels darf { $model } nicht verwenden. Jemand mit der Rolle „Owner“ (Inhaber) kann das Modell auf der Seite „Limits“ des Projekts freigeben.
verdict-model-access-unknown-model = OpenAI kennt { $model } für diesen Schlüssel nicht: Der Name ist vielleicht falsch geschrieben, das Modell wurde eingestellt, oder das Projekt darf es nicht verwenden. Prüfen Sie, welches Modell in Ihrer App oder Ihrem Plugin eingestellt ist; stimmt der Name, kann jemand mit der Rolle „Owner“ (Inhaber) es auf der Seite „Limits“ des Projekts freigeben.
verdict-this-model = dieses Modell
verdict-verification-required = Ihre Organisation muss verifiziert sein, um { $model } zu verwenden. Verifizieren Sie sie in den Organisationseinstellungen; der Zugriff folgt innerhalb von etwa 15 Minuten.
verdict-region-blocked = OpenAI ist in dem Land oder der Region, aus der diese Anfrage kam, nicht verfügbar. Von hier aus lässt sich der Schlüssel daher nicht verwenden.
verdict-ip-not-allowed = Die IP-Adresse dieses Computers steht nicht auf der IP-Freigabeliste Ihrer Organisation. Jemand mit der Rolle „Owner“ (Inhaber) kann sie auf der Seite mit der Freigabeliste hinzufügen.
verdict-access-terminated = OpenAI hat den Zugang dieses Kontos gesperrt. Helfen kann nur der Support von OpenAI; achten Sie auf dessen E-Mail.
verdict-admin-key-required = Um Nutzung und Kosten zu lesen, ist ein Admin-Schlüssel nötig. Jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann einen Admin-Schlüssel erstellen, der nur lesen darf.
verdict-admin-key-required-other-kind = Um Nutzung und Kosten zu lesen, ist ein Admin-Schlüssel nötig; { $kind ->
    [project] dies ist ein Projektschlüssel
    [service_account] dies ist ein Dienstkonto-Schlüssel
    [user_without_project] dies ist ein Benutzerschlüssel (ohne Projekt)
    [legacy_user] dies ist ein alter Benutzerschlüssel
   *[unknown] dies sieht nicht wie ein OpenAI-Schlüssel aus
  }. Jemand mit der Rolle „Owner“ (Inhaber) in der Organisation kann einen Admin-Schlüssel erstellen, der nur lesen darf.
verdict-server-error = Bei OpenAI ist beim Antworten ein Problem aufgetreten. Das liegt nicht an Ihrem Schlüssel; versuchen Sie es in ein paar Minuten erneut.

## Befunde: Dieser Computer konnte OpenAI nicht erreichen (src/checks/verdict.rs)

verdict-network-error = Key Doctor konnte OpenAI nicht erreichen. Prüfen Sie die Internetverbindung, das VPN oder den Proxy und versuchen Sie es dann erneut.
verdict-network-error-cause = Key Doctor konnte OpenAI nicht erreichen: { $cause }. Prüfen Sie die Internetverbindung, das VPN oder den Proxy und versuchen Sie es dann erneut.
verdict-network-intercepted = Etwas in Ihrem Netzwerk (oft eine Firmen-Firewall oder ein Virenschutzprogramm) liest sichere Verbindungen mit und zeigt statt des Zertifikats von OpenAI sein eigenes, daher hat Key Doctor abgebrochen. Bitten Sie Ihre IT, api.openai.com durchzulassen oder das Zertifikat dieser Software auf diesem Computer zu installieren.
verdict-network-certificate-expired = Das für OpenAI gezeigte Zertifikat ist abgelaufen, oder die Uhr dieses Computers geht falsch. Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, zeigt etwas in Ihrem Netzwerk ein altes Zertifikat: Fragen Sie Ihre IT.
verdict-network-clock-behind = Die Uhr dieses Computers geht nach, deshalb scheint das Zertifikat von OpenAI noch nicht gültig zu sein. Stellen Sie Datum und Uhrzeit dieses Computers richtig und prüfen Sie dann erneut.
verdict-network-wrong-name = Das gezeigte Zertifikat wurde für einen anderen Namen als den von OpenAI ausgestellt: Etwas in Ihrem Netzwerk antwortet an Stelle von OpenAI, oder die OpenAI-Adresse in den Einstellungen ist falsch. Prüfen Sie die Adresse oder fragen Sie Ihre IT.
verdict-network-certificate-revoked = Das für OpenAI gezeigte Zertifikat wurde von seinem Aussteller zurückgezogen, deshalb hat Key Doctor abgebrochen: Etwas in Ihrem Netzwerk zeigt möglicherweise ein altes oder gestohlenes Zertifikat. Fragen Sie Ihre IT; ein Versuch aus einem anderen Netzwerk zeigt, ob es an diesem liegt.
verdict-network-refused = Key Doctor konnte OpenAI nicht erreichen: { $cause }. Vielleicht blockiert eine Firewall auf diesem Computer oder im Netzwerk api.openai.com, oder die OpenAI-Adresse ist falsch. Fragen Sie Ihre IT, ob api.openai.com gesperrt ist, oder prüfen Sie die Adresse in den Einstellungen.
verdict-network-reset = Key Doctor konnte OpenAI nicht erreichen: { $cause }. Etwas in Ihrem Netzwerk hat die Verbindung beendet, so wie eine Firewall es bei gesperrten Seiten tut. Versuchen Sie es erneut; passiert das weiterhin, fragen Sie Ihre IT, ob api.openai.com gesperrt ist.
verdict-network-no-answer = Key Doctor konnte OpenAI nicht erreichen: { $cause }. Das Netzwerk ist sehr langsam, oder eine Firewall verwirft Verbindungen zu api.openai.com stillschweigend. Versuchen Sie es erneut; passiert das weiterhin, fragen Sie Ihre IT, ob api.openai.com gesperrt ist.
verdict-network-proxy-login = Der Proxy, über den dieser Computer ins Internet geht, hat nach Benutzername und Passwort gefragt und keine oder falsche bekommen. Fragen Sie Ihre IT danach und tragen Sie beides in die Proxy-Einstellung ein (als http://name:passwort@proxy:port).
verdict-network-proxy-refused = Der Proxy, über den dieser Computer ins Internet geht, hat den Weg zu api.openai.com nicht freigegeben. Bitten Sie Ihre IT, api.openai.com über den Proxy zuzulassen.
verdict-network-proxy-unreachable = Der auf diesem Computer eingestellte Proxy ist nicht erreichbar, daher ging nichts hinaus. Prüfen Sie die Proxy-Einstellung (HTTPS_PROXY) oder fragen Sie Ihre IT, welcher Proxy zu verwenden ist.
verdict-network-certificate = Die sichere Verbindung zu OpenAI wurde wegen des dafür gezeigten Zertifikats abgelehnt: Etwas in Ihrem Netzwerk ist nicht so, wie es sein sollte. Fragen Sie Ihre IT, ob etwas sichere Verbindungen überprüft.

## Befunde: Der Server einer Website konnte OpenAI nicht erreichen, laut eingefügter Fehlermeldung (src/checks/verdict.rs)
## Die Sätze in Anführungszeichen sind zum Weiterleiten an den Hosting-Anbieter gedacht.

verdict-host-dns = Der Server, auf dem Ihre Website oder App läuft, kann api.openai.com nicht auflösen, daher hat die Anfrage OpenAI nie erreicht; am Schlüssel liegt es nicht. Fragen Sie Ihren Hosting-Anbieter: „Bitte prüfen Sie, ob mein Server api.openai.com auflösen kann (DNS).“
verdict-host-blocked = Der Server, auf dem Ihre Website oder App läuft, konnte keine Verbindung zu OpenAI herstellen: Meist blockiert die Firewall des Hosters ausgehende Verbindungen; am Schlüssel liegt es nicht. Fragen Sie Ihren Hosting-Anbieter: „Bitte erlauben Sie ausgehende HTTPS-Verbindungen von meiner Website zu api.openai.com auf Port 443.“
verdict-host-timeout = Der Server, auf dem Ihre Website oder App läuft, hat zu lange auf OpenAI gewartet und aufgegeben; am Schlüssel liegt es nicht. Versuchen Sie es erneut: Lange Antworten brauchen Zeit. Passiert das weiterhin, erhöhen Sie die Wartezeit (Timeout) des Plugins, oder bitten Sie Ihren Hosting-Anbieter, ausgehende Anfragen an api.openai.com 60 Sekunden lang laufen zu lassen.
verdict-host-cut = Die Verbindung zu OpenAI wurde unterbrochen oder geschlossen, bevor eine Antwort kam; am Schlüssel liegt es nicht. Versuchen Sie es erneut. Passiert das weiterhin, fragen Sie Ihren Hosting-Anbieter: „Unterbricht eine Firewall, ein Proxy oder ein Sicherheitsfilter Verbindungen von meiner Website zu api.openai.com?“
verdict-host-proxy = Ein Proxy zwischen Ihrem Server und OpenAI hat die Anfrage nicht durchgelassen: Er braucht Einstellungen oder eine Anmeldung. Tragen Sie Adresse, Benutzername und Passwort des Proxys dort ein, wo Ihre App oder Ihr Server nach einem Proxy fragt, oder fragen Sie Ihren Hosting-Anbieter, welcher Proxy zu verwenden ist.
verdict-host-certificates = Der Server, auf dem Ihre Website oder App läuft, vertraut dem Sicherheitszertifikat von OpenAI nicht: Seine Liste vertrauenswürdiger Zertifikate ist veraltet, oder etwas auf dem Weg tauscht das Zertifikat aus. Fragen Sie Ihren Hosting-Anbieter: „Bitte aktualisieren Sie die CA-Zertifikate (ca-certificates oder cacert.pem) auf meinem Server.“
verdict-host-clock = Die Uhr des Servers, auf dem Ihre Website oder App läuft, geht falsch, deshalb scheint das Sicherheitszertifikat von OpenAI noch nicht gültig zu sein. Bitten Sie Ihren Hosting-Anbieter, die Uhr des Servers richtig zu stellen (NTP).
verdict-host-old-tls = Der Server, auf dem Ihre Website oder App läuft, verwendet eine zu alte Verschlüsselung für OpenAI, das TLS 1.2 oder neuer verlangt. Bitten Sie Ihren Hosting-Anbieter, OpenSSL und cURL zu aktualisieren oder Ihre Website auf eine aktuelle PHP-Version umzustellen.
verdict-host-unclear = Die Verbindung von Ihrem Server zu OpenAI ist fehlgeschlagen, aber diese Meldung sagt nicht, warum; am Schlüssel liegt es nicht. Der Grund steht in den Zeilen darunter: Fügen Sie hier die ganze Fehlermeldung ein. Oder fragen Sie Ihren Hosting-Anbieter: „Meine Website konnte keine Verbindung zu api.openai.com auf Port 443 herstellen. Zeigen Ihre Logs eine blockierte oder fehlgeschlagene ausgehende Verbindung?“
verdict-host-firewall-page = Statt der Antwort von OpenAI kam eine Webseite zurück: Eine Firewall hat die Anfrage blockiert. Nennt die Seite Cloudflare, hat die Firewall von OpenAI die Adresse Ihres Servers abgelehnt; bitten Sie Ihren Hosting-Anbieter um eine andere ausgehende Adresse. Nennt sie Ihren Hoster (ModSecurity, Forbidden, Not Acceptable), bitten Sie Ihren Hosting-Anbieter, Anfragen an api.openai.com zuzulassen.

## Befunde: Etwas anderes als OpenAI hat geantwortet (src/checks/verdict.rs)

verdict-unexpected-response = Die Antwort kam nicht von OpenAI, daher ließ sich der Schlüssel nicht prüfen. Vielleicht steht ein Proxy, eine Firewall oder eine falsche Basis-URL im Weg.
verdict-unexpected-response-cause = Die Antwort kam nicht von OpenAI ({ $cause }), daher ließ sich der Schlüssel nicht prüfen. Vielleicht steht ein Proxy, eine Firewall oder eine falsche Basis-URL im Weg.
verdict-unexpected-web-page = Statt OpenAI hat eine Webseite geantwortet, so wie es die Anmeldeseite eines Hotel-, Flughafen- oder Firmennetzes oder ein Proxy tut. Öffnen Sie eine beliebige Webseite im Browser, melden Sie sich im Netzwerk an und prüfen Sie dann erneut; gibt es nichts zum Anmelden, fragen Sie Ihre IT nach dem Proxy.
verdict-unexpected-session-key-required = Ihre App hat OpenAI nach Abrechnungszahlen gefragt, die nur die OpenAI-Website zeigt; kein API-Schlüssel kann sie lesen. Am Schlüssel liegt es nicht: Aktualisieren Sie die App oder das Plugin, oder sehen Sie die Zahlen auf der Abrechnungsseite nach.

## Ob ein neuer Versuch hilft, gesagt nach jedem Befund außer dem eines funktionierenden Schlüssels (src/checks/verdict.rs)

verdict-retry-helps = Ein neuer Versuch in einer Minute kann helfen.
verdict-retry-will-not-help = Ein neuer Versuch hilft erst, wenn das behoben ist.

## Sätze, die an Stelle des eigentlichen Befunds gesagt werden (src/checks/runner.rs, src/checks/explain.rs)

verdict-responses-trap = Dieser Schlüssel ist eingeschränkt und darf keine Modelle aufrufen. Öffnen Sie die Einstellungen des Schlüssels und stellen Sie „Model capabilities“ (Modellfunktionen) auf „Request“ (Anfragen); nur „Responses“ (Antworten) anzukreuzen reicht nicht. Ein neuer Versuch hilft erst, wenn das behoben ist.
verdict-explain-not-recognised = Key Doctor erkennt in dieser Meldung kein Problem mit einem OpenAI-Schlüssel oder mit der Verbindung zu OpenAI. Ob der Schlüssel selbst funktioniert, finden Sie auf der Seite „Schlüssel“ heraus: Eine Prüfung ist kostenlos.
verdict-explain-empty = Es gibt nichts zu erklären: Fügen Sie zuerst den Fehlertext ein.

## Hinweise unter einem Befund (src/checks/verdict.rs, src/checks/runner.rs, src/checks/explain.rs)

verdict-note-role = Erlaubt der Schlüssel das bereits, fehlt vielleicht Ihnen die nötige Rolle: In der Organisation brauchen Sie „Writer“ (Bearbeiter) oder „Owner“ (Inhaber), im Projekt „Member“ (Mitglied) oder „Owner“. Jemand mit der Rolle „Owner“ kann Rollen auf der Seite „Members“ (Mitglieder) ändern.
verdict-note-contains-key = Der Text enthält einen vollständigen API-Schlüssel. Key Doctor hat ihn weder gespeichert noch angezeigt, aber jeder, der diesen Text sieht, kann den Schlüssel benutzen: Veröffentlichen Sie ihn nirgends.
verdict-note-first-failed = Die erste fehlgeschlagene Prüfung: { $permission } – { $level }.
verdict-note-cannot-know-verification = Eine kostenlose Prüfung kann nicht feststellen, ob Ihre Organisation verifiziert ist, was manche Modelle verlangen (etwa gpt-image-1 und o3). Das zeigt die Seite „General“ (Allgemein) in den Einstellungen der Organisation: platform.openai.com/settings/organization/general.
verdict-note-unanswered = { $unanswered ->
    [one] { $unanswered } von { $total } Berechtigungsprüfungen bekam keine brauchbare Antwort (Netzwerk- oder Serverprobleme); in ihrer Zeile steht „{ verdict-status-error }“.
   *[other] { $unanswered } von { $total } Berechtigungsprüfungen bekamen keine brauchbare Antwort (Netzwerk- oder Serverprobleme); in ihren Zeilen steht „{ verdict-status-error }“.
  }
verdict-note-ipv6-silent = OpenAI hat über IPv6, den neueren Verbindungsweg, nicht geantwortet; Key Doctor hat deshalb IPv4 verwendet, und das funktioniert. Apps in diesem Netzwerk können genauso hängen bleiben oder scheitern: Bitten Sie Ihre IT oder Ihren Hosting-Anbieter, IPv6 zu api.openai.com zu prüfen.

## Berechtigungen, wie sie der Berechtigungs-Bildschirm von OpenAI nennt (englisch), mit Übersetzung (src/checks/probes.rs)

verdict-permission-key = Schlüssel
verdict-permission-models = Models (Modelle)
verdict-permission-model-capabilities = Model capabilities (Modellfunktionen)
verdict-permission-quota = Kontingent und Modellzugang
verdict-permission-responses = Responses (Antworten)
verdict-permission-assistants = Assistants (Assistenten)
verdict-permission-threads = Threads (Unterhaltungen)
verdict-permission-files = Files (Dateien)
verdict-permission-fine-tuning = Fine-tuning (Feinabstimmung)
verdict-permission-batches = Batches (Stapelverarbeitung)
verdict-permission-vector-stores = Vector stores (Vektorspeicher)
verdict-permission-evals = Evals (Auswertungen)
verdict-permission-usage = Usage (Nutzung)
verdict-permission-organization = Organisationsverwaltung
verdict-level-valid = Gültig
verdict-level-read = Read (Lesen)
verdict-level-write = Write (Schreiben)
verdict-level-request = Request (Anfragen)

## Fehlende Berechtigungen im Satz: „Schreibzugriff auf Files (Dateien) und Lesezugriff auf Evals (Auswertungen)“ (src/checks/verdict.rs)

verdict-scope-level-read = Lesezugriff
verdict-scope-level-write = Schreibzugriff
verdict-scope-level-request = Request-Zugriff
verdict-scope-with-levels = { $levels } auf { $permission }
verdict-list-comma = { $first }, { $next }
verdict-list-and = { $first } und { $last }
verdict-scopes-more = { $count ->
    [one] eine weitere Berechtigung
   *[other] { $count } weitere Berechtigungen
  }
verdict-scopes-unnamed = { $count ->
    [one] eine Berechtigung, die Key Doctor nicht mit Namen kennt
   *[other] { $count } Berechtigungen, die Key Doctor nicht mit Namen kennt
  }

## Statusspalte und Hinweise der Berechtigungstabelle (src/checks/report.rs)

verdict-status-granted = Erteilt
verdict-status-missing = Fehlt
verdict-status-unknown = Unbekannt
verdict-status-error = Prüfung nicht möglich

## Was die Prüfung neben dem Befund gefunden hat (src/checks/report.rs)

verdict-tier = Nutzungsstufe { $tier } (aus den Ratenlimits erschlossen)
verdict-tier-free = Kostenlose Nutzungsstufe (aus den Ratenlimits erschlossen)
verdict-organization = { $name } ({ $id })
verdict-organization-with-role = { $name } ({ $id }), Ihre Rolle: { $role }
verdict-organization-untitled = ohne Namen

## „Bericht kopieren“: Klartext für alle, die helfen; der Schlüssel steht nie darin (src/checks/report.rs)

verdict-report-title = Bericht von Key Doctor ({ $checked_at })
verdict-report-key = Schlüssel: { $kind } { $redacted } (aus { $source })
verdict-report-verdict = Befund: { $title } [{ $code }]
verdict-report-fix = Lösung: { $url }
verdict-report-note = Hinweis: { $note }
verdict-report-openai-code = OpenAI-Code: { $sub_code }
verdict-report-missing-scopes = Fehlende Berechtigungen (Scopes): { $scopes }
verdict-report-openai-said = OpenAI meldete: { $message }
verdict-report-permissions = Berechtigungen:
verdict-report-permission = { $permission } — { $level }: { $status }
verdict-report-permission-with-status = { $permission } — { $level }: { $status } (HTTP { $http_status })
verdict-report-organization = Organisation: { $organization }
verdict-report-rate-limits = Ratenlimits: { $requests } Anfragen/Min., { $tokens } Tokens/Min.
verdict-report-rate-limits-with-tier = Ratenlimits: { $requests } Anfragen/Min., { $tokens } Tokens/Min. ({ $tier })
verdict-report-request-ids = Anfrage-IDs: { $ids }
verdict-report-checked-in = Geprüft in { $milliseconds } ms.

## Was eine Antwort war, die nicht von OpenAI kam, im Satz eines Befunds (src/checks/runner.rs)

verdict-answer-redirect = der Server antwortete mit HTTP { $status } und verwies Key Doctor an eine andere Adresse; dem wird nicht gefolgt, damit der Schlüssel nicht anderswohin gesendet wird
verdict-answer-empty = der Server antwortete mit HTTP { $status } ohne Inhalt
verdict-answer-not-json = HTTP { $status } mit einem Inhalt, der kein JSON von OpenAI ist
verdict-answer-text = HTTP { $status }: { $text }
verdict-check-stopped = die Prüfung wurde abgebrochen

## Schritte unter einem Befund, für die Seite, die seine Schaltfläche öffnet (src/checks/fix_steps.rs)
## Namen von Schaltflächen und Feldern in Anführungszeichen sind die von OpenAI (englisch), mit Übersetzung.

verdict-step-sign-in = Melden Sie sich bei platform.openai.com an, falls Sie danach gefragt werden.
verdict-step-key-by-name = den Schlüssel, den Sie „{ $name }“ nennen
verdict-step-key-by-last-four = den Schlüssel, der auf { $last_four } endet (in Key Doctor heißt er „{ $name }“)
verdict-step-look-for-key = Suchen Sie in der Liste { $key }. Steht er nicht darin, wurde er gelöscht.
verdict-step-create-key = Klicken Sie auf „Create new secret key“ (Neuen geheimen Schlüssel erstellen), geben Sie ihm einen Namen, wählen Sie das Projekt und erstellen Sie ihn.
verdict-step-copy-new-key = Kopieren Sie den neuen Schlüssel (OpenAI zeigt ihn nur ein einziges Mal). Fügen Sie ihn hier mit „Schlüssel hinzufügen“ hinzu und tragen Sie ihn dann in Ihrer App oder Ihrem Plugin an Stelle des alten ein.
verdict-step-find-key = Suchen Sie in der Liste { $key }.
verdict-step-edit-key = Klicken Sie in seiner Zeile auf den Stift („Edit“, Bearbeiten).
verdict-step-allow-permissions = Wählen Sie unter „Permissions“ (Berechtigungen) „All“ (Alle), oder behalten Sie „Restricted“ (Eingeschränkt) bei und erlauben Sie { $permissions }.
verdict-step-what-app-needs = das, was Ihre App braucht
verdict-step-save-key = Klicken Sie auf „Save“ (Speichern). Der Schlüssel bleibt derselbe: In Ihrer App ändert sich nichts.
verdict-step-create-admin-key = Klicken Sie auf „Create new admin key“ (Neuen Admin-Schlüssel erstellen) und geben Sie ihm einen Namen.
verdict-step-copy-admin-key = Kopieren Sie den neuen Schlüssel (OpenAI zeigt ihn nur ein einziges Mal) und fügen Sie ihn in Key Doctor mit „Schlüssel hinzufügen“ hinzu.
verdict-step-add-credit = Klicken Sie auf „Add to credit balance“ (Guthaben aufladen), oder hinterlegen Sie eine Zahlungsmethode, falls noch keine da ist.
verdict-step-pay = Wählen Sie einen Betrag und bestätigen Sie die Zahlung.
verdict-step-credit-arrives = Wenige Minuten nach Eingang des Guthabens funktionieren Anfragen wieder.
verdict-step-organization-budget = Suchen Sie das Monatsbudget der Organisation (ihr Ausgabenlimit).
verdict-step-raise-organization-budget = Setzen Sie es höher als Ihre Ausgaben und speichern Sie.
verdict-step-allow-model = Suchen Sie die Liste der Modelle, die dieses Projekt verwenden darf, und erlauben Sie { $model }.
verdict-step-your-model = das Modell, das Ihre App verwendet
verdict-step-save-limits = Speichern Sie. Der Schlüssel bleibt derselbe: In Ihrer App ändert sich nichts.
verdict-step-project-budget = Suchen Sie das Budget des Projekts (sein Ausgabenlimit).
verdict-step-raise-project-budget = Setzen Sie es höher als die Ausgaben des Projekts und speichern Sie.
verdict-step-verify = Klicken Sie auf „Verify Organization“ (Organisation verifizieren) und folgen Sie den Schritten (ein Ausweisdokument wird verlangt).
verdict-step-verification-takes-time = Die Verifizierung kann eine Weile dauern; sobald sie abgeschlossen ist, funktioniert das Modell.
verdict-step-read-organization-id = Lesen Sie auf der Seite die „Organization ID“ (Organisations-ID) ab.
verdict-step-use-organization-id = Wo Ihre App oder Ihr Plugin nach einer Organisation fragt, tragen Sie diese ID ein oder lassen Sie das Feld leer.
verdict-step-allowlist-add = Fügen Sie die Adresse des Computers oder Servers, auf dem Ihre App läuft, zur Freigabeliste hinzu (der Anbieter des Servers kann Ihnen die Adresse nennen).
verdict-step-allowlist-save = Speichern Sie.

## Codes, die andere Anbieter hinzugefügt haben (ihre Sätze stehen in providers.ftl).
verdict-title-retired-key-kind = Alte Schlüsselart
verdict-title-login-token = Kein API-Schlüssel
verdict-title-endpoint-required = Endpunkt nötig
verdict-title-api-not-enabled = API nicht eingeschaltet
verdict-retired-key-kind = Dieser Schlüssel ist von einer Art, die sein Anbieter nicht mehr akzeptiert. Erstellen Sie einen neuen Schlüssel und tragen Sie ihn in Ihrer App ein.
verdict-login-token = Das ist ein Anmelde-Token, kein API-Schlüssel. Erstellen Sie einen API-Schlüssel und tragen Sie ihn in Ihrer App ein.
verdict-endpoint-required = Dieser Schlüssel lässt sich nur zusammen mit der Adresse seiner Ressource (dem Endpunkt) prüfen.
verdict-api-not-enabled = Die API des Anbieters ist für das Projekt dieses Schlüssels nicht eingeschaltet.
