<?php
// The custom object operations' recorded exchanges (docs pages, PHP SoapClient), plus the two
// captured per-record and whole-call failures of syncCustomObjects (markety). For each, the store
// is given the custom object and the records the recorded answer shows existed.

/** Key and value field names of the first record in $doc (its customObjKeyList or keyList, and its customObjAttributeList). */
function customObjectFields(DOMDocument $doc) {
    $names = fn($list) => $list === null ? [] : array_map(fn($n) => trim($n->textContent), iterator_to_array($list->getElementsByTagName('attrName')));
    $keys = $doc->getElementsByTagName('customObjKeyList')->item(0) ?? $doc->getElementsByTagName('keyList')->item(0);
    return [$names($keys), $names($doc->getElementsByTagName('customObjAttributeList')->item(0))];
}

/** The seed declaring custom object $type with these fields (key fields first), and its records. */
function customObjectSeed($type, array $keys, array $values, array $records) {
    $fields = array_merge(
        array_map(fn($n) => ['name' => $n, 'isKey' => true], $keys),
        array_map(fn($n) => ['name' => $n], $values));
    return json_encode(['customObjectTypes' => [['name' => $type, 'fields' => $fields]], 'customObjects' => $records]);
}

/** Each element named $record in $doc as a seed record of $type: a customObj, or a keyList (keys only). */
function customObjectRecords(DOMDocument $doc, $record, $type) {
    $pairs = function ($list) {
        $read = [];
        foreach ($list === null ? [] : $list->getElementsByTagName('attribute') as $a) {
            $read[trim($a->getElementsByTagName('attrName')->item(0)->textContent)] = trim($a->getElementsByTagName('attrValue')->item(0)->textContent);
        }
        return $read;
    };
    $records = [];
    foreach ($doc->getElementsByTagName($record) as $element) {
        $keys = $record === 'keyList' ? $element : $element->getElementsByTagName('customObjKeyList')->item(0);
        $seed = ['type' => $type, 'keys' => $pairs($keys)];
        if ($record !== 'keyList' && ($attributes = $pairs($element->getElementsByTagName('customObjAttributeList')->item(0)))) {
            $seed['attributes'] = $attributes;
        }
        $records[] = $seed;
    }
    return $records;
}

// getCustomObjects (docs): the six records of the answer existed, in its order. The object is
// declared under the name the answer gives (Roadshow); the request names it RoadShow.
admin('POST', 'reset');
$response = load(file_get_contents("$dir/adobedocs-getcustomobjects-response.xml"));
$type = values($response, 'objTypeName')[0];
[$keys, $fields] = customObjectFields($response);
admin('POST', 'seed', customObjectSeed($type, $keys, $fields, customObjectRecords($response, 'customObj', $type)));
exchange('adobedocs-getcustomobjects-request.xml', 'adobedocs-getcustomobjects-response.xml', 'getCustomObjects (docs)');

// syncCustomObjects (docs): the answer says UPDATED, so the record with the request's keys existed.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-synccustomobjects-request.xml"));
$response = load(file_get_contents("$dir/adobedocs-synccustomobjects-response.xml"));
$type = values($response, 'objTypeName')[0];
[$keys, $fields] = customObjectFields($request);
$existing = customObjectRecords($request, 'customObj', $type);
foreach ($existing as &$record) { unset($record['attributes']); }
unset($record);
admin('POST', 'seed', customObjectSeed($type, $keys, $fields, $existing));
exchange('adobedocs-synccustomobjects-request.xml', 'adobedocs-synccustomobjects-response.xml', 'syncCustomObjects (docs)');

// syncCustomObjects with a field the object lacks (markety, captured answer without its request):
// the docs request for the keys the answer echoes, with the unknown field added, fails that record alone.
admin('POST', 'reset');
$captured = load(file_get_contents("$dir/markety-sync-custom-objects-unknown-attribute.xml"));
$type = values($captured, 'objTypeName')[0];
$unknown = preg_replace('/^Unknown name attribute list: /', '', values($captured, 'error')[0]);
admin('POST', 'seed', customObjectSeed($type, $keys, $fields, []));
$request = load(file_get_contents("$dir/adobedocs-synccustomobjects-request.xml"));
$echoed = array_combine(values($captured, 'attrName'), values($captured, 'attrValue'));
foreach ($request->getElementsByTagName('customObjKeyList')->item(0)->getElementsByTagName('attribute') as $a) {
    $a->getElementsByTagName('attrValue')->item(0)->nodeValue = $echoed[trim($a->getElementsByTagName('attrName')->item(0)->textContent)];
}
$attributes = $request->getElementsByTagName('customObjAttributeList')->item(0);
$extra = $attributes->appendChild($request->createElement('attribute'));
$extra->appendChild($request->createElement('attrName', $unknown));
$extra->appendChild($request->createElement('attrValue', 'x'));
[$status, $answer] = http('POST', "$base/soap/mktows/2_3", resign($request),
    ['Content-Type: text/xml; charset=utf-8', 'SOAPAction: "http://www.marketo.com/mktows/syncCustomObjects"']);
// The capture answered in lower case (roadshow) to a request we do not have; the emulator answers
// with the declared name, which is the captured one here.
compare('syncCustomObjects unknown field (markety)', $captured, $status, $answer, 200);

// syncCustomObjects naming an object the instance lacks (markety, captured fault): the whole call fails.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-synccustomobjects-request.xml"));
$fault = load(file_get_contents("$dir/markety-sync-custom-objects-invalid-object-name.xml"));
[$status, $answer] = http('POST', "$base/soap/mktows/2_3", resign($request),
    ['Content-Type: text/xml; charset=utf-8', 'SOAPAction: "http://www.marketo.com/mktows/syncCustomObjects"']);
compare('syncCustomObjects unknown object, fault 20110 (markety)', $fault, $status, $answer, 500);

// deleteCustomObjects (docs): the answer says DELETED, so the record with the request's keys existed.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-deletecustomobjects-request.xml"));
$response = load(file_get_contents("$dir/adobedocs-deletecustomobjects-response.xml"));
$type = values($response, 'objTypeName')[0];
[$keys, $fields] = customObjectFields($request);
admin('POST', 'seed', customObjectSeed($type, $keys, $fields, customObjectRecords($request, 'keyList', $type)));
exchange('adobedocs-deletecustomobjects-request.xml', 'adobedocs-deletecustomobjects-response.xml', 'deleteCustomObjects (docs)');
