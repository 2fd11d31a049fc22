// JAX-WS against the emulator tool: classes built by wsimport from ?WSDL (package mktows), called
// the way Marketo's syncMultipleLeads Java sample calls them: MktMktowsApiService, MktowsPort, a
// signed AuthenticationHeader (type AuthenticationHeaderInfo in the 2_3 WSDL), JAXBElements from the ObjectFactory. The sample's own way of
// building leadAttributeList (a QName in the mktows namespace) makes JAX-WS qualify the element;
// Marketo, and the tool in its default lenient mode, drop it and still sync the lead, which the
// first lead below checks. The second lead uses the ObjectFactory, so its custom field arrives.
// Usage: java -cp … Sync URL USER KEY
import java.net.URL;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.bind.JAXBElement;
import javax.xml.namespace.QName;
import mktows.*;

public class Sync {
    private static String userId;
    private static String secretKey;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        userId = args[1];
        secretKey = args[2];

        QName serviceName = new QName("http://www.marketo.com/mktows/", "MktMktowsApiService");
        MktMktowsApiService service = new MktMktowsApiService(new URL(base + "/soap/mktows/2_3?WSDL"), serviceName);
        MktowsPort port = service.getMktowsApiSoapPort();
        ObjectFactory objectFactory = new ObjectFactory();

        // Program 1970's cost.
        ParamsSyncMObjects programRequest = new ParamsSyncMObjects();
        MObject program = new MObject();
        program.setType("Program");
        program.setId(1970);
        TypeAttrib cost = new TypeAttrib();
        cost.setAttrType("Cost");
        ArrayOfAttrib costAttribs = new ArrayOfAttrib();
        costAttribs.getAttrib().add(attrib("Month", "2013-06"));
        costAttribs.getAttrib().add(attrib("Amount", "2000"));
        costAttribs.getAttrib().add(attrib("Id", "153"));
        cost.setAttrList(costAttribs);
        ArrayOfTypeAttrib typeAttribs = new ArrayOfTypeAttrib();
        typeAttribs.getTypeAttrib().add(cost);
        program.setTypeAttribList(typeAttribs);
        ArrayOfMObject mObjects = new ArrayOfMObject();
        mObjects.getMObject().add(program);
        programRequest.setMObjectList(mObjects);
        programRequest.setOperation(SyncOperationEnum.UPDATE);
        SuccessSyncMObjects programResult = port.syncMObjects(programRequest, header());
        MObjStatus programStatus = programResult.getResult().getMObjStatusList().getMObjStatus().get(0);
        check(programStatus.getStatus() == MObjStatusEnum.UPDATED, "syncMObjects answered " + programStatus.getStatus());

        // Two leads: the sample's qualified leadAttributeList, then the ObjectFactory's.
        ParamsSyncMultipleLeads request = new ParamsSyncMultipleLeads();
        request.setDedupEnabled(objectFactory.createParamsSyncMultipleLeadsDedupEnabled(true));
        ArrayOfLeadRecord leadRecords = new ArrayOfLeadRecord();

        LeadRecord rec1 = new LeadRecord();
        rec1.setEmail(objectFactory.createLeadRecordEmail("java.one@example.com"));
        QName qname = new QName("http://www.marketo.com/mktows/", "leadAttributeList");
        JAXBElement<ArrayOfAttribute> attrList = new JAXBElement<>(qname, ArrayOfAttribute.class, attributes("James", "31"));
        rec1.setLeadAttributeList(attrList);
        leadRecords.getLeadRecord().add(rec1);

        LeadRecord rec2 = new LeadRecord();
        rec2.setEmail(objectFactory.createLeadRecordEmail("java.two@example.com"));
        rec2.setLeadAttributeList(objectFactory.createLeadRecordLeadAttributeList(attributes("James", "32")));
        leadRecords.getLeadRecord().add(rec2);

        request.setLeadRecordList(leadRecords);
        SuccessSyncMultipleLeads result = port.syncMultipleLeads(request, header());
        List<SyncStatus> statuses = result.getResult().getSyncStatusList().getSyncStatus();
        check(statuses.size() == 2, "syncMultipleLeads answered " + statuses.size() + " statuses");
        for (SyncStatus status : statuses) {
            check(status.getStatus() == LeadSyncStatus.CREATED, "syncMultipleLeads answered " + status.getStatus());
        }
        System.out.println("ok (java): Program 1970's cost updated, two leads synced");
    }

    private static ArrayOfAttribute attributes(String firstName, String score) {
        ArrayOfAttribute attributes = new ArrayOfAttribute();
        Attribute first = new Attribute();
        first.setAttrName("FirstName");
        first.setAttrValue(firstName);
        attributes.getAttribute().add(first);
        Attribute custom = new Attribute();
        custom.setAttrName("Lead_Score__c");
        custom.setAttrValue(score);
        attributes.getAttribute().add(custom);
        return attributes;
    }

    private static Attrib attrib(String name, String value) {
        Attrib attrib = new Attrib();
        attrib.setName(name);
        attrib.setValue(value);
        return attrib;
    }

    private static AuthenticationHeaderInfo header() throws Exception {
        // As the sample: local time with a +hh:mm offset, HMAC-SHA1 in lowercase hex.
        String text = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ").format(new Date());
        String requestTimestamp = text.substring(0, 22) + ":" + text.substring(22);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secretKey.getBytes("UTF-8"), "HmacSHA1"));
        StringBuilder signature = new StringBuilder();
        for (byte b : mac.doFinal((requestTimestamp + userId).getBytes("UTF-8"))) {
            signature.append(String.format("%02x", b));
        }
        AuthenticationHeaderInfo header = new AuthenticationHeaderInfo();
        header.setMktowsUserId(userId);
        header.setRequestTimestamp(requestTimestamp);
        header.setRequestSignature(signature.toString());
        return header;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            System.err.println("FAILED (java): " + message);
            System.exit(1);
        }
    }
}
