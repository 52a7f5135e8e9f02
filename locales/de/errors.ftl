## Fehler und Wörter der Schichten unter den Bildschirmen: die Schlüsselliste und der Schlüsselbund
## (src/vault), .env-Importe (src/import), Dateien (src/files.rs), die Verbindung zu OpenAI
## (src/openai) und Dateidialoge (src/dialogs.rs). App und Befehlszeile zeigen sie beide. Die
## eigenen Wörter einer Bibliothek (ein Systemfehler, eine TLS-Meldung) stehen nie in diesen Sätzen,
## sondern getrennt unter „Technische Details“. Teilsätze (ohne Schlusspunkt) beenden den Satz einer
## anderen Meldung. Folgen sie dort auf einen Doppelpunkt und sind ganze Sätze, beginnen sie groß;
## stehen sie in Klammern, beginnen sie klein.

## Dateien (src/files.rs)

# Was ein gewählter Pfad ist, wenn er keine Datei ist: „{ $file } ist { $what }, keine Datei“.
error-not-a-file-folder = ein Ordner
error-not-a-file-special = ein Gerät, eine Pipe oder ein Socket
# Warum eine Datei nicht gelesen oder geschrieben werden konnte; steht nach einem Doppelpunkt:
# „Ihre Schlüsselliste ließ sich nicht unter /home/ich/keys.json speichern: Der Datenträger ist voll.“
error-io-not-found = Die Datei ist nicht vorhanden (vielleicht wurde sie verschoben, umbenannt oder gelöscht)
error-io-permission-denied = Ihr Benutzerkonto hat keine Berechtigung dafür
error-io-read-only = Der Datenträger oder Ordner ist schreibgeschützt
error-io-disk-full = Der Datenträger ist voll
error-io-is-a-folder = Das ist ein Ordner, keine Datei
error-io-not-a-folder = Ein Teil des Pfads ist eine Datei, kein Ordner
error-io-other = Das System hat den Zugriff verweigert

## Der Schlüsselbund (src/vault/store.rs)

# Teilsätze, in Klammern am Ende eines Satzes (daher klein).
error-store-not-found = unter diesem Eintrag ist kein Schlüssel gespeichert
error-store-locked = der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert
error-store-unavailable = auf diesem System ist kein Schlüsselbund verfügbar
error-store-failed = der Schlüsselbund hat ein Problem gemeldet
# Ganze Sätze: was passiert ist und was zu tun ist.
error-store-not-found-sentence = Ihr Schlüsselbund enthält diesen Schlüssel nicht mehr. Fügen Sie ihn erneut hinzu oder löschen Sie diesen Eintrag.
error-store-locked-sentence = Ihr Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (melden Sie sich an Ihrem Desktop an oder öffnen Sie Ihre Schlüsselbund-App) und versuchen Sie es erneut.
error-store-unavailable-sentence = Auf diesem Computer ist kein Schlüsselbund verfügbar, daher lassen sich Schlüssel nicht sicher speichern. Sie können sie nur für diese Sitzung behalten.
error-store-failed-sentence = Der Schlüsselbund hat ein Problem gemeldet. Versuchen Sie es gleich noch einmal.

## Arten von Schlüsseln (src/vault/kind.rs), wie Schlüsselliste und Befehlszeile sie zeigen

