using System.Xml.Linq;

namespace Marketo.Soap.WsdlConformance.Tests;

public class WsdlComparerTests
{
    private static readonly HashSet<string> FaultAddition = ["fault"];

    private static ConformanceReport CompareWithProject(Action<XDocument> change, IReadOnlySet<string>? additions = null)
    {
        var project = Fixtures.Project23();
        change(project);
        return WsdlComparer.Compare(Fixtures.Reference23(), WsdlModel.Read(project), additions ?? FaultAddition);
    }

    [Fact]
    public void Compare_ProjectIsTheReferenceAfterThe23ChangesInAnotherLayout_ReportsNoDifference()
    {
        var report = WsdlComparer.Compare(Fixtures.Reference23(), WsdlModel.Read(Fixtures.Project23()), FaultAddition);

        Assert.Empty(report.Differences);
        Assert.Equal((8, 1, 5, 5, 2), (report.ComplexTypes, report.SimpleTypes, report.GlobalElements, report.Messages, report.Operations));
    }

    [Fact]
    public void Compare_ReferenceWithoutThe23Changes_ReportsBothChangedTypes()
    {
        var report = WsdlComparer.Compare(WsdlModel.Read(Fixtures.Reference22()), WsdlModel.Read(Fixtures.Project23()), FaultAddition);

        Assert.Equal(
            [
                "complex type ParamsGetLeadChanges[2]: Marketo's has batchSize : xs:int [0..1] nillable, the project's activityNameFilter : tns:ArrayOfString [0..1] nillable",
                "complex type ParamsGetLeadChanges[3]: Marketo's has leadSelector : tns:Selector [0..1], the project's batchSize : xs:int [0..1] nillable",
                "complex type ParamsGetLeadChanges[4]: the project's has leadSelector : tns:Selector [0..1], Marketo's nothing",
                "complex type ParamsListOperation[1]: Marketo's has skipActivityLog : xs:boolean [0..1], the project's strict : xs:boolean [0..1] nillable",
                "complex type ParamsListOperation[2]: Marketo's has strict : xs:boolean [0..1] nillable, the project's nothing",
            ],
            report.Differences);
    }

    [Fact]
    public void Compare_ElementsSwapped_ReportsBothPositions()
    {
        var report = CompareWithProject(w =>
        {
            var strict = Fixtures.SchemaElement(w, "ParamsListOperation", "strict");
            strict.Remove();
            Fixtures.SchemaElement(w, "ParamsListOperation", "listOperation").AddBeforeSelf(strict);
        });

        Assert.Equal(
            [
                "complex type ParamsListOperation[0]: Marketo's has listOperation : tns:ListOperationType [1..1], the project's strict : xs:boolean [0..1] nillable",
                "complex type ParamsListOperation[1]: Marketo's has strict : xs:boolean [0..1] nillable, the project's listOperation : tns:ListOperationType [1..1]",
            ],
            report.Differences);
    }

    [Fact]
    public void Compare_OccurrenceChanged_ReportsTheElement()
    {
        var report = CompareWithProject(w => Fixtures.SchemaElement(w, "ParamsGetLeadChanges", "batchSize").SetAttributeValue("minOccurs", "1"));

        Assert.Equal(["complex type ParamsGetLeadChanges[3]: Marketo's has batchSize : xs:int [0..1] nillable, the project's batchSize : xs:int [1..1] nillable"], report.Differences);
    }

    [Fact]
    public void Compare_NillableDropped_ReportsTheElement()
    {
        var report = CompareWithProject(w => Fixtures.SchemaElement(w, "ParamsListOperation", "strict").SetAttributeValue("nillable", null));

        Assert.Equal(["complex type ParamsListOperation[1]: Marketo's has strict : xs:boolean [0..1] nillable, the project's strict : xs:boolean [0..1]"], report.Differences);
    }

    [Fact]
    public void Compare_TypeChanged_ReportsTheElement()
    {
        var report = CompareWithProject(w => Fixtures.SchemaElement(w, "ParamsGetLeadChanges", "batchSize").SetAttributeValue("type", "xsd:long"));

        Assert.Equal(["complex type ParamsGetLeadChanges[3]: Marketo's has batchSize : xs:int [0..1] nillable, the project's batchSize : xs:long [0..1] nillable"], report.Differences);
    }

