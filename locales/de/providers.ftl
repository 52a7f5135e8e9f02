## Andere Anbieter als OpenAI: ihre Befunde, Schaltflächen, Fakten und was eine kostenlose Prüfung feststellen kann.
## $provider ist der Name des Anbieters selbst (Anthropic, Google Gemini, OpenRouter, Groq, Mistral,
## Azure OpenAI, xAI, DeepSeek); $cause ist, was unterwegs schiefging, in Key Doctors Worten.

# Befunde, die alle Anbieter gemeinsam haben.
provider-invalid-key = { $provider } akzeptiert diesen Schlüssel nicht: Er ist falsch eingegeben, wurde gelöscht oder war nie aktiv. Erstellen Sie auf der Schlüsselseite von { $provider } einen neuen Schlüssel und tragen Sie ihn in Ihrer App ein.
provider-no-credit = { $provider } meldet, dass das Konto dieses Schlüssels kein Guthaben mehr hat. Laden Sie auf der Abrechnungsseite von { $provider } Guthaben auf.
provider-forbidden = { $provider } hat diesen Schlüssel akzeptiert, aber die Anfrage abgelehnt: Der Schlüssel oder sein Konto darf das vielleicht nicht.
provider-rate-limited = { $provider } begrenzt gerade, wie viele Anfragen dieser Schlüssel stellen darf.
provider-server-error = Bei { $provider } ist beim Antworten ein Problem aufgetreten. Das liegt nicht an Ihrem Schlüssel; versuchen Sie es in ein paar Minuten erneut.
provider-overloaded = { $provider } ist gerade überlastet. Das liegt nicht an Ihrem Schlüssel; versuchen Sie es in ein paar Minuten erneut.
provider-network-error = Key Doctor konnte { $provider } nicht erreichen: { $cause }. Prüfen Sie die Internetverbindung, das VPN oder den Proxy und versuchen Sie es dann erneut.
provider-unexpected = Die Antwort kam nicht wie erwartet von { $provider }, daher ließ sich der Schlüssel nicht prüfen. Vielleicht steht ein Proxy, eine Firewall oder eine falsche Adresse im Weg.
provider-model-not-found = { $provider } kennt das Modell nicht, das Ihre App angefordert hat, oder dieser Schlüssel darf es nicht verwenden. Wählen Sie in den Einstellungen Ihrer App ein anderes Modell.
provider-region = { $provider } ist in dem Land oder der Region, aus der diese Anfrage kam, nicht verfügbar.
provider-endpoint-required = Ein Azure-OpenAI-Schlüssel funktioniert nur mit der Adresse seiner Ressource (ihrem Endpunkt, etwa https://ihr-name.openai.azure.com). Fügen Sie diesem Schlüssel den Endpunkt hinzu und prüfen Sie dann erneut: Beides steht im Azure-Portal auf der Seite „Keys and Endpoint“ (Schlüssel und Endpunkt) der Ressource.
provider-address-unusable = Die für { $provider } eingestellte Adresse lässt sich nicht verwenden (erlaubt sind nur Adressen mit https://, außer für diesen Computer). Korrigieren Sie sie und prüfen Sie dann erneut.
provider-base-url-refused = Die Adresse für { $provider } in { $source } lässt sich nicht verwenden: { $problem }

# Schaltflächen zur Lösung.
provider-fix-keys = Schlüsselseite von { $provider } öffnen
provider-fix-billing = Abrechnungsseite von { $provider } öffnen
provider-fix-limits = Limits-Seite von { $provider } öffnen
provider-fix-countries = Unterstützte Länder ansehen
provider-fix-enable-api = Gemini API einschalten
provider-fix-credentials = Anmeldedaten in Google Cloud öffnen
provider-fix-deployments = Azure AI Foundry öffnen
provider-fix-deprecations = Nachfolgemodelle ansehen
provider-fix-network-help = Netzwerkhilfe von Azure öffnen
provider-fix-quota = Mehr Kontingent bei Azure anfordern

# Fakten, die eine kostenlose Prüfung gelesen hat.
provider-fact-balance = Guthaben: { $amount } { $currency }.
# $reset: wie oft das Limit von vorn beginnt, so wie OpenRouter es meldet (daily, weekly, monthly oder never).
provider-fact-key-limit = Ausgabenlimit dieses Schlüssels: { $remaining } von { $limit } übrig ({ $reset ->
        [daily] beginnt täglich von vorn
        [weekly] beginnt wöchentlich von vorn
        [monthly] beginnt monatlich von vorn
        [never] beginnt nie von vorn
       *[other] beginnt von vorn: { $reset }
    }).
provider-fact-spent = Bisher mit diesem Schlüssel ausgegeben: { $amount }.
provider-fact-expires = Dieser Schlüssel läuft am { $date } ab.

# Anthropic.
provider-anthropic-works = Dieser Anthropic-Schlüssel funktioniert. Ob Sie Guthaben haben, sagt Anthropic erst, wenn eine Anfrage gestellt wird: Meldet Ihre App, dass Ihr Guthaben zu niedrig ist, laden Sie auf der Seite „Billing“ (Abrechnung) Guthaben auf.
provider-anthropic-no-credit = Ihr Guthaben bei Anthropic ist zu niedrig. Laden Sie auf der Seite „Billing“ (Abrechnung) Guthaben auf; haben Sie das schon getan, prüfen Sie, ob dieser Schlüssel zu der Organisation gehört, für die Sie bezahlt haben.
provider-anthropic-org-disabled = Anthropic hat die Organisation deaktiviert, zu der dieser Schlüssel gehört. Funktioniert Ihr Claude-Konto, ist dieser Schlüssel vielleicht ein alter aus einer anderen Organisation: Erstellen Sie in der Konsole von Anthropic einen neuen Schlüssel.
provider-anthropic-login-token = Das ist ein Anmelde-Token eines Claude-Abos, kein API-Schlüssel: Apps und Plugins können es nicht verwenden. Erstellen Sie in der Konsole von Anthropic einen API-Schlüssel (er beginnt mit sk-ant-api03-) und tragen Sie diesen in Ihrer App ein.
provider-anthropic-rate-limited = Anthropic begrenzt gerade die Anfragen dieser Organisation (ihr Ratenlimit pro Minute). Höhere Limits gibt es bei höheren Ausgaben; die Seite „Limits“ zeigt Ihre.
provider-anthropic-can-tell = Ob der Schlüssel akzeptiert wird; ein Admin-Schlüssel wird anhand der Schlüsselliste der Organisation geprüft.
provider-anthropic-cannot-tell = Ob noch Guthaben da ist (Anthropic sagt das erst bei einer Anfrage) und die Ratenlimits.

# Google Gemini.
provider-gemini-works = Dieser Gemini-Schlüssel funktioniert. Google verrät einer kostenlosen Prüfung nicht, ob das Projekt bezahlt oder die kostenlose Stufe nutzt: Meldet Ihre App, dass das Kontingent überschritten ist, richten Sie in AI Studio die Abrechnung für das Projekt ein.
provider-gemini-retired-key = Google akzeptiert für Gemini keine Schlüssel dieser älteren Art mehr (sie beginnen mit AIza). Erstellen Sie in Google AI Studio einen neuen Schlüssel und tragen Sie ihn in Ihrer App ein.
provider-gemini-standard-key = Google hat diesen Schlüssel noch akzeptiert, aber Schlüssel dieser älteren Art (sie beginnen mit AIza) werden für Gemini abgeschafft. Erstellen Sie in Google AI Studio einen neuen Schlüssel und ersetzen Sie diesen, bevor er nicht mehr funktioniert.
provider-gemini-leaked = Google hat diesen Schlüssel blockiert, weil er öffentlich gefunden wurde (zum Beispiel auf einer Website oder in geteiltem Code). Erstellen Sie in Google AI Studio einen neuen Schlüssel und halten Sie ihn geheim.
provider-gemini-expired = Dieser Gemini-Schlüssel ist abgelaufen. Erstellen Sie in Google AI Studio einen neuen Schlüssel und tragen Sie ihn in Ihrer App ein.
provider-gemini-not-enabled = Die Gemini API ist für das Google-Cloud-Projekt dieses Schlüssels nicht eingeschaltet. Schalten Sie sie ein, warten Sie ein paar Minuten und prüfen Sie dann erneut.
provider-gemini-blocked = Dieser Google-Schlüssel ist auf andere Google-Dienste beschränkt, nicht auf Gemini. Erlauben Sie in den Einschränkungen des Schlüssels die Gemini API (Generative Language API), oder erstellen Sie in Google AI Studio einen neuen Schlüssel.
provider-gemini-suspended = Google hat diesen Schlüssel oder sein Projekt gesperrt. Erstellen Sie in Google AI Studio einen neuen Schlüssel; klappt auch das nicht, wenden Sie sich an den Support von Google.
provider-gemini-prepay = Das Prepaid-Guthaben dieses Gemini-Projekts ist aufgebraucht. Laden Sie in AI Studio Guthaben für das Projekt auf.
provider-gemini-no-free-quota = Für dieses Modell gibt es kein kostenloses Kontingent: Das Projekt braucht eine Abrechnung, bevor es das Modell nutzen kann. Richten Sie in AI Studio die Abrechnung für das Projekt ein.
provider-gemini-free-tier = Dieses Projekt nutzt die kostenlose Stufe von Gemini und hat sein Kontingent vorerst aufgebraucht. Warten Sie, oder richten Sie in AI Studio die Abrechnung ein, um höhere Limits zu bekommen.
provider-gemini-can-tell = Ob der Schlüssel akzeptiert wird, von einer Art ist, die Google noch annimmt, und die Gemini API nutzen darf.
provider-gemini-cannot-tell = Kostenlose Stufe oder bezahlt, Prepaid-Guthaben und Ratenlimits (nur eine Fehlermeldung Ihrer App zeigt sie).

# OpenRouter.
provider-openrouter-works = Dieser OpenRouter-Schlüssel funktioniert. Das Guthaben Ihres Kontos sieht nur ein Verwaltungsschlüssel: Meldet Ihre App, dass das Guthaben nicht reicht, laden Sie auf der Seite „Credits“ (Guthaben) auf.
provider-openrouter-key-limit = Dieser Schlüssel hat das für ihn festgelegte Ausgabenlimit erreicht. Erhöhen Sie das Limit des Schlüssels auf der Schlüsselseite von OpenRouter, oder verwenden Sie einen anderen Schlüssel.
provider-openrouter-never-bought = Für dieses OpenRouter-Konto wurde noch nie Guthaben gekauft. Prüfen Sie, ob der Schlüssel zum richtigen Konto gehört, und kaufen Sie dann auf der Seite „Credits“ (Guthaben) Guthaben.
provider-openrouter-no-credit = Dieses OpenRouter-Konto hat nicht genug Guthaben für diese Anfrage. Laden Sie auf der Seite „Credits“ (Guthaben) Guthaben auf.
provider-openrouter-free-daily = Dieses Konto hat seine Anfragen an kostenlose Modelle für heute aufgebraucht. Mit mindestens 10 Credits Guthaben steigt das Tageslimit.
provider-openrouter-fact-free-tier = Für dieses Konto wurde noch nie Guthaben gekauft, daher sind kostenlose Modelle auf 50 Anfragen pro Tag begrenzt.
provider-openrouter-fact-paid = Für dieses Konto wurde schon Guthaben gekauft.
provider-openrouter-can-tell = Ob der Schlüssel akzeptiert wird, das für den Schlüssel festgelegte Ausgabenlimit und was davon übrig ist, und ob für das Konto je Guthaben gekauft wurde.
provider-openrouter-cannot-tell = Das Guthaben des Kontos (nur ein Verwaltungsschlüssel kann es lesen).

# Groq.
provider-groq-works = Dieser Groq-Schlüssel funktioniert. Groq rechnet im Nachhinein ab, daher kann eine kostenlose Prüfung nicht sehen, was Sie ausgeben; die gelesenen Ratenlimits stehen unten.
provider-groq-fact-free-plan = Diese Organisation nutzt den kostenlosen Tarif von Groq.
provider-groq-fact-paid-plan = Diese Organisation nutzt einen bezahlten Tarif von Groq.
provider-groq-restricted = Groq hat diese Organisation eingeschränkt. Wenden Sie sich an den Support von Groq, wenn Sie das für einen Irrtum halten.
provider-groq-blocked = Das Netzwerk vor Groq hat diese Anfrage blockiert (das kann aus manchen Ländern, über VPNs oder von gemeinsam genutzten Servern aus passieren). Versuchen Sie es aus einem anderen Netzwerk, oder fragen Sie Ihren Hosting-Anbieter.
provider-groq-decommissioned = Groq bietet das Modell, das Ihre App angefordert hat, nicht mehr an. Wählen Sie in den Einstellungen Ihrer App ein neueres Modell.
provider-groq-rate-limited = Diese Groq-Organisation hat ihr Ratenlimit erreicht. Warten Sie, oder wechseln Sie auf der Abrechnungsseite zur Stufe „Developer“, um höhere Limits zu bekommen.
provider-groq-can-tell = Ob der Schlüssel akzeptiert wird, kostenloser oder bezahlter Tarif, und die Ratenlimits.
provider-groq-cannot-tell = Was Sie ausgeben (Groq rechnet im Nachhinein ab).

# Mistral.
provider-mistral-works = Dieser Mistral-Schlüssel funktioniert. Die Ausgaben Ihres Tarifs kann eine kostenlose Prüfung nicht sehen: Meldet Ihre App, dass ein Limit erreicht ist, sehen Sie auf der Seite „Billing“ (Abrechnung) nach.
provider-mistral-invalid = Mistral akzeptiert diesen Schlüssel nicht: Er ist falsch eingegeben, wurde gelöscht, oder sein Arbeitsbereich hat noch keinen aktiven Tarif. Wählen Sie in der Konsole von Mistral einen Tarif, oder erstellen Sie einen neuen Schlüssel.
provider-mistral-can-tell = Ob der Schlüssel akzeptiert wird.
provider-mistral-cannot-tell = Der Tarif, die Ausgaben und die Ratenlimits.

# Azure OpenAI.
provider-azure-works = Dieser Azure-OpenAI-Schlüssel funktioniert mit diesem Endpunkt. Ihre Bereitstellungen und deren Kontingent kann eine kostenlose Prüfung nicht sehen: Meldet Ihre App, dass eine Bereitstellung fehlt oder über ihrem Limit ist, öffnen Sie Azure AI Foundry.
provider-azure-invalid = Azure akzeptiert diesen Schlüssel an diesem Endpunkt nicht: Der Schlüssel ist falsch, oder der Endpunkt gehört zu einer anderen Ressource. Kopieren Sie beides erneut von der Seite „Keys and Endpoint“ (Schlüssel und Endpunkt) der Ressource im Azure-Portal.
provider-azure-firewall = Die Netzwerkregeln dieser Azure-Ressource lassen diesen Computer nicht zu. Erlauben Sie dieses Netzwerk in den Einstellungen „Networking“ (Netzwerk) der Ressource, oder fragen Sie die Person, die die Ressource verwaltet.
provider-azure-deployment = Azure hat keine Bereitstellung mit dem Namen, den Ihre App verwendet. Prüfen Sie den Namen der Bereitstellung in Azure AI Foundry (eine neue Bereitstellung kann fünf Minuten brauchen, bis sie erscheint).
provider-azure-daily = Diese Azure-Ressource hat ihr Tageskontingent oder ihr Testguthaben aufgebraucht. Warten Sie bis morgen, oder wechseln Sie zur nutzungsbasierten Bezahlung.
provider-azure-rate-limited = Diese Azure-Bereitstellung ist vorerst über ihrem Ratenlimit. Fordern Sie bei Azure mehr Kontingent an, oder warten Sie eine Minute.
provider-azure-not-found = Azure kennt die Adresse nicht, die Ihre App verwendet: Der Endpunkt oder die API-Version ist falsch. Kopieren Sie den Endpunkt erneut aus dem Azure-Portal.
provider-azure-can-tell = Ob Schlüssel und Endpunkt zusammen funktionieren.
provider-azure-cannot-tell = Bereitstellungen, deren Kontingent und die Abrechnung.

# xAI.
provider-xai-works = Dieser xAI-Schlüssel funktioniert. Ihr Guthaben ist nur mit einem Verwaltungsschlüssel zu sehen: Meldet Ihre App, dass Ihr Team alle verfügbaren Credits verbraucht hat, laden Sie in der Konsole von xAI Guthaben auf oder erhöhen Sie das Ausgabenlimit.
provider-xai-no-credit = Dieses xAI-Team hat sein ganzes Guthaben verbraucht oder sein monatliches Ausgabenlimit erreicht. Laden Sie in der Konsole von xAI Guthaben auf oder erhöhen Sie das Limit.
provider-xai-key-disabled = Dieser xAI-Schlüssel ist deaktiviert oder gesperrt. Schalten Sie ihn in der Konsole von xAI wieder ein, oder erstellen Sie einen neuen Schlüssel.
provider-xai-team-blocked = xAI hat das Team gesperrt, zu dem dieser Schlüssel gehört. Wenden Sie sich über die Konsole an den Support von xAI.
provider-xai-fact-acls = Dieser Schlüssel darf nur Folgendes verwenden: { $acls }.
provider-xai-can-tell = Ob der Schlüssel akzeptiert wird, ob er deaktiviert oder gesperrt ist und welche Modelle er verwenden darf.
provider-xai-cannot-tell = Guthaben und Ausgaben (nur ein Verwaltungsschlüssel kann sie lesen).

# DeepSeek.
provider-deepseek-works = Dieser DeepSeek-Schlüssel funktioniert, und sein Konto hat Guthaben zum Ausgeben.
provider-deepseek-no-balance = Dieses DeepSeek-Konto hat kein Guthaben, das es für API-Aufrufe ausgeben kann. Laden Sie auf der Plattform von DeepSeek Guthaben auf.
provider-deepseek-can-tell = Ob der Schlüssel akzeptiert wird, und das Guthaben des Kontos.
provider-deepseek-cannot-tell = Die Ratenlimits.

# OpenAI (für die Tabelle, was jede kostenlose Prüfung feststellen kann).
provider-openai-can-tell = Ob der Schlüssel akzeptiert wird, jede Berechtigung, Organisation und Projekt, die Ratenlimits und die Nutzungsstufe.
provider-openai-cannot-tell = Das restliche Guthaben (ein Admin-Schlüssel liest, was ausgegeben wurde) und ob die Organisation verifiziert ist.

# Titel eines Befunds (Listen und Abzeichen), wo der eigene Titel des Codes OpenAI nennt.
provider-title-network-error = { $provider } nicht erreichbar
provider-title-server-error = Störung bei { $provider }

# Zeilen von „Bericht kopieren“ für den Schlüssel eines anderen Anbieters.
provider-report-code = Code von { $provider }: { $sub_code }
provider-report-said = { $provider } meldete: { $message }

# OpenRouter-Angaben, nach der Prüfung ergänzt.
provider-fact-key-limit-once = Ausgabenlimit dieses Schlüssels: { $remaining } von { $limit } übrig (es wird nicht zurückgesetzt).
provider-openrouter-fact-management-key = Das ist ein Verwaltungsschlüssel: Er verwaltet Schlüssel und liest das Guthaben des Kontos, aber Apps können damit keine Modelle nutzen.
