<?php
// PHP's SoapClient against the emulator tool for the import and metadata operations, in the same
// recipe as sync.php (the WSDL from ?WSDL, a SoapHeader signed with hash_hmac, stdClass
// parameters): an import followed to its end on the tool's real clock, then channels and tags.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… php imports.php
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
    fwrite(STDERR, "FAILED (php imports): $message\n");
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

admin('POST', 'reset');
admin('POST', 'seed', json_encode([
    'staticLists' => [['name' => 'Spring Webinar.Registrants']],
    'tagTypes' => ['Region' => ['AMER', 'EMEA']],
    'channels' => [['name' => 'Webinar', 'statuses' => [
        ['name' => 'Registered', 'step' => 40, 'attributes' => ['Webinar Behavior' => 'Registered']],
        ['name' => 'Attended', 'step' => 70, 'success' => true],
    ]]],
]));

$options = array("connection_timeout" => 15, "location" => $endPoint, "trace" => 1);
$soapClient = new SoapClient($endPoint . "?WSDL", $options);

// importToList, as the docs' PHP sample builds it, without a campaign (sent as xsi:nil).
$params = new stdClass();
$params->programName = "Spring Webinar";
$params->importFileHeader = "Email Address,First Name";
$params->importFileRows = array("stringItem" => array("php.one@example.com,One", "php.two@example.com,Two"));
$params->importListMode = "UPSERTLEADS";
$params->listName = "Registrants";
$params->clearList = false;
$params->campaignName = null;
$result = $soapClient->__soapCall('importToList', array($params), $options, authHeader());
if ($result->result->importStatus !== 'PROCESSING') { fail("importToList answered " . $soapClient->__getLastResponse()); }

// getImportToListStatus until the import ends: queued 5 s, then 100 ms a row on the tool's clock.
$status = new stdClass();
$status->programName = "Spring Webinar";
$status->listName = "Registrants";
for ($i = 0; $i < 40; $i++) {
    $result = $soapClient->__soapCall('getImportToListStatus', array($status), $options, authHeader());
    if ($result->result->status !== 'PROCESSING') { break; }
    usleep(250000);
}
if ($result->result->status !== 'COMPLETE' || $result->result->rowsImported !== 2) {
    fail("getImportToListStatus answered " . $soapClient->__getLastResponse());
}
$lists = admin('GET', 'store')['staticLists'];
if (count($lists[0]['leadIds']) !== 2) { fail("the list holds " . json_encode($lists)); }
echo "ok (php): importToList followed to COMPLETE with getImportToListStatus; the list holds both leads\n";

// getChannels for one channel, getTags for all.
$tag = new stdClass();
$tag->values = array("stringItem" => array("Webinar"));
$channels = new stdClass();
$channels->tag = $tag;
$result = $soapClient->__soapCall('getChannels', array($channels), $options, authHeader());
$tagStatus = $result->result->tags->tagStatus;
if ($tagStatus->tagValue !== 'Webinar' || count($tagStatus->statusList->progressionStatusItem) !== 2) {
    fail("getChannels answered " . $soapClient->__getLastResponse());
}
$result = $soapClient->__soapCall('getTags', array(new stdClass()), $options, authHeader());
$tags = $result->result->tagList->tag;
if ($tags->type !== 'Region' || $tags->values->stringItem !== array('AMER', 'EMEA')) {
    fail("getTags answered " . $soapClient->__getLastResponse());
}
echo "ok (php): getChannels and getTags\n";