    [Fact]
    public void Compare_EnumerationValueAdded_ReportsTheValues()
    {
        var report = CompareWithProject(w => Fixtures.SchemaType(w, "ListOperationType").Elements().Single().Add(
            new XElement(XName.Get("enumeration", "http://www.w3.org/2001/XMLSchema"), new XAttribute("value", "CLEARLIST"))));

        Assert.Equal(["simple type ListOperationType values: Marketo's are [ADDTOLIST, REMOVEFROMLIST], the project's [ADDTOLIST, REMOVEFROMLIST, CLEARLIST]"], report.Differences);
    }

    [Fact]
    public void Compare_DerivedTypeNoLongerExtendsAndBaseNotAbstract_ReportsBoth()
    {
        var report = CompareWithProject(w =>
        {
            Fixtures.SchemaType(w, "Selector").SetAttributeValue("abstract", null);
            var derived = Fixtures.SchemaType(w, "NameSelector");
            var sequence = derived.Descendants().First(e => e.Name.LocalName == "sequence");
            derived.ReplaceNodes(sequence);
        });

        Assert.Equal(
            [
                "complex type NameSelector: Marketo's extends tns:Selector, the project's nothing",
                "complex type Selector: abstract is True in Marketo's, False in the project's",
            ],
            report.Differences);
    }

    [Fact]
    public void Compare_ComplexTypeMissing_ReportsItMissing()
    {
        var report = CompareWithProject(w => Fixtures.SchemaType(w, "Workspace").Remove());

        Assert.Equal(["complex type Workspace: in Marketo's WSDL, missing from the project's"], report.Differences);
    }

    [Fact]
    public void Compare_SoapActionChanged_ReportsTheOperation()
    {
        var report = CompareWithProject(w => w.Descendants().Single(e => e.Name.LocalName == "operation" && (string?)e.Attribute("soapAction") == "urn:sample/listOperation")
            .SetAttributeValue("soapAction", "urn:sample/listOperations"));

        Assert.Equal(["operation listOperation: Marketo's soapAction is urn:sample/listOperation, the project's urn:sample/listOperations"], report.Differences);
    }

    [Fact]
    public void Compare_SecondHeaderUnbound_ReportsTheBinding()
    {
        var report = CompareWithProject(w => w.Descendants().Single(e => e.Name.LocalName == "header" && (string?)e.Attribute("part") == "workspace").Remove());

        var only = Assert.Single(report.Differences);
        Assert.StartsWith("operation listOperation binding: Marketo's are [transport http://schemas.xmlsoap.org/soap/http, style document, input header Credentials/credentials use=literal, input header Workspace/workspace use=literal,", only);
    }

    [Fact]
    public void Compare_MessagePartRenamed_ReportsTheMessageAndTheBoundParts()
    {
        var report = CompareWithProject(w =>
        {
            w.Descendants().Single(e => e.Name.LocalName == "part" && (string?)e.Attribute("name") == "paramsGetLeadChanges").SetAttributeValue("name", "params");
            w.Descendants().Single(e => (string?)e.Attribute("parts") == "paramsGetLeadChanges").SetAttributeValue("parts", "params");
        });

        Assert.Equal(2, report.Differences.Count);
        Assert.Equal("message GetLeadChangesRequest parts: Marketo's are [paramsGetLeadChanges = tns:paramsGetLeadChanges], the project's [params = tns:paramsGetLeadChanges]", report.Differences[0]);
        Assert.Contains("input body use=literal parts=params,", report.Differences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_GlobalElementOnlyInTheProjectAndNotListed_ReportsIt()
    {
        var report = CompareWithProject(_ => { }, additions: new HashSet<string>());

        Assert.Equal(["global element fault: in the project's WSDL, not in Marketo's"], report.Differences);
    }

    [Fact]
    public void Compare_ListedAdditionNoLongerDeclared_ReportsTheStaleListing()
    {
        var report = CompareWithProject(w => w.Descendants().Single(e => e.Name.LocalName == "element" && (string?)e.Attribute("name") == "fault").Remove());

        Assert.Equal(["global element fault: listed as a project addition, but the project's WSDL no longer declares it"], report.Differences);
    }
}