error-key-kind-project = Projektschlüssel
error-key-kind-service-account = Dienstkonto-Schlüssel
error-key-kind-admin = Admin-Schlüssel
error-key-kind-user-without-project = Benutzerschlüssel (ohne Projekt)
error-key-kind-legacy-user = Alter Benutzerschlüssel
error-key-kind-anthropic-api = Anthropic-API-Schlüssel
error-key-kind-anthropic-admin = Anthropic-Admin-Schlüssel
error-key-kind-claude-login-token = Claude-Anmelde-Token
error-key-kind-gemini-auth = Gemini-API-Schlüssel
error-key-kind-gemini-standard = Gemini-Schlüssel (ältere Art)
error-key-kind-openrouter = OpenRouter-Schlüssel
error-key-kind-groq = Groq-Schlüssel
error-key-kind-mistral = Mistral-Schlüssel
error-key-kind-azure-openai = Azure-OpenAI-Schlüssel
error-key-kind-xai = xAI-Schlüssel
error-key-kind-deepseek = DeepSeek-Schlüssel
error-key-kind-unknown = Kein OpenAI-Schlüssel
# Der Name eines Schlüssels, wenn keiner eingegeben wurde: „Projektschlüssel sk-proj-…6789“.
error-key-default-name = { $kind } { $redacted }

## Ein eingefügter Schlüssel (src/vault/input.rs)

error-key-empty = Es ist noch kein Schlüssel da: Fügen Sie zuerst den Schlüssel ein.
# $what: das Zeichen in Worten (eines der error-character-*, im Nominativ); $position: seine Stelle im Schlüssel (1 ist die erste).
error-key-forbidden-character = Im Schlüssel steht an Position { $position } { $what }, und so etwas enthält ein Schlüssel nie. Kopieren Sie den Schlüssel erneut von der Seite, auf der er erstellt wurde, oder geben Sie ihn ohne dieses Zeichen ein.
error-key-invisible-removed = { $count ->
    [one] Ein unsichtbares Zeichen, das beim Einfügen mitkam, wurde entfernt.
   *[other] { $count } unsichtbare Zeichen, die beim Einfügen mitkamen, wurden entfernt.
}
error-key-quotes-removed = Die Anführungszeichen um den Schlüssel wurden entfernt.
error-character-space = ein Leerzeichen
error-character-tab = ein Tabulator
error-character-line-break = ein Zeilenumbruch
error-character-nul = ein NUL-Zeichen
error-character-control = ein unsichtbares Steuerzeichen ({ $code })
error-character-space-like = ein leerzeichenähnliches Zeichen ({ $code })
error-character-look-alike = das Zeichen „{ $character }“ ({ $code }), das nur wie ein gewöhnlicher Buchstabe oder ein gewöhnliches Zeichen aussieht
error-character-other = das Zeichen „{ $character }“

## Schlüssel speichern (src/vault/mod.rs)

error-vault-no-such-key = Dieser Schlüssel steht nicht mehr in der Liste.
error-vault-already-stored = Dieser Schlüssel ist bereits als „{ $name }“ gespeichert.
error-vault-not-saved-undone = { $problem } Der Schlüssel wurde nicht gespeichert.
error-vault-not-saved-left-in-keychain = { $problem } Der Schlüssel liegt in Ihrem Schlüsselbund unter „Key Doctor: { $name }“, steht aber in keiner Liste; auch das Entfernen ist fehlgeschlagen ({ $store_problem }).

## Die Schlüsselliste (src/vault/catalog.rs)

# Woher ein Schlüssel stammt; steht nach „aus“: „aus OPENAI_API_KEY in /home/ich/app/.env“.
error-source-variable-in-file = { $variable } in { $file }
# Woher ein in die App eingefügter Schlüssel stammt; steht nach „aus“ (Dativ).
error-source-pasted = der Zwischenablage
error-catalog-unreadable = Ihre Schlüsselliste ({ $path }) ließ sich nicht lesen: { $problem }.
error-catalog-not-saved = Ihre Schlüsselliste ließ sich nicht unter { $path } speichern: { $problem }. Die Änderung bleibt erhalten, solange Key Doctor geöffnet ist.
error-catalog-damaged-and-stuck = Die Datei ist beschädigt und ließ sich auch nicht zur Sicherung umbenennen: { $problem }
error-catalog-newer-version = Die Datei stammt von einer neueren Version von Key Doctor
error-catalog-unreadable-now = Die vorhandene Liste ließ sich nicht lesen, daher wird sie nicht überschrieben
error-catalog-encoding = Die Liste ließ sich nicht in das Dateiformat umwandeln
error-catalog-recovered-from-backup = Ihre Schlüsselliste war beschädigt und wurde deshalb aus ihrer Sicherung wiederhergestellt. Die beschädigte Datei wurde als { $path } aufbewahrt.
error-catalog-started-empty = Weder Ihre Schlüsselliste noch ihre Sicherung ließ sich lesen, daher beginnt die Liste leer. Gelöscht wurde nichts: Die beschädigte Datei wurde als { $path } aufbewahrt, und Ihre Schlüssel sind weiterhin im Schlüsselbund.
error-catalog-newer-schema = Ihre Schlüsselliste wurde von einer neueren Version von Key Doctor geschrieben (Format { $version }). Sie wird angezeigt, aber Änderungen werden nicht gespeichert, damit die Daten dieser Version nicht verloren gehen.

