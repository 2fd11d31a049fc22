<?php
// Conformance of the emulator tool's answers with Marketo's recorded XML in ../shared/recordings
// (read there, never copied). Each file under conformance/ covers one area: for each recorded
// exchange of an operation the emulator serves, it seeds the store with what the recorded answer
// shows existed, sends the recorded request re-signed with the tool's credentials, and compares
// the answer with the recorded one (see conformance-lib.php). Then a wrong signature's fault is
// compared with the recorded 20014 fault.
// Usage: EMULATOR_URL=… EMULATOR_USER=… EMULATOR_KEY=… php emulator-conformance.php RECORDINGS_DIR
require __DIR__ . '/conformance-lib.php';

$areas = glob(__DIR__ . '/conformance/*.php');
sort($areas);
foreach ($areas as $area) { require $area; }

// The 20014 fault: same shape; the message's wording is the emulator's own.
$request = load(file_get_contents("$dir/adobedocs-syncmultipleleads-request.xml"));
$recorded = load(file_get_contents("$dir/adobedocs-authentication-signature-fault.xml"));
[$status, $answer] = http('POST', "$base/soap/mktows/2_3", resign($request, false),
    ['Content-Type: text/xml; charset=utf-8', 'SOAPAction: "http://www.marketo.com/mktows/syncMultipleLeads"']);
compare('fault 20014 (docs)', $recorded, $status, $answer, 500, ['/{}message = ']);

exit($failures > 0 ? 1 : 0);
