using System.Collections.Frozen;
using System.Text;

namespace Marketo.Soap.Transport;

/// <summary>
/// The warm-up's in-process answers: one small success answer per operation the client types, in
/// the shape Marketo answers it (nil elements where Marketo writes them, the answer's own record
/// lists with one record), so each answer's reader runs its usual path once.
/// </summary>
internal static class WarmUpAnswers
{
    private const string Open =
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"http://www.marketo.com/mktows/\"><SOAP-ENV:Body>";

    private const string Close = "</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    private const string Lead =
        "<leadRecord><Id>1</Id><Email>warm-up@example.invalid</Email><ForeignSysPersonId xsi:nil=\"true\"/><ForeignSysType xsi:nil=\"true\"/>"
        + "<leadAttributeList><attribute><attrName>FirstName</attrName><attrType>string</attrType><attrValue>Warm</attrValue></attribute></leadAttributeList></leadRecord>";

    private const string Position =
        "<newStartPosition><latestCreatedAt xsi:nil=\"true\"/><oldestCreatedAt>2026-01-01T00:00:00-06:00</oldestCreatedAt><activityCreatedAt xsi:nil=\"true\"/><offset>ID:1</offset></newStartPosition>";

    private const string ActivityAttributes =
        "<activityAttributes><attribute><attrName>Lead ID</attrName><attrType xsi:nil=\"true\"/><attrValue>1</attrValue></attribute></activityAttributes>";

