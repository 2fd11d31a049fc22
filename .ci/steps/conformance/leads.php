<?php
// The lead and list operations' recorded exchanges (docs and the SoapUI tutorial): getLead,
// syncLead, getMultipleLeads, mergeLeads, listOperation. Each seeds the leads the recorded answer
// shows existed, with their fields and the types the answer gives them.

/** A seed of the leadRecords in a recorded answer: their ids, emails, fields, and each field's declared type. */
function leadsSeen(DOMDocument $answer, $emailOverride = null) {
    $leads = [];
    $fields = [];
    foreach ($answer->getElementsByTagName('leadRecord') as $record) {
        $lead = [];
        foreach ($record->childNodes as $child) {
            if ($child instanceof DOMElement && $child->localName === 'Id') { $lead['id'] = (int)$child->textContent; }
            if ($child instanceof DOMElement && $child->localName === 'Email') { $lead['email'] = $emailOverride ?? trim($child->textContent); }
        }
        foreach ($record->getElementsByTagName('attribute') as $attribute) {
            $name = trim($attribute->getElementsByTagName('attrName')->item(0)->textContent);
            $lead['attributes'][$name] = trim($attribute->getElementsByTagName('attrValue')->item(0)->textContent);
            $fields[$name] = ['name' => $name, 'dataType' => trim($attribute->getElementsByTagName('attrType')->item(0)->textContent)];
        }
        $leads[] = $lead;
    }
    return ['leadFields' => array_values($fields), 'leads' => $leads];
}

function recorded($file) {
    global $dir;
    return load(file_get_contents("$dir/$file"));
}

// getLead by email (docs): the lead and its eight fields existed.
admin('POST', 'reset');
admin('POST', 'seed', json_encode(leadsSeen(recorded('adobedocs-getlead-response.xml'))));
exchange('adobedocs-getlead-request.xml', 'adobedocs-getlead-response.xml', 'getLead by email (docs)');

// syncLead (docs): the answer updated lead 1089965, so a lead with the request's email existed.
admin('POST', 'reset');
admin('POST', 'seed', json_encode(['leads' => [['id' => (int)values(recorded('adobedocs-synclead-response.xml'), 'leadId')[0],
    'email' => values(recorded('adobedocs-synclead-request.xml'), 'Email')[0]]]]));
exchange('adobedocs-synclead-request.xml', 'adobedocs-synclead-response.xml', 'syncLead by email (docs)');

// syncLead by Id with a ForeignSysPersonId and no type (tutorial): lead 6 and its two custom fields existed.
admin('POST', 'reset');
$request = recorded('adobeblog-syncLead-lead6-request.xml');
admin('POST', 'seed', json_encode([
    'leadFields' => array_map(fn($name) => ['name' => $name, 'dataType' => 'string'], values($request, 'attrName')),
    'leads' => [['id' => (int)values($request, 'Id')[0]]],
]));
exchange('adobeblog-syncLead-lead6-request.xml', 'adobeblog-syncLead-lead6-response.xml', 'syncLead by Id, foreign id without type (tutorial)');

// Not replayed: adobeblog-syncLead-byid-* is the docs exchange edited by hand to key by <leadId>,
// an element syncLead does not declare (the MANIFEST calls it hand-written), so it is no evidence
// of Marketo's answer; the strict emulator refuses the undeclared element.

// getMultipleLeads by email keys (docs): both leads and their fields existed.
admin('POST', 'reset');
admin('POST', 'seed', json_encode(leadsSeen(recorded('adobedocs-getmultipleleads-response.xml'))));
exchange('adobedocs-getmultipleleads-request.xml', 'adobedocs-getmultipleleads-response.xml', 'getMultipleLeads by email keys (docs)');

// Not replayed: adobeblog-getMultipleLeads-request.xml is a template (credentials REPLACE) with no
// recorded answer, and the jaxb files are a Java client's printouts of objects, not wire bytes.

// mergeLeads (docs): the winner and both losers existed.
admin('POST', 'reset');
$merge = recorded('adobedocs-mergeleads-response.xml');
admin('POST', 'seed', json_encode(['leads' => array_map(fn($id) => ['id' => (int)$id],
    array_merge(values($merge, 'winningLeadId'), values($merge, 'integerItem')))]));
exchange('adobedocs-mergeleads-request.xml', 'adobedocs-mergeleads-response.xml', 'mergeLeads (docs)');

// listOperation ISMEMBEROFLIST (docs): both leads and the list existed; the lead the answer calls
// a member was on it, the other was not.
admin('POST', 'reset');
$request = recorded('adobedocs-listoperation-request.xml');
$answer = recorded('adobedocs-listoperation-response.xml');
$members = [];
foreach ($answer->getElementsByTagName('leadStatus') as $status) {
    if (trim($status->getElementsByTagName('status')->item(0)->textContent) === 'true') {
        $members[] = (int)$status->getElementsByTagName('keyValue')->item(0)->textContent;
    }
}
admin('POST', 'seed', json_encode([
    'leads' => array_map(fn($id) => ['id' => (int)$id], array_slice(values($request, 'keyValue'), 1)),
    'staticLists' => [['name' => values($request, 'keyValue')[0], 'leadIds' => $members]],
]));
exchange('adobedocs-listoperation-request.xml', 'adobedocs-listoperation-response.xml', 'listOperation ISMEMBEROFLIST (docs)');

// Not replayed yet: adobedocs-getleadactivity-*. Its answer holds web visits and form fills that a
// seed's activity log can now hold, but it shows two things the emulator does not do yet:
// activities come newest first by activity time, not by id (1030593 at 16:41:29 comes before
// 1030596 at 16:41:22), and newStartPosition carries a latestCreatedAt the request did not send.
// Not replayed: adobedocs-getleadchanges-*. The request filters on Visit Webpage and Click Link
// and the recorded answer lists Change Data Value records only, so the recording contradicts
// itself; besides, a change made by a smart campaign names it in leadChangeRecord's campaign
// element, which a seeded activity cannot carry yet.
