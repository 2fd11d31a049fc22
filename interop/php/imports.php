<?php
// PHP's SoapClient against the emulator tool for the import and metadata operations, in the same
// recipe as sync.php (the WSDL from ?WSDL, a SoapHeader signed with hash_hmac, stdClass
// parameters): an import followed to its end on the tool's real clock, then channels and tags.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… php imports.php
require __DIR__ . '/interop-lib.php';

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