    /// <summary>The answer bodies by operation name, as the SOAPAction's last segment names it.</summary>
    public static readonly FrozenDictionary<string, byte[]> ByOperation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["syncMultipleLeads"] = "<ns1:successSyncMultipleLeads><result><syncStatusList><syncStatus><leadId>1</leadId><status>CREATED</status><error xsi:nil=\"true\"/></syncStatus></syncStatusList></result></ns1:successSyncMultipleLeads>",
        ["syncMObjects"] = "<ns1:successSyncMObjects><result><mObjStatusList><mObjStatus><id>1</id><externalKey><name>k</name><value>v</value></externalKey><status>CREATED</status></mObjStatus></mObjStatusList></result></ns1:successSyncMObjects>",
        ["getLead"] = $"<ns1:successGetLead><result><count>1</count><leadRecordList>{Lead}</leadRecordList></result></ns1:successGetLead>",
        ["syncLead"] = $"<ns1:successSyncLead><result><leadId>1</leadId><syncStatus><leadId>1</leadId><status>UPDATED</status><error xsi:nil=\"true\"/></syncStatus>{Lead}</result></ns1:successSyncLead>",
        ["getMultipleLeads"] = $"<ns1:successGetMultipleLeads><result><returnCount>1</returnCount><remainingCount>0</remainingCount><newStreamPosition/><leadRecordList>{Lead}</leadRecordList></result></ns1:successGetMultipleLeads>",
        ["getLeadActivity"] =
            $"<ns1:successGetLeadActivity><leadActivityList><returnCount>1</returnCount><remainingCount>0</remainingCount>{Position}<activityRecordList><activityRecord>"
            + $"<id>1</id><activityDateTime>2026-01-01T00:00:00-06:00</activityDateTime><activityType>New Lead</activityType><mktgAssetName xsi:nil=\"true\"/>{ActivityAttributes}"
            + "<campaign/><personName xsi:nil=\"true\"/><mktPersonId>1</mktPersonId><foreignSysId xsi:nil=\"true\"/><orgName xsi:nil=\"true\"/><foreignSysOrgId xsi:nil=\"true\"/>"
            + "</activityRecord></activityRecordList></leadActivityList></ns1:successGetLeadActivity>",
        ["getLeadChanges"] =
            $"<ns1:successGetLeadChanges><result><returnCount>1</returnCount><remainingCount>0</remainingCount>{Position}<leadChangeRecordList><leadChangeRecord>"
            + $"<id>1</id><activityDateTime>2026-01-01T00:00:00-06:00</activityDateTime><activityType>Change Data Value</activityType><mktgAssetName>First Name</mktgAssetName>{ActivityAttributes}"
            + "<mktPersonId>1</mktPersonId></leadChangeRecord></leadChangeRecordList></result></ns1:successGetLeadChanges>",
        ["mergeLeads"] = "<ns1:successMergeLeads><result><mergeStatus><winningLeadId>1</winningLeadId><losingLeadIdList><integerItem>2</integerItem></losingLeadIdList><status>MERGED</status><error xsi:nil=\"true\"/></mergeStatus></result></ns1:successMergeLeads>",
        ["listOperation"] = "<ns1:successListOperation><result><success>true</success><statusList><leadStatus><leadKey><keyType>IDNUM</keyType><keyValue>1</keyValue></leadKey><status>true</status></leadStatus></statusList></result></ns1:successListOperation>",
        ["getCampaignsForSource"] = "<ns1:successGetCampaignsForSource><result><returnCount>1</returnCount><campaignRecordList><campaignRecord><id>1</id><name>Warm</name><description/></campaignRecord></campaignRecordList></result></ns1:successGetCampaignsForSource>",
        ["requestCampaign"] = "<ns1:successRequestCampaign><result><success>true</success></result></ns1:successRequestCampaign>",
        ["scheduleCampaign"] = "<ns1:successScheduleCampaign><result><success>true</success></result></ns1:successScheduleCampaign>",
        ["importToList"] = "<ns1:successImportToList><result><importStatus>PROCESSING</importStatus></result></ns1:successImportToList>",
        ["getImportToListStatus"] =
            "<ns1:successGetImportToListStatus><result><status>COMPLETE</status><startedTime>2026-01-01T00:00:00-06:00</startedTime><endedTime>2026-01-01T00:00:01-06:00</endedTime>"
            + "<estimatedTime xsi:nil=\"true\"/><estimatedRows>1</estimatedRows><rowsImported>1</rowsImported><rowsFailed>0</rowsFailed><rowsIgnored>0</rowsIgnored><importSummary xsi:nil=\"true\"/></result></ns1:successGetImportToListStatus>",
        ["getChannels"] =
            "<ns1:successGetChannels><result><tags><tagStatus><tagValue>Warm</tagValue><statusList><progressionStatusItem><progressionStatus>"
            + "<attrib><name>Status</name><value>Warm</value></attrib></progressionStatus></progressionStatusItem></statusList></tagStatus></tags></result></ns1:successGetChannels>",
        ["getTags"] = "<ns1:successGetTags><result><tagList><tag><type>Warm</type><values><stringItem>Up</stringItem></values></tag></tagList></result></ns1:successGetTags>",
        ["getMObjects"] =
            "<ns1:successGetMObjects><result><returnCount>1</returnCount><hasMore>false</hasMore><newStreamPosition>warm</newStreamPosition><mObjectList><mObject><type>Opportunity</type><id>1</id>"
            + "<attribList><attrib><name>Name</name><value>Warm</value></attrib></attribList><typeAttribList><typeAttrib><attrType>Tag</attrType><attrList><attrib><name>Type</name><value>Warm</value></attrib></attrList></typeAttrib></typeAttribList>"
            + "</mObject></mObjectList></result></ns1:successGetMObjects>",
        ["deleteMObjects"] = "<ns1:successDeleteMObjects><result><mObjStatusList><mObjStatus><id>1</id><status>DELETED</status></mObjStatus></mObjStatusList></result></ns1:successDeleteMObjects>",
        ["describeMObject"] =
            "<ns1:successDescribeMObject><result><metadata><name>LeadRecord</name><description xsi:nil=\"true\"/><isCustom>false</isCustom><isVirtual>false</isVirtual><fieldList><field>"
            + "<name>Id</name><description xsi:nil=\"true\"/><displayName xsi:nil=\"true\"/><sourceObject xsi:nil=\"true\"/><dataType>integer</dataType><size>10</size><isReadonly>true</isReadonly>"
            + "<isUpdateBlocked>true</isUpdateBlocked><isName>false</isName><isPrimaryKey>true</isPrimaryKey><isCustom>false</isCustom><isDynamic>false</isDynamic><dynamicFieldRef xsi:nil=\"true\"/>"
            + "<updatedAt>2026-01-01T00:00:00-06:00</updatedAt></field></fieldList><updatedAt>2026-01-01T00:00:00-06:00</updatedAt></metadata></result></ns1:successDescribeMObject>",
        ["listMObjects"] = "<ns1:successListMObjects><result><objects>LeadRecord</objects></result></ns1:successListMObjects>",
        ["getCustomObjects"] =
            "<ns1:successGetCustomObjects><result><objTypeName>Warm</objTypeName><returnCount>1</returnCount><remainingCount>0</remainingCount><newStreamPosition>warm</newStreamPosition><customObjList><customObj>"
            + "<customObjKeyList><attribute><attrName>MKTOID</attrName><attrType xsi:nil=\"true\"/><attrValue>1</attrValue></attribute></customObjKeyList>"
            + "<customObjAttributeList><attribute><attrName>city</attrName><attrType xsi:nil=\"true\"/><attrValue>Warm</attrValue></attribute></customObjAttributeList></customObj></customObjList></result></ns1:successGetCustomObjects>",
        ["syncCustomObjects"] =
            "<ns1:successSyncCustomObjects><result><syncCustomObjStatusList><syncCustomObjStatus><objTypeName>Warm</objTypeName><customObjKeyList><attribute><attrName>MKTOID</attrName><attrType xsi:nil=\"true\"/>"
            + "<attrValue>1</attrValue></attribute></customObjKeyList><status>CREATED</status><error xsi:nil=\"true\"/></syncCustomObjStatus></syncCustomObjStatusList></result></ns1:successSyncCustomObjects>",
        ["deleteCustomObjects"] =
            "<ns1:successDeleteCustomObjects><result><deleteCustomObjStatusList><syncCustomObjStatus><objTypeName>Warm</objTypeName><customObjKeyList><attribute><attrName>MKTOID</attrName><attrType xsi:nil=\"true\"/>"
            + "<attrValue>1</attrValue></attribute></customObjKeyList><status>DELETED</status><error xsi:nil=\"true\"/></syncCustomObjStatus></deleteCustomObjStatusList></result></ns1:successDeleteCustomObjects>",
    }.ToFrozenDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(Open + p.Value + Close), StringComparer.Ordinal);
}
