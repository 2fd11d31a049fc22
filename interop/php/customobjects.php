<?php
// PHP's SoapClient against the emulator tool for the three custom object operations, the way
// Marketo's PHP samples call them: the WSDL from ?WSDL, a SoapHeader signed with hash_hmac,
// stdClass parameters with the schema's element names. Seeds a custom object through the admin
// API, then checks the store through it.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… php customobjects.php
require __DIR__ . '/interop-lib.php';

function roadShow($rid, $city) {
    $record = new stdClass();
    $record->customObjKeyList = [attribute('MKTOID', '1090177'), attribute('rid', $rid)];
    $record->customObjAttributeList = [attribute('city', $city)];
    return $record;
}

admin('POST', 'reset');
admin('POST', 'seed', json_encode(['customObjectTypes' => [['name' => 'RoadShow', 'fields' => [
    ['name' => 'MKTOID', 'dataType' => 'integer', 'isKey' => true], ['name' => 'rid', 'isKey' => true], ['name' => 'city']]]]]));

$soapClient = new SoapClient($endPoint . "?WSDL", ["connection_timeout" => 15, "location" => $endPoint, "trace" => 1]);

$sync = new stdClass();
$sync->objTypeName = 'RoadShow';
$sync->customObjList = [roadShow('rid1', 'San Mateo'), roadShow('rid2', 'Portland')];
$sync->operation = 'UPSERT';
$answer = $soapClient->__soapCall('syncCustomObjects', ['paramsSyncCustomObjects' => $sync], null, authHeader());
$statuses = $answer->result->syncCustomObjStatusList->syncCustomObjStatus;
if (array_map(fn($s) => $s->status, $statuses) !== ['CREATED', 'CREATED']) { fail('syncCustomObjects answered ' . json_encode($answer)); }

$get = new stdClass();
$get->objTypeName = 'roadshow';
$get->customObjKeyList = [attribute('MKTOID', '1090177')];
$get->includeAttributes = [];
$answer = $soapClient->__soapCall('getCustomObjects', ['paramsGetCustomObjects' => $get], null, authHeader());
if ($answer->result->returnCount !== 2 || $answer->result->remainingCount !== 0) { fail('getCustomObjects answered ' . json_encode($answer)); }

$delete = new stdClass();
$delete->objTypeName = 'RoadShow';
$delete->customObjKeyLists = [[attribute('MKTOID', '1090177'), attribute('rid', 'rid1')]];
$answer = $soapClient->__soapCall('deleteCustomObjects', ['paramsDeleteCustomObjects' => $delete], null, authHeader());
if ($answer->result->deleteCustomObjStatusList->syncCustomObjStatus->status !== 'DELETED') { fail('deleteCustomObjects answered ' . json_encode($answer)); }

$stored = admin('GET', 'store/customObjects');
if (count($stored) !== 1 || $stored[0]['keys']['rid'] !== 'rid2' || $stored[0]['attributes']['city'] !== 'Portland') {
    fail('the store holds ' . json_encode($stored));
}
echo "ok: PHP SoapClient synced, read and deleted custom objects\n";
