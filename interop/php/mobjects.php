<?php
// PHP's SoapClient against the emulator tool for the four MObject reads and deletes, in the same
// recipe as sync.php (the WSDL from ?WSDL, a SoapHeader signed with hash_hmac, stdClass
// parameters): listMObjects, describeMObject of LeadRecord with a declared custom field,
// getMObjects of programs by a criterion, deleteMObjects of an opportunity, checked in the store.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… php mobjects.php
require __DIR__ . '/interop-lib.php';

admin('POST', 'reset');
admin('POST', 'seed', json_encode([
    'leadFields' => [['name' => 'Lead_Score__c', 'dataType' => 'integer']],
    'programs' => [['id' => 1970, 'name' => 'Spring Webinar'], ['id' => 1971, 'name' => 'Autumn Webinar']],
    'opportunities' => [['id' => 31, 'attributes' => ['Name' => 'Big deal']], ['id' => 32, 'attributes' => ['Name' => 'Small deal']]],
]));

$options = array("connection_timeout" => 15, "location" => $endPoint, "trace" => 1);
$soapClient = new SoapClient($endPoint . "?WSDL", $options);

// listMObjects takes an empty parameters element.
$result = $soapClient->__soapCall('listMObjects', array(new stdClass()), $options, authHeader());
if (!in_array('Opportunity', (array)$result->result->objects, true)) { fail("listMObjects answered " . $soapClient->__getLastResponse()); }

// describeMObject LeadRecord lists the declared custom field beside the standard ones.
$describe = new stdClass();
$describe->objectName = "LeadRecord";
$result = $soapClient->__soapCall('describeMObject', array($describe), $options, authHeader());
$names = array_map(fn($f) => $f->name, $result->result->metadata->fieldList->field);
if (!in_array('Email', $names, true) || !in_array('Lead_Score__c', $names, true)) {
    fail("describeMObject answered " . $soapClient->__getLastResponse());
}
echo "ok (php): listMObjects and describeMObject LeadRecord (custom field included)\n";

// getMObjects: programs whose Name is not Autumn Webinar.
$criterion = new stdClass();
$criterion->attrName = "Name";
$criterion->comparison = "NE";
$criterion->attrValue = "Autumn Webinar";
$get = new stdClass();
$get->type = "Program";
$get->mObjCriteriaList = array("mObjCriteria" => array($criterion));
$result = $soapClient->__soapCall('getMObjects', array($get), $options, authHeader());
$object = $result->result->mObjectList->mObject;
if ($result->result->returnCount !== 1 || $object->id !== 1970 || $result->result->hasMore !== false) {
    fail("getMObjects answered " . $soapClient->__getLastResponse());
}

// deleteMObjects: one opportunity, then the store no longer has it.
$target = new stdClass();
$target->type = "Opportunity";
$target->id = 31;
$delete = new stdClass();
$delete->mObjectList = array("mObject" => array($target));
$result = $soapClient->__soapCall('deleteMObjects', array($delete), $options, authHeader());
if ($result->result->mObjStatusList->mObjStatus->status !== 'DELETED') { fail("deleteMObjects answered " . $soapClient->__getLastResponse()); }
$left = array_map(fn($o) => $o['id'], admin('GET', 'store/opportunities'));
if ($left !== [32]) { fail("the store still has opportunities " . json_encode($left)); }
echo "ok (php): getMObjects by criterion and deleteMObjects, checked in the store\n";
