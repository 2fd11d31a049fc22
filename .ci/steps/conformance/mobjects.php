<?php
// The MObject reads and deletes' recorded exchanges (docs, PHP SoapClient): getMObjects,
// deleteMObjects, describeMObject and listMObjects.

/** The name/value pairs of the attrib children of $list, in order. */
function attribs(?DOMElement $list) {
    $pairs = [];
    foreach ($list ? $list->childNodes : [] as $attrib) {
        if (!$attrib instanceof DOMElement) { continue; }
        $pairs[] = ['name' => trim($attrib->getElementsByTagName('name')->item(0)->textContent),
                    'value' => trim($attrib->getElementsByTagName('value')->item(0)->textContent)];
    }
    return $pairs;
}

/** The first child element of $e named $name, or null. */
function child(DOMElement $e, $name) {
    foreach ($e->childNodes as $c) { if ($c instanceof DOMElement && $c->localName === $name) { return $c; } }
    return null;
}

// getMObjects (docs): the programs the answer lists existed, with their attribs, tags, tokens and
// costs; seeded beside them, a program the Name criterion excludes and one past the Id bound.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-getmobjects-request.xml"));
$recorded = load(file_get_contents("$dir/adobedocs-getmobjects-response.xml"));
$programs = [];
$tagTypes = [];
foreach ($recorded->getElementsByTagName('mObject') as $object) {
    $pairs = attribs(child($object, 'attribList'));
    $program = ['id' => (int)child($object, 'id')->textContent, 'name' => $pairs[0]['value'], 'details' => array_slice($pairs, 1),
                'tags' => new stdClass(), 'tokens' => new stdClass(), 'costs' => []];
    foreach (child($object, 'typeAttribList')?->childNodes ?? [] as $group) {
        if (!$group instanceof DOMElement) { continue; }
        $values = array_column(attribs(child($group, 'attrList')), 'value', 'name');
        switch (trim(child($group, 'attrType')->textContent)) {
            case 'Tag': $program['tags']->{$values['Type']} = $values['Value']; $tagTypes[$values['Type']][] = $values['Value']; break;
            case 'Token': $program['tokens']->{'{{my.' . $values['Name'] . '}}'} = $values['Value']; break;
            case 'Cost': $program['costs'][] = ['id' => (int)$values['Id'], 'month' => $values['Month'], 'amount' => (float)$values['Amount'], 'note' => $values['Note'] ?? null]; break;
        }
    }
    $programs[] = $program;
}
$criteria = array_map(null, values($request, 'attrName'), values($request, 'comparison'), values($request, 'attrValue'));
foreach ($criteria as [$name, $comparison, $value]) {
    if ($name === 'Name' && $comparison === 'NE') { $programs[] = ['id' => 1003, 'name' => $value]; }
    if ($name === 'Id' && $comparison === 'LE') { $programs[] = ['id' => (int)$value + 1, 'name' => 'Past the bound']; }
}
admin('POST', 'seed', json_encode(['tagTypes' => array_map('array_values', array_map('array_unique', $tagTypes)), 'programs' => $programs]));
// The position is opaque and each server's own, so its value cannot match (its presence is
// compared). The docs page's conversion turned one token's HTML value into XML elements; on the
// wire it is text, which the emulator returns as text: those lines are compared by neither side.
exchange('adobedocs-getmobjects-request.xml', 'adobedocs-getmobjects-response.xml', 'getMObjects Programs by criteria (docs)',
    ['{}newStreamPosition = ', '{}value/{}p', 'This email was sent by']);

// deleteMObjects (docs): the two opportunities existed.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-deletemobjects-request.xml"));
admin('POST', 'seed', json_encode(['opportunities' => array_map(fn($id) => ['id' => (int)$id], values($request, 'id'))]));
exchange('adobedocs-deletemobjects-request.xml', 'adobedocs-deletemobjects-response.xml', 'deleteMObjects two opportunities (docs)');

// describeMObject (docs): ActivityRecord's fields. The descriptions are the emulator's own words.
admin('POST', 'reset');
exchange('adobedocs-describemobject-request.xml', 'adobedocs-describemobject-response.xml', 'describeMObject ActivityRecord (docs)', ['{}description = ']);

// listMObjects (docs).
exchange('adobedocs-listmobjects-request.xml', 'adobedocs-listmobjects-response.xml', 'listMObjects (docs)');
