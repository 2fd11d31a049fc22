<?php
// What every conformance file under conformance/ uses: loading recorded XML (read in place under
// ../shared/recordings, never copied), the admin API, re-signing a recorded request with the tool's
// credentials, and comparing answers semantically: element names, namespaces and order, values
// (ids only as numbers: the emulator assigns its own), xsi:nil, and whether xmlns:xsi is declared.
$base = getenv('EMULATOR_URL');
$user = getenv('EMULATOR_USER');
$key = getenv('EMULATOR_KEY');
$dir = $argv[1];
$soap = 'http://schemas.xmlsoap.org/soap/envelope/';
$mktows = 'http://www.marketo.com/mktows/';
$xsi = 'http://www.w3.org/2001/XMLSchema-instance';
$failures = 0;

function load($xml) {
    // The docs conversion wrapped namespace URIs in autolink brackets: "<http://...>".
    $xml = preg_replace('/xmlns:([\w.-]+)="<([^">]*)>?"/', 'xmlns:$1="$2"', $xml);
    $doc = new DOMDocument();
    $doc->preserveWhiteSpace = false;
    if (!@$doc->loadXML($xml)) { return null; }
    return $doc;
}

function http($method, $url, $body, $headers) {
    $context = stream_context_create(['http' => ['method' => $method, 'content' => $body, 'ignore_errors' => true, 'header' => implode("\r\n", $headers)]]);
    $answer = file_get_contents($url, false, $context);
    preg_match('/ (\d{3}) /', $http_response_header[0], $m);
    return [(int)$m[1], $answer];
}

function admin($method, $path, $body = '') {
    global $base;
    [$status, $answer] = http($method, "$base/_emulator/$path", $body, ['Content-Type: application/json']);
    if ($status !== 200) { fwrite(STDERR, "admin $method $path: $status $answer\n"); exit(1); }
}

/** The recorded request with the tool's credentials and a fresh signature. */
function resign(DOMDocument $request, $signatureOk = true) {
    global $user, $key, $mktows;
    $timestamp = gmdate('Y-m-d\TH:i:s') . '+00:00';
    foreach ($request->getElementsByTagNameNS($mktows, 'AuthenticationHeader') as $header) {
        foreach ($header->childNodes as $child) {
            if ($child->localName === 'mktowsUserId') { $child->nodeValue = $user; }
            if ($child->localName === 'requestTimestamp') { $child->nodeValue = $timestamp; }
            if ($child->localName === 'requestSignature') {
                $child->nodeValue = $signatureOk ? hash_hmac('sha1', $timestamp . $user, $key) : str_repeat('0', 40);
            }
        }
    }
    return $request->saveXML();
}

/** An element as comparable lines: path, namespace, then a value, an id placeholder or xsi:nil. */
function shape(DOMElement $e, $path = '') {
    global $xsi;
    $path .= '/{' . $e->namespaceURI . '}' . $e->localName;
    $lines = [];
    $children = [];
    foreach ($e->childNodes as $child) { if ($child instanceof DOMElement) { $children[] = $child; } }
    if ($e->hasAttributeNS($xsi, 'nil')) {
        $lines[] = "$path = xsi:nil";
    } elseif (!$children) {
        $value = trim($e->textContent);
        $lines[] = in_array($e->localName, ['id', 'leadId'], true) && ctype_digit($value) ? "$path = <number>" : "$path = $value";
    }
    foreach ($children as $child) { $lines = array_merge($lines, shape($child, $path)); }
    return $lines;
}

function declaresXsi(DOMDocument $doc) {
    global $xsi;
    return $doc->documentElement->lookupPrefix($xsi) !== null;
}

function compare($name, DOMDocument $recorded, $status, $answer, $expectedStatus, $ignore = []) {
    global $failures;
    $ours = load($answer);
    $problems = [];
    if ($status !== $expectedStatus) { $problems[] = "HTTP $status, recorded $expectedStatus"; }
    if ($ours === null) {
        $problems[] = "the answer is not XML: $answer";
    } else {
        $filter = fn($lines) => array_values(array_filter($lines, fn($l) => !array_filter($ignore, fn($i) => str_contains($l, $i))));
        $want = $filter(shape($recorded->documentElement));
        $got = $filter(shape($ours->documentElement));
        foreach (array_diff($want, $got) as $line) { $problems[] = "missing: $line"; }
        foreach (array_diff($got, $want) as $line) { $problems[] = "extra:   $line"; }
        if (!$problems && $want !== $got) { $problems[] = "same elements in another order"; }
        if (declaresXsi($recorded) !== declaresXsi($ours)) { $problems[] = 'xmlns:xsi declared ' . (declaresXsi($ours) ? 'but not in the recording' : 'in the recording only'); }
    }
    if ($problems) {
        $failures++;
        print "FAILED: $name\n  " . implode("\n  ", $problems) . "\n";
    } else {
        print "ok: $name\n";
    }
}

function exchange($requestFile, $responseFile, $name, $ignore = []) {
    global $dir, $base;
    $request = load(file_get_contents("$dir/$requestFile"));
    $recorded = load(file_get_contents("$dir/$responseFile"));
    $operation = $request->getElementsByTagNameNS('http://www.marketo.com/mktows/', '*');
    $action = '';
    foreach ($operation as $element) {
        if (str_starts_with($element->localName, 'params')) { $action = lcfirst(substr($element->localName, 6)); }
    }
    [$status, $answer] = http('POST', "$base/soap/mktows/2_3", resign($request),
        ['Content-Type: text/xml; charset=utf-8', "SOAPAction: \"http://www.marketo.com/mktows/$action\""]);
    compare($name, $recorded, $status, $answer, 200, $ignore);
}

/** Values of the elements named $name under $doc, in document order. */
function values(DOMDocument $doc, $name) {
    return array_map(fn($e) => trim($e->textContent), iterator_to_array($doc->getElementsByTagName($name)));
}
