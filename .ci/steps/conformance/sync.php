<?php
// The two sync operations' recorded exchanges (docs and the SoapUI tutorial).

// syncMultipleLeads (docs, PHP SoapClient): the leads the answer updated existed, with those emails.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-syncmultipleleads-request.xml"));
$response = load(file_get_contents("$dir/adobedocs-syncmultipleleads-response.xml"));
$leads = [];
foreach (array_map(null, values($response, 'leadId'), values($request, 'Email')) as [$id, $email]) {
    $leads[] = ['id' => (int)$id, 'email' => $email];
}
admin('POST', 'seed', json_encode(['leads' => $leads]));
exchange('adobedocs-syncmultipleleads-request.xml', 'adobedocs-syncmultipleleads-response.xml', 'syncMultipleLeads (docs)');

// syncMObjects (docs): the program, and the cost the request updates, existed.
admin('POST', 'reset');
$request = load(file_get_contents("$dir/adobedocs-syncmobjects-request.xml"));
$attribs = array_combine(values($request, 'name'), values($request, 'value'));
admin('POST', 'seed', json_encode(['programs' => [['id' => (int)values($request, 'id')[0], 'name' => 'Conformance',
    'costs' => [['id' => (int)$attribs['Id'], 'month' => $attribs['Month'], 'amount' => 1]]]]]));
exchange('adobedocs-syncmobjects-request.xml', 'adobedocs-syncmobjects-response.xml', 'syncMObjects Program cost (docs)');

// syncMObjects (SoapUI tutorial, in its order): an opportunity, a role for the tutorial's lead
// (known by its FSPID field, created by a syncLead the emulator does not serve), then both at once.
admin('POST', 'reset');
$role = load(file_get_contents("$dir/adobeblog-syncMObjects-role-request.xml"));
$leadKey = array_combine(values($role, 'name'), values($role, 'value'));
admin('POST', 'seed', json_encode(['leads' => [['attributes' => ['FSPID' => $leadKey['FSPID']]]]]));
exchange('adobeblog-syncMObjects-opp4-request.xml', 'adobeblog-syncMObjects-opp4-response.xml', 'syncMObjects Opportunity (tutorial)');
exchange('adobeblog-syncMObjects-role-request.xml', 'adobeblog-syncMObjects-role-response.xml', 'syncMObjects OpportunityPersonRole (tutorial)');
exchange('adobeblog-syncMObjects-opp5-and-role-request.xml', 'adobeblog-syncMObjects-opp5-and-role-response.xml', 'syncMObjects Opportunity and role (tutorial)');
