<?php
// What the PHP SoapClient interop scripts share: the tool's address and credentials from the
// environment, the admin API, failing with a message, and the signed AuthenticationHeader the way
// Marketo's PHP samples build it; and the Attribute pairs of leads and custom objects.
$base = getenv('EMULATOR_URL');
$userId = getenv('EMULATOR_USER');
$secretKey = getenv('EMULATOR_KEY');
$nameSpace = "http://www.marketo.com/mktows/";
$endPoint = "$base/soap/mktows/2_3";

function admin($method, $path, $body = null) {
    global $base;
    $context = stream_context_create(['http' => [
        'method' => $method, 'content' => $body ?? '', 'ignore_errors' => true,
        'header' => "Content-Type: application/json\r\n"]]);
    $answer = file_get_contents("$base/_emulator/$path", false, $context);
    if (!preg_match('/ 200 /', $http_response_header[0])) {
        fail("admin $method $path answered {$http_response_header[0]}: $answer");
    }
    return json_decode($answer, true);
}

function fail($message) {
    fwrite(STDERR, "FAILED (php, " . basename($_SERVER['SCRIPT_NAME']) . "): $message\n");
    exit(1);
}

function authHeader() {
    global $userId, $secretKey, $nameSpace;
    $dtObj = new DateTime('now', new DateTimeZone("America/Los_Angeles"));
    $timeStamp = $dtObj->format(DATE_W3C);
    $attrs = new stdClass();
    $attrs->mktowsUserId = $userId;
    $attrs->requestSignature = hash_hmac('sha1', $timeStamp . $userId, $secretKey);
    $attrs->requestTimestamp = $timeStamp;
    return new SoapHeader($nameSpace, 'AuthenticationHeader', $attrs);
}

/** An Attribute (attrName, attrValue): a lead's field, or a custom object's key or value field. */
function attribute($name, $value) {
    $attribute = new stdClass();
    $attribute->attrName = $name;
    $attribute->attrValue = $value;
    return $attribute;
}
