<?php
// PHP's SoapClient against the emulator tool, written the way Marketo's syncMObjects and
// syncMultipleLeads PHP samples are: the WSDL from ?WSDL, a SoapHeader signed with hash_hmac,
// stdClass parameters. Seeds through the admin API, then checks the store through it.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… php sync.php
require __DIR__ . '/interop-lib.php';

function attrib($name, $value) {
    $attrib = new stdClass();
    $attrib->name = $name;
    $attrib->value = $value;
    return $attrib;
}

admin('POST', 'reset');
admin('POST', 'seed', file_get_contents(__DIR__ . '/../seed.json'));

$options = array("connection_timeout" => 15, "location" => $endPoint, "trace" => 1);
$soapClient = new SoapClient($endPoint . "?WSDL", $options);

// Program 1970's cost, exactly as the syncMObjects PHP sample builds it.
$mObj = new stdClass();
$mObj->type = 'Program';
$mObj->id = "1970";
$costAttrib = new stdClass();
$costAttrib->attrType = "Cost";
$costAttrib->attrList = array(attrib("Month", "2013-06"), attrib("Amount", "2000"), attrib("Id", "153"));
$mObj->typeAttribList = array($costAttrib);
$params = new stdClass();
$params->mObjectList = array($mObj);
$params->operation = "UPDATE";
try {
    $result = $soapClient->__soapCall('syncMObjects', array($params), $options, authHeader());
} catch (SoapFault $fault) {
    fail("syncMObjects: $fault->faultstring\n" . $soapClient->__getLastRequest());
}
$status = $result->result->mObjStatusList->mObjStatus;
if ($status->status !== 'UPDATED' || (int)$status->id !== 1970) {
    fail("syncMObjects answered " . json_encode($result) . "\n" . $soapClient->__getLastRequest());
}

// Two leads with a custom field, as the syncMultipleLeads PHP sample builds them.
$leads = array();
foreach (array(array("php.one@example.com", "11"), array("php.two@example.com", "12")) as $lead) {
    $leadRec = new stdClass();
    $leadRec->Email = $lead[0];
    $attrList = new stdClass();
    $attrList->attribute = array(attribute("FirstName", "Rasmus"), attribute("Lead_Score__c", $lead[1]));
    $leadRec->leadAttributeList = $attrList;
    $leads[] = $leadRec;
}
$leadRecordList = new stdClass();
$leadRecordList->leadRecord = $leads;
$params = new stdClass();
$params->leadRecordList = $leadRecordList;
$params->dedupEnabled = true;
try {
    $result = $soapClient->__soapCall('syncMultipleLeads', array($params), $options, authHeader());
} catch (SoapFault $fault) {
    fail("syncMultipleLeads: $fault->faultstring\n" . $soapClient->__getLastRequest());
}
foreach ($result->result->syncStatusList->syncStatus as $status) {
    if ($status->status !== 'CREATED') {
        fail("syncMultipleLeads answered " . json_encode($result));
    }
}

// Read back through the admin API.
$costs = admin('GET', 'store/programs')[0]['costs'];
if ($costs[0]['id'] !== 153 || $costs[0]['amount'] != 2000) {
    fail("Program 1970's cost is " . json_encode($costs));
}
$scores = array();
foreach (admin('GET', 'store/leads') as $lead) {
    $scores[$lead['email']] = $lead['attributes']['Lead_Score__c'] ?? null;
}
if ($scores !== array("php.one@example.com" => "11", "php.two@example.com" => "12")) {
    fail("leads in the store: " . json_encode($scores));
}
print "ok (php): Program 1970's cost updated, two leads with Lead_Score__c synced\n";