## .env-Dateien (src/import/mod.rs)

error-import-unreadable = { $file } ließ sich nicht öffnen: { $problem }.
error-import-too-large = { $file } ist größer als die { $limit } Byte, die eine .env-Datei haben darf. Wählen Sie die .env-Datei selbst.
error-import-not-a-file = { $file } ist { $what }, keine Datei, und kann daher keine .env-Datei sein. Wählen Sie die .env-Datei selbst.
error-import-other-encoding = { $file } ist in der Codierung { $encoding } gespeichert, die .env-Dateien nicht verwenden. Öffnen Sie die Datei in einem Texteditor, speichern Sie sie mit der Codierung „UTF-8“ und öffnen Sie sie dann erneut.
error-import-binary = { $file } ist keine Textdatei (sie enthält Binärdaten) und daher keine .env-Datei.
error-import-not-utf8 = { $file } ist kein UTF-8-Text. Speichern Sie die Datei in Ihrem Editor als UTF-8 und versuchen Sie es erneut.
error-env-repeated = { $name } ist mehrfach gesetzt; wie in einer Shell gilt der letzte Wert.
# $line: wo die Zeile steht (eines der error-env-line-*, im Dativ nach „in“).
error-env-unclosed-quote = Ein Anführungszeichen in { $line } wird nie geschlossen, daher ließen sich diese Zeile und die folgenden nicht lesen.
error-env-not-name-value = In { $line } steht nichts in der Form NAME=Wert, daher wurde sie übersprungen.
error-env-unreadable = Ein Teil des Textes ließ sich nicht lesen.
error-env-not-listed = { $name } steht nicht in der Liste. { $reason }
error-env-not-openai = { $name } enthält weder einen OpenAI-Schlüssel noch den Schlüssel eines anderen Anbieters, den Key Doctor kennt, und steht daher nicht in der Liste.
error-env-other-providers-key = { $name } ist wie der Schlüssel eines anderen Anbieters benannt, enthält aber einen Schlüssel von { $provider }: Er steht als Schlüssel von { $provider } in der Liste.
error-env-fits-several = { $name } enthält einen Schlüssel, der zu mehreren Anbietern passen könnte ({ $providers }): Er steht als Schlüssel des ersten in der Liste; wählen Sie einen anderen, falls das nicht stimmt.
error-env-cleaned = { $name }: { $note }
error-env-git-not-ignored = { $name } liegt im Git-Repository { $repository } und wird von Git nicht ignoriert: Der Schlüssel könnte also mit einem Commit veröffentlicht werden. Tragen Sie { $name } in die Datei .gitignore ein.
error-env-git-repository = { $name } liegt in einem Git-Repository ({ $repository }). Achten Sie darauf, dass .gitignore die Datei aufführt, damit der Schlüssel nie in einen Commit gerät.
# Wo eine Zeile steht, im Dativ nach „in“: „in Zeile 3 (OPENAI_API_KEY)“, „in der Zeile mit …“.
error-env-line-named = Zeile { $number } ({ $name })
error-env-line = Zeile { $number }
error-env-line-of = der Zeile mit { $name }
error-env-line-unknown = einer Zeile

