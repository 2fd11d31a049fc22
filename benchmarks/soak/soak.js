// Soak of the stand-alone emulator tool: N signed syncMultipleLeads calls (8 at a time, keep-alive)
// against a running tool with its default settings, printing the tool's resident memory
// (VmRSS of PID) at every checkpoint. With Marketo's default limits most calls are refused with
// 20023; they are logged all the same, which is what the bounded exchange log is measured on.
// Usage: node soak.js URL USER KEY PID [CALLS=100000]
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');

const [url, user, key, pid, total = '100000'] = process.argv.slice(2);
const calls = Number(total);
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const endpoint = new URL('/soap/mktows/2_3', url);

function body(i) {
  const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const signature = crypto.createHmac('sha1', key).update(timestamp + user).digest('hex');
  return `<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://www.marketo.com/mktows/"><SOAP-ENV:Header><ns1:AuthenticationHeader><mktowsUserId>${user}</mktowsUserId><requestSignature>${signature}</requestSignature><requestTimestamp>${timestamp}</requestTimestamp></ns1:AuthenticationHeader></SOAP-ENV:Header><SOAP-ENV:Body><ns1:paramsSyncMultipleLeads><leadRecordList><leadRecord><Email>soak${i % 1000}@example.com</Email><leadAttributeList><attribute><attrName>FirstName</attrName><attrValue>Soak ${i}</attrValue></attribute></leadAttributeList></leadRecord></leadRecordList></ns1:paramsSyncMultipleLeads></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

function post(i) {
  return new Promise((resolve, reject) => {
    const request = http.request(endpoint, { method: 'POST', agent, headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '"http://www.marketo.com/mktows/syncMultipleLeads"' } }, response => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body(i));
  });
}

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

(async () => {
  console.log(`calls 0: ${rssMb().toFixed(0)} MB`);
  let next = 0;
  const statuses = {};
  const checkpoints = new Set([1000, 10000, 25000, 50000, 75000, 100000, calls]);
  async function worker() {
    while (next < calls) {
      const i = next++;
      const status = await post(i);
      statuses[status] = (statuses[status] || 0) + 1;
      if (checkpoints.has(i + 1)) console.log(`calls ${i + 1}: ${rssMb().toFixed(0)} MB`);
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`answers by HTTP status: ${JSON.stringify(statuses)}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
})();
