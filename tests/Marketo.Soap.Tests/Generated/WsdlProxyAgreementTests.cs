using System.Xml.Linq;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Generated;

/// <summary>Holds the proxy in Generated/Reference.cs and wsdl/mktows-2_3.wsdl in agreement.</summary>
public partial class WsdlProxyAgreementTests
{
    // The 23 operations of mktows 2_3, as the contract facts (mktows-2_3-facts.md §4) list them.
    private static readonly string[] Operations =
    [
        "deleteMObjects", "describeMObject", "getMObjects", "syncMObjects", "getCampaignsForSource", "getImportToListStatus",
        "getLead", "getLeadActivity", "getLeadChanges", "getMultipleLeads", "importToList", "listMObjects", "listOperation",
        "requestCampaign", "scheduleCampaign", "syncLead", "syncMultipleLeads", "syncCustomObjects", "deleteCustomObjects",
        "getCustomObjects", "mergeLeads", "getChannels", "getTags",
    ];

    private static IReadOnlyCollection<Type> ProxyTypes() =>
        [.. typeof(MarketoSoapClient).Assembly.GetTypes().Where(t => t.Namespace == "Marketo.Soap.Generated")];

    private static WsdlProxyAgreement Checker(IReadOnlyList<ProxyDeparture>? departures = null, Action<XDocument>? mutateWsdl = null)
    {
        var wsdl = XDocument.Load(Fixtures.WsdlPath);
        mutateWsdl?.Invoke(wsdl);
        return WsdlProxyAgreement.Load(wsdl, departures ?? ReferenceDepartures.All);
    }

