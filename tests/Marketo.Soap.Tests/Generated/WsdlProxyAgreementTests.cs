using System.Xml.Linq;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Generated;

/// <summary>Holds the proxy in Generated/Reference.cs and wsdl/mktows-2_3.wsdl in agreement.</summary>
public partial class WsdlProxyAgreementTests
{
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

        Assert.Equal(["Departure 1", "Departure 2"], stated);
        Assert.Equal(stated, ReferenceDepartures.All.Select(d => d.Name).Distinct());
    }

    [Fact]
    public void Compare_WithoutDeparture1OnTheAllowList_ReportsBothStatusStrings()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not EnumReadAsString).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            [
                "MObjStatus[2] status (MObjStatus.status): the WSDL's type is the enumeration MObjStatusEnum, the proxy's String",
                "SyncStatus[1] status (SyncStatus.status): the WSDL's type is the enumeration LeadSyncStatus, the proxy's String",
            ],
            differences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WithoutDeparture2OnTheAllowList_ReportsEveryInternalServiceSideType()
    {
        var differences = Checker(ReferenceDepartures.All.Where(d => d is not ServiceSideInternal).ToList()).Compare(ProxyTypes());

        Assert.Equal(
            ["MktowsPort", "MktowsPortChannel", "MktowsPortClient", "syncMObjectsRequest", "syncMObjectsResponse", "syncMultipleLeadsRequest", "syncMultipleLeadsResponse"],
            differences.Select(d => d[..d.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_ProxyRegeneratedWithPublicServiceSide_ReportsDeparture2NoLongerHolds()
    {
        var regenerated = ProxyTypes().Where(t => !IsServiceSide(t)).Concat(AllPublicServiceSide.Types).ToList();

        var differences = Checker().Compare(regenerated);

        var only = Assert.Single(differences);
        Assert.StartsWith("Departure 2 (service side internal) no longer holds", only);
    }

    [Fact]
    public void CompareType_SyncStatusWithEnumStatusAsSvcutilEmitsIt_ReportsDeparture1NoLongerHolds()
    {
        var differences = Checker().CompareType("SyncStatus", typeof(SvcutilSyncStatus));

        var only = Assert.Single(differences);
        Assert.StartsWith("Departure 1 (SyncStatus.status read as a string) no longer holds", only);
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

        Assert.Equal(["MObject[7] associationList (MObject.associationList)/association: the WSDL names the item association, the proxy's XmlArrayItem mObjAssociation"], differences);
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

    private static bool IsServiceSide(Type type) =>
        type.IsInterface || type.Name.StartsWith("sync", StringComparison.Ordinal) || type.Name == "MktowsPortClient";
}
