// node's `soap` package against the emulator tool: the WSDL from ?WSDL, an AuthenticationHeader
// signed with HMAC-SHA1, Program 1970's cost and two leads with a custom field, then a check of
// the store through the admin API.
// Usage: EMULATOR_URL=http://127.0.0.1:8080 EMULATOR_USER=… EMULATOR_KEY=… node sync.js
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const soap = require('soap');

const base = process.env.EMULATOR_URL;
const userId = process.env.EMULATOR_USER;
const secretKey = process.env.EMULATOR_KEY;
const endPoint = `${base}/soap/mktows/2_3`;
const mktows = 'http://www.marketo.com/mktows/';

function fail(message) {
  console.error(`FAILED (node): ${message}`);
  process.exit(1);
}

async function admin(method, route, body) {
  const response = await fetch(`${base}/_emulator/${route}`, { method, body });
  const text = await response.text();
  if (response.status !== 200) fail(`admin ${method} ${route} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

function authenticationHeader() {
  // Marketo's W3C form with an offset, as the samples send it.
  const requestTimestamp = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const requestSignature = crypto.createHmac('sha1', secretKey).update(requestTimestamp + userId).digest('hex');
  return { mktowsUserId: userId, requestSignature, requestTimestamp };
}

async function call(client, operation, args) {
  client.clearSoapHeaders();
  client.addSoapHeader({ AuthenticationHeader: authenticationHeader() }, '', 'ns1', mktows);
  try {
    const [result] = await client[`${operation}Async`](args);
    return result;
  } catch (e) {
    fail(`${operation}: ${e.message}\n${client.lastRequest}`);
  }
}

(async () => {
  await admin('POST', 'reset');
  await admin('POST', 'seed', fs.readFileSync(path.join(__dirname, '..', 'seed.json'), 'utf8'));

  const client = await soap.createClientAsync(`${endPoint}?WSDL`, { endpoint: endPoint });

  const programs = await call(client, 'syncMObjects', {
    mObjectList: { mObject: [{
      type: 'Program',
      id: 1970,
      typeAttribList: { typeAttrib: [{ attrType: 'Cost', attrList: { attrib: [
        { name: 'Month', value: '2013-06' }, { name: 'Amount', value: '2000' }, { name: 'Id', value: '153' },
      ] } }] },
    }] },
    operation: 'UPDATE',
  });
  const programStatus = [].concat(programs.result.mObjStatusList.mObjStatus)[0];
  if (programStatus.status !== 'UPDATED') fail(`syncMObjects answered ${JSON.stringify(programs)}`);

  const leads = await call(client, 'syncMultipleLeads', {
    leadRecordList: { leadRecord: [['node.one@example.com', '21'], ['node.two@example.com', '22']].map(([email, score]) => ({
      Email: email,
      leadAttributeList: { attribute: [{ attrName: 'FirstName', attrValue: 'Ryan' }, { attrName: 'Lead_Score__c', attrValue: score }] },
    })) },
    dedupEnabled: true,
  });
  const statuses = [].concat(leads.result.syncStatusList.syncStatus).map(s => s.status);
  if (statuses.join() !== 'CREATED,CREATED') fail(`syncMultipleLeads answered ${JSON.stringify(leads)}`);

  const [program] = await admin('GET', 'store/programs');
  if (program.costs[0].id !== 153 || program.costs[0].amount !== 2000) fail(`Program 1970's costs: ${JSON.stringify(program.costs)}`);
  const scores = Object.fromEntries((await admin('GET', 'store/leads')).map(l => [l.email, l.attributes.Lead_Score__c]));
  if (JSON.stringify(scores) !== JSON.stringify({ 'node.one@example.com': '21', 'node.two@example.com': '22' })) {
    fail(`leads in the store: ${JSON.stringify(scores)}`);
  }
  console.log("ok (node): Program 1970's cost updated, two leads with Lead_Score__c synced");
})().catch(e => fail(e.stack));