## Die Verbindung zu OpenAI (src/openai/error.rs). Netzwerkfehler stehen nach einem Doppelpunkt
## („Key Doctor konnte OpenAI nicht erreichen: …“) und beginnen als ganze Sätze groß; Antworten,
## die nicht von OpenAI kamen, stehen in Klammern („Die Antwort kam nicht von OpenAI (…)“) und
## beginnen klein.

error-api-dns = Der Server { $host } wurde nicht gefunden (die Namensauflösung ist fehlgeschlagen)
error-api-connection-refused = { $host } hat die Verbindung abgelehnt
error-api-tls = Die sichere Verbindung zu { $host } ist fehlgeschlagen
# Eine Berechtigung, die nicht geprüft wurde, weil eine frühere Anfrage an einem Netzwerkproblem scheiterte.
error-api-not-sent = nicht geprüft: dasselbe Netzwerkproblem
error-api-timeout = { $host } hat nicht innerhalb von { $count ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} geantwortet
error-api-connection-reset = Die Verbindung zu { $host } wurde abgebrochen, bevor die Antwort ankam
error-api-not-json-web-page = eine Webseite statt der Antwort von OpenAI
error-api-not-json-text = reiner Text statt der Antwort von OpenAI
error-api-not-json-broken = eine Antwort, die sich nicht lesen ließ
error-api-not-json-other = etwas anderes als die Antwort von OpenAI
error-api-truncated = die Antwort wurde abgeschnitten, bevor sie vollständig war
error-api-too-large = die Antwort war größer als das Limit von { $limit } Byte
# $message: die Meldung von OpenAI selbst, englisch, wie OpenAI sie sendet.
error-api-openai-said = OpenAI meldete: { $message }
error-api-unexpected-status = der Server hat mit einem Fehler geantwortet, aber ohne eine Meldung von OpenAI
error-api-bad-shape = die Antwort hatte nicht den erwarteten Aufbau
error-api-transport = Ein Netzwerkfehler hat die Anfrage abgebrochen
error-proxy-needs-login = Der Proxy hat nach Benutzername und Passwort gefragt
error-proxy-refused = Der Proxy hat den Weg zu OpenAI nicht freigegeben
error-proxy-unreachable = Der Proxy war nicht erreichbar
error-certificate-untrusted = Das für { $host } gezeigte Zertifikat ist von niemandem signiert, dem dieser Computer vertraut
error-certificate-expired = Das für { $host } gezeigte Zertifikat ist abgelaufen
error-certificate-not-yet-valid = Das für { $host } gezeigte Zertifikat ist noch nicht gültig
error-certificate-wrong-name = Das für { $host } gezeigte Zertifikat wurde für einen anderen Namen ausgestellt
error-certificate-revoked = Das für { $host } gezeigte Zertifikat wurde widerrufen
error-certificate-other = Das für { $host } gezeigte Zertifikat wurde abgelehnt

## Die OpenAI-Adresse (src/openai/client.rs). Teilsätze nach „Die OpenAI-Adresse lässt sich nicht verwenden:“.

error-address-invalid = „{ $url }“ ist keine Webadresse
error-address-scheme = „{ $url }“ beginnt mit { $scheme }://, muss aber mit https:// beginnen
error-address-insecure = „{ $url }“ verwendet kein HTTPS, Ihr Schlüssel würde also ungeschützt übertragen; verwenden Sie die Adresse, die mit https:// beginnt
error-address-has-login = „{ $url }“ enthält vor dem @ einen Benutzernamen oder ein Passwort; Key Doctor sendet Ihren Schlüssel selbst, entfernen Sie also diesen Teil

## Dateidialoge (src/dialogs.rs): der Name des Dateityps, den ein Dialog anbietet

error-dialog-filter-csv = CSV-Tabelle
error-dialog-filter-json = JSON-Datei