    [Fact]
    public void Compare_ProxyAndWsdl_AgreeApartFromTheStatedDepartures()
    {
        var differences = Checker().Compare(ProxyTypes());

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void AllowList_NamesExactlyTheDeparturesStatedInReferenceHeader()
    {
        var stated = File.ReadLines(Fixtures.ProxySourcePath)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^// (Departure \d+):"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value);

        Assert.Equal(["Departure 1", "Departure 2", "Departure 3", "Departure 4"], stated);
        Assert.Equal(stated, ReferenceDepartures.All.Select(d => d.Name).Distinct());
    }

    [Fact]
    public void Compare_WithoutDeparture1OnTheAllowList_ReportsEveryStatusString()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not EnumReadAsString).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            [
                "MObjStatus[2] status (MObjStatus.status): the WSDL's type is the enumeration MObjStatusEnum, the proxy's String",
                "MergeStatus[2] status (MergeStatus.status): the WSDL's type is the enumeration LeadMergeStatusEnum, the proxy's String",
                "ResultGetImportToListStatus[0] status (ResultGetImportToListStatus.status): the WSDL's type is the enumeration ImportToListStatusEnum, the proxy's String",
                "ResultImportToList[0] importStatus (ResultImportToList.importStatus): the WSDL's type is the enumeration ImportToListStatusEnum, the proxy's String",
                "SyncCustomObjStatus[2] status (SyncCustomObjStatus.status): the WSDL's type is the enumeration SyncStatusEnum, the proxy's String",
                "SyncStatus[1] status (SyncStatus.status): the WSDL's type is the enumeration LeadSyncStatus, the proxy's String",
            ],
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WithoutDeparture2OnTheAllowList_ReportsEveryInternalServiceSideType()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not ServiceSideInternal).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            Operations.SelectMany(o => new[] { o + "Request", o + "Response" }).Concat(["MktowsPort", "MktowsPortChannel", "MktowsPortClient"]).Order(StringComparer.Ordinal),
            differences.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_ProxyRegeneratedWithPublicServiceSide_ReportsDeparture2NoLongerHolds()
    {
        // The fake public service side covers two operations; the other 21 are reported missing, as they would be.
        var regenerated = ProxyTypes().Where(t => !IsServiceSide(t)).Concat(AllPublicServiceSide.Types).ToList();

        var differences = Checker().Compare(regenerated);

        Assert.Contains("Departure 2 (service side internal) no longer holds: MktowsPort, SyncMObjectsRequest, SyncMObjectsResponse, SyncMultipleLeadsRequest, SyncMultipleLeadsResponse public", differences);
    }

    [Fact]
    public void Compare_WithoutDeparture3OnTheAllowList_ReportsEveryPublicDataType()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not HiddenFromEditors).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            ProxyTypes().Where(t => t.IsVisible).Select(t => $"{t.Name}: hidden from editors, but svcutil emits no [EditorBrowsable] on data types and no departure allows it").Order(StringComparer.Ordinal),
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_PublicDataTypeNotHiddenFromEditors_ReportsDeparture3DoesNotHold()
    {
        var differences = Checker().Compare([.. ProxyTypes(), typeof(VisibleInEditors)]);

        Assert.Contains("Departure 3 (data types hidden from editors) does not hold for VisibleInEditors: it lacks [EditorBrowsable(EditorBrowsableState.Never)]", differences);
    }

    [Fact]
    public void Compare_WithoutDeparture4OnTheAllowList_ReportsBothNillableIds()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not ReadAsNillable).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            [
                "MObjStatus[0] id (MObjStatus.id): the WSDL says nillable=false, the proxy IsNullable=True",
                "MObjStatus[0] id (MObjStatus.id): the WSDL says nillable=false, the proxy's type is Nullable`1",
                "SyncStatus[0] leadId (SyncStatus.leadId): the WSDL says nillable=false, the proxy IsNullable=True",
                "SyncStatus[0] leadId (SyncStatus.leadId): the WSDL says nillable=false, the proxy's type is Nullable`1",
            ],
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WsdlDeclaresLeadIdNillable_ReportsDeparture4NoLongerHolds()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "SyncStatus", "leadId").SetAttributeValue("nillable", "true")).Compare(ProxyTypes());

        Assert.Equal(["Departure 4 (SyncStatus.leadId read as nillable) no longer holds: re-apply it, or take it off the allow-list and out of Reference.cs's header"], differences);
    }

    [Fact]
    public void Proxy_HasEveryOperationOfTheContract()
    {
        var contract = ProxyTypes().Single(t => t.Name == "MktowsPort");

        Assert.Equal(Operations.Select(o => o + "Async").Order(StringComparer.Ordinal), contract.GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TypesOnNoPath_AreTheFourSchemaTypesNoMessageReaches()
    {
        Assert.Equal(["ArrayOfBase64Binary", "ArrayOfVersionedItem", "MObjectTypeEnum", "VersionedItem"], Checker().TypesOnNoPath());
    }

    [Fact]
    public void Compare_WsdlAddsASelector_ReportsTheMissingXmlInclude()
    {
        var differences = Checker(mutateWsdl: w =>
        {
            var copy = new XElement(SchemaType(w, "StaticListSelector"));
            copy.SetAttributeValue("name", "ProgramSelector");
            SchemaType(w, "StaticListSelector").AddAfterSelf(copy);
        }).Compare(ProxyTypes());

        Assert.Equal(
            [
                "LeadSelector: ProgramSelector extends it in the WSDL, but LeadSelector has no [XmlInclude] for it",
                "ProgramSelector: no WSDL message leads to it, so the proxy has nothing for it",
            ],
            differences);
    }

    [Fact]
    public void Compare_WsdlDerivesATypeFromAttrib_ReportsTheServiceKnownTypesOfEveryOperation()
    {
        var differences = Checker(mutateWsdl: w => SchemaType(w, "Attrib").AddAfterSelf(
            new XElement(
                Xs + "complexType",
                new XAttribute("name", "NamedAttrib"),
                new XElement(Xs + "complexContent", new XElement(Xs + "extension", new XAttribute("base", "tns:Attrib")))))).Compare(ProxyTypes());

        var knownTypes = differences.Where(d => d.EndsWith("the WSDL's base types with derived types are [Attrib, LeadSelector], the proxy's ServiceKnownTypes [LeadSelector]", StringComparison.Ordinal));
        Assert.Equal(Operations.Select(o => $"operation {o}").Order(StringComparer.Ordinal), knownTypes.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WsdlMakesLeadSelectorConcrete_ReportsAbstract()
    {
        var differences = Checker(mutateWsdl: w => SchemaType(w, "LeadSelector").SetAttributeValue("abstract", null)).Compare(ProxyTypes());

        Assert.Equal(["LeadSelector: abstract is False in the WSDL, True in the proxy's LeadSelector"], differences);
    }

    [Fact]
    public void Compare_WsdlReordersADerivedTypesElements_ReportsThem()
    {
        var differences = Checker(mutateWsdl: w =>
        {
            var latest = SchemaElement(w, "LastUpdateAtSelector", "latestUpdatedAt");
            latest.Remove();
            SchemaElement(w, "LastUpdateAtSelector", "oldestUpdatedAt").AddAfterSelf(latest);
        }).Compare(ProxyTypes());

        Assert.Contains("LastUpdateAtSelector[0] oldestUpdatedAt (LastUpdateAtSelector.latestUpdatedAt): the WSDL names it oldestUpdatedAt, the proxy latestUpdatedAt", differences);
    }

    [Fact]
    public void Compare_WsdlRenamesTheInnerItemOfANestedArray_ReportsTheNestedXmlArrayItem()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "ArrayOfKeyList", "keyList").SetAttributeValue("name", "leadKeys")).Compare(ProxyTypes());

        Assert.Equal(
            [
                "ParamsDeleteCustomObjects[1] customObjKeyLists (ParamsDeleteCustomObjects.customObjKeyLists)/leadKeys: the WSDL names the item leadKeys, the proxy's XmlArrayItem keyList",
                "ParamsMergeLeads[1] losingLeadKeyLists (ParamsMergeLeads.losingLeadKeyLists)/leadKeys: the WSDL names the item leadKeys, the proxy's XmlArrayItem keyList",
            ],
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WsdlUnbindsSyncLeadsContextHeader_ReportsTheHeaderCount()
    {
        var differences = Checker(mutateWsdl: w =>
            w.Descendants(WsdlSoap + "header").Single(h => (string?)h.Attribute("part") == "mktowsContext").Remove()).Compare(ProxyTypes());

        Assert.Equal(
            [
                "operation syncLead input: the WSDL binds 1 header(s), syncLeadRequest has 2",
                "MktowsContextHeaderInfo: no WSDL message or type leads to it",
                "MktowsContextHeaderInfo: no WSDL message leads to it, so the proxy has nothing for it",
            ],
            differences);
    }

    [Fact]
    public void CompareType_SyncStatusAsSvcutilEmitsIt_ReportsDepartures1And4NoLongerHold()
    {
        var differences = Checker().CompareType("SyncStatus", typeof(SvcutilSyncStatus));

        Assert.Collection(
            differences.Order(StringComparer.Ordinal),
            d => Assert.StartsWith("Departure 1 (SyncStatus.status read as a string) no longer holds", d),
            d => Assert.StartsWith("Departure 4 (SyncStatus.leadId read as nillable) no longer holds", d));
    }

    [Fact]
    public void CompareType_MisorderedAndMisnamedClass_ReportsEachDisagreement()
    {
        var differences = Checker().CompareType("Attrib", typeof(WrongAttrib));

        Assert.Equal(
            [
                "Attrib[0] name (WrongAttrib.Value): the WSDL names it name, the proxy Value",
                "Attrib[1] value (WrongAttrib.name): the WSDL names it value, the proxy name",
                "Attrib[1] value (WrongAttrib.name): the WSDL makes it unqualified, the proxy's Form is None",
            ],
            differences);
    }

    [Fact]
    public void Compare_WsdlRenamesLeadRecordId_ReportsTheName()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "LeadRecord", "Id").SetAttributeValue("name", "id")).Compare(ProxyTypes());

        Assert.Equal(["LeadRecord[0] id (LeadRecord.Id): the WSDL names it id, the proxy Id"], differences);
    }

    [Fact]
    public void Compare_WsdlSwapsElementOrder_ReportsBothPositions()
    {
        var differences = Checker(mutateWsdl: w =>
        {
            var name = SchemaElement(w, "Attrib", "name");
            name.Remove();
            SchemaElement(w, "Attrib", "value").AddAfterSelf(name);
        }).Compare(ProxyTypes());

        Assert.Equal(
            [
                "Attrib[0] value (Attrib.name): the WSDL names it value, the proxy name",
                "Attrib[1] name (Attrib.value): the WSDL names it name, the proxy value",
            ],
            differences);
    }

    [Fact]
    public void Compare_WsdlMakesOptionalIntRequired_ReportsTheSpecifiedMember()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "MObject", "id").SetAttributeValue("minOccurs", "1")).Compare(ProxyTypes());

        Assert.Equal(["MObject[1] id (MObject.id): required in the WSDL (minOccurs 1), but the proxy has idSpecified, so it can leave it out"], differences);
    }

    [Fact]
    public void Compare_WsdlMakesRequiredIntOptional_ReportsTheMissingSpecifiedMember()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "SyncStatus", "leadId").SetAttributeValue("minOccurs", "0")).Compare(ProxyTypes());

        Assert.Equal(["SyncStatus[0] leadId (SyncStatus.leadId): optional in the WSDL (minOccurs 0), but the proxy has no leadIdSpecified, so it always sends it"], differences);
    }

    [Fact]
    public void Compare_WsdlDropsNillable_ReportsIsNullable()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "SyncStatus", "error").SetAttributeValue("nillable", null)).Compare(ProxyTypes());

        Assert.Equal(["SyncStatus[2] error (SyncStatus.error): the WSDL says nillable=false, the proxy IsNullable=True"], differences);
    }

    [Fact]
    public void Compare_WsdlMakesNullableIntNotNillable_ReportsIsNullableAndTheNullableType()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "LeadRecord", "Id").SetAttributeValue("nillable", null)).Compare(ProxyTypes());

        Assert.Equal(
            [
                "LeadRecord[0] Id (LeadRecord.Id): the WSDL says nillable=false, the proxy IsNullable=True",
                "LeadRecord[0] Id (LeadRecord.Id): the WSDL says nillable=false, the proxy's type is Nullable`1",
            ],
            differences);
    }

    [Fact]
    public void Compare_WsdlAddsEnumValue_ReportsTheValues()
    {
        var differences = Checker(mutateWsdl: w =>
            SchemaType(w, "ForeignSysType").Descendants(Xs + "enumeration").Last().AddAfterSelf(new XElement(Xs + "enumeration", new XAttribute("value", "MSCRM")))).Compare(ProxyTypes());

        Assert.Equal(["ForeignSysType: the WSDL's values are [CUSTOM, SFDC, NETSUITE, MSCRM], the proxy's ForeignSysType has [CUSTOM, SFDC, NETSUITE]"], differences);
    }

    [Fact]
    public void Compare_WsdlRenamesArrayItem_ReportsTheXmlArrayItemName()
    {
        var differences = Checker(mutateWsdl: w => SchemaElement(w, "ArrayOfMObjAssociation", "mObjAssociation").SetAttributeValue("name", "association")).Compare(ProxyTypes());

        Assert.Equal(
            [
                "MObject[7] associationList (MObject.associationList)/association: the WSDL names the item association, the proxy's XmlArrayItem mObjAssociation",
                "ParamsGetMObjects[4] mObjAssociationList (ParamsGetMObjects.mObjAssociationList)/association: the WSDL names the item association, the proxy's XmlArrayItem mObjAssociation",
            ],
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WsdlMakesLocalElementsQualified_ReportsTheForm()
    {
        var differences = Checker(mutateWsdl: w => w.Descendants(Xs + "schema").Single().SetAttributeValue("elementFormDefault", "qualified")).Compare(ProxyTypes());

        Assert.Contains("LeadRecord[0] Id (LeadRecord.Id): the WSDL makes it qualified, the proxy's Form is Unqualified", differences);
        Assert.All(differences, d => Assert.Contains("the WSDL makes it qualified", d));
    }

    [Fact]
    public void Compare_WsdlChangesSoapAction_ReportsTheAction()
    {
        var differences = Checker(mutateWsdl: w =>
            w.Descendants(WsdlSoap + "operation").Single(o => ((string?)o.Attribute("soapAction"))?.EndsWith("/syncMObjects", StringComparison.Ordinal) == true)
                .SetAttributeValue("soapAction", "http://www.marketo.com/mktows/syncMObject")).Compare(ProxyTypes());

        Assert.Equal(["operation syncMObjects: soapAction is http://www.marketo.com/mktows/syncMObject, the proxy's Action http://www.marketo.com/mktows/syncMObjects"], differences);
    }

    [Fact]
    public void Compare_WsdlAddsOperation_ReportsItMissingFromTheProxy()
    {
        var differences = Checker(mutateWsdl: w =>
        {
            var portOperation = w.Root!.Element(Wsdl + "portType")!.Element(Wsdl + "operation")!;
            var added = new XElement(portOperation);
            added.SetAttributeValue("name", "syncMObjectsAgain");
            portOperation.AddAfterSelf(added);
        }).Compare(ProxyTypes());

        Assert.Equal(["operation syncMObjectsAgain: in the WSDL, not in the proxy"], differences);
    }

    [Fact]
    public void Compare_WsdlRenamesBodyElement_ReportsThePart()
    {
        var differences = Checker(mutateWsdl: w =>
        {
            w.Descendants(Xs + "element").Single(e => (string?)e.Attribute("name") == "paramsSyncMObjects").SetAttributeValue("name", "paramsSyncMObject");
            w.Descendants(Wsdl + "part").Single(p => (string?)p.Attribute("name") == "paramsSyncMObjects").SetAttributeValue("element", "tns:paramsSyncMObject");
        }).Compare(ProxyTypes());

        Assert.Equal(["operation syncMObjects input: body part 0 is http://www.marketo.com/mktows/:paramsSyncMObject, the proxy's {http://www.marketo.com/mktows/}paramsSyncMObjects with Order 0"], differences);
    }

    [Fact]
    public void Compare_WsdlAddsElementToType_ReportsTheMissingMember()
    {
        var differences = Checker(mutateWsdl: w =>
            SchemaElement(w, "AuthenticationHeaderInfo", "mode").AddAfterSelf(
                new XElement(Xs + "element", new XAttribute("name", "partnerId"), new XAttribute("type", "xs:string"), new XAttribute("minOccurs", "0")))).Compare(ProxyTypes());

        Assert.Equal(["AuthenticationHeaderInfo[5] partnerId: in the WSDL, no proxy member for it in AuthenticationHeaderInfo"], differences);
    }

    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    private static XElement SchemaType(XDocument wsdl, string name) =>
        wsdl.Descendants().Single(e => e.Name is { NamespaceName: "http://www.w3.org/2001/XMLSchema", LocalName: "complexType" or "simpleType" } && (string?)e.Attribute("name") == name);

    private static XElement SchemaElement(XDocument wsdl, string typeName, string elementName) =>
        SchemaType(wsdl, typeName).Descendants(Xs + "element").Single(e => (string?)e.Attribute("name") == elementName);

    /// <summary>A public data type as svcutil emits it, without Departure 3's attribute.</summary>
    [System.Xml.Serialization.XmlType(Namespace = "http://www.marketo.com/mktows/")]
    public class VisibleInEditors
    {
    }

    private static bool IsServiceSide(Type type) =>
        type.IsInterface || type.Name.StartsWith("sync", StringComparison.Ordinal) || type.Name == "MktowsPortClient";
}
