## Seite „Fehler erklären“ (src/gui/views/explain.rs, src/gui/explain.rs)

explain-title = Fehler erklären
explain-paste-title = Fehlermeldung einfügen
explain-paste-explained = Fügen Sie die Meldung ein, die Ihr Plugin, Ihr Skript oder Ihre App angezeigt hat, zum Beispiel „You have insufficient permissions for this operation. Missing scopes: model.request“. Nichts davon wird irgendwohin gesendet.
# Steht im leeren Feld.
explain-paste-hint = Fehlermeldung hier einfügen
# Die Schaltfläche, die den eingefügten Text erklärt.
explain-explain = Erklären
explain-clear = Leeren
explain-nothing-pasted = Noch ist nichts eingefügt. Kopieren Sie die Fehlermeldung, die Ihr Plugin, Ihre Website oder Ihre App angezeigt hat, fügen Sie sie oben ein und klicken Sie auf „Erklären“.
# Eine Schaltfläche, die das Kopierte in das Feld einfügt.
explain-paste-from-clipboard = Kopierten Text einfügen
explain-check-keys-instead = Stattdessen Ihre Schlüssel prüfen
explain-check-named-key = „{ $name }“ jetzt prüfen
explain-add-this-key = Diesen Schlüssel zu Key Doctor hinzufügen
explain-add-new-key = Neuen Schlüssel hinzufügen
explain-copy-host-message = Nachricht für Ihren Hosting-Anbieter kopieren
explain-check-your-keys = Ihre Schlüssel prüfen
# Technische Details, für Entwickler oder den Hosting-Anbieter.
explain-detail-verdict-code = Befund-Code: { $code }
explain-detail-http-status = HTTP-Status: { $status }
explain-detail-cause = Ursache: { $cause }
explain-detail-openai-code = OpenAI-Code: { $code }
explain-detail-missing-scopes = Fehlende Berechtigungen (Scopes): { $scopes }
# Eine Nachricht an den Hosting-Anbieter (wird in die Zwischenablage kopiert).
# $error: der Fehler, den die Website gezeigt hat; $meaning: was er bedeutet, in einem Satz.
explain-host-message =
    Guten Tag,

    meine Website kann die OpenAI API (api.openai.com) nicht erreichen. Sie zeigt diesen Fehler:

    { $error }

    Was das bedeutet: { $meaning }

    Vielen Dank!
