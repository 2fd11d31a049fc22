using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>
/// The one-walk check that settles a valid request agrees with the two-step check (undeclared
/// elements, then the full validation) on every request: the recorded ones, the emulator's own
/// fixtures, and broken variants of them.
/// </summary>
public class SchemaAcceptanceTests
{
    private const string Leads = """
        <ns1:paramsSyncMultipleLeads xmlns:ns1="http://www.marketo.com/mktows/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <leadRecordList>
            <leadRecord>
              <Id>12</Id>
              <Email>a@example.com</Email>
              <leadAttributeList>
                <attribute><attrName>FirstName</attrName><attrValue>Ada</attrValue></attribute>
              </leadAttributeList>
            </leadRecord>
          </leadRecordList>
          <dedupEnabled>true</dedupEnabled>
        </ns1:paramsSyncMultipleLeads>
        """;

    public static TheoryData<string> Requests()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Fixtures", Path.Combine("Fixtures", "Recorded") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.request.*.xml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void FixtureRequest_OneWalkAgreesWithTheTwoSteps(string path)
    {
        var envelope = XElement.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)));
        foreach (var element in envelope.Elements().Elements())
        {
            AssertAgreement(element);
        }
    }

    [Theory]
    [InlineData(Leads, Leads, true)]
    [InlineData("<Id>12</Id>", "<id>12</id>", false)]
    [InlineData("<Id>12</Id>", "<Id>twelve</Id>", false)]
    [InlineData("<Id>12</Id>", "", true)]
    [InlineData("<Email>a@example.com</Email>", "<Email xsi:nil=\"true\" />", true)]
    [InlineData("<Email>a@example.com</Email>", "<Email xsi:nil=\"true\">a@example.com</Email>", false)]
    [InlineData("<dedupEnabled>true</dedupEnabled>", "<dedupEnabled>maybe</dedupEnabled>", false)]
    [InlineData("<dedupEnabled>true</dedupEnabled>", "<dedupEnabled>true</dedupEnabled><dedupEnabled>true</dedupEnabled>", false)]
    [InlineData("<leadRecordList>", "<ns1:leadRecordList>", false)]
    [InlineData("<attrValue>Ada</attrValue>", "", false)]
    [InlineData("<attrValue>Ada</attrValue>", "<attrValue>Ada</attrValue><extra>1</extra>", false)]
    [InlineData("<Id>12</Id>", "<Email>b@example.com</Email>", false)]
    [InlineData("<Id>12</Id>", "<!-- a comment --><Id> 12 </Id>", true)]
    [InlineData("<attrValue>Ada</attrValue>", "<attrValue><![CDATA[A&a]]></attrValue>", true)]
    public void LeadsVariant_OneWalkAgreesWithTheTwoSteps(string replaced, string replacement, bool valid)
    {
        var xml = replaced == Leads ? Leads : Leads.Replace(replaced, replacement, StringComparison.Ordinal);
        if (replacement == "<ns1:leadRecordList>")
        {
            xml = xml.Replace("</leadRecordList>", "</ns1:leadRecordList>", StringComparison.Ordinal);
        }

        var element = XElement.Parse(xml);

        var accepted = AssertAgreement(element);

        Assert.Equal(valid, accepted);
    }

    [Theory]
    [InlineData("LeadKeySelector", true)]
    [InlineData("StaticListSelector", false)]
    [InlineData("NoSuchSelector", false)]
    public void SelectorNamedByXsiType_OneWalkAgreesWithTheTwoSteps(string selector, bool valid)
    {
        var element = XElement.Parse($"""
            <ns1:paramsGetMultipleLeads xmlns:ns1="http://www.marketo.com/mktows/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <leadSelector xsi:type="ns1:{selector}">
                <keyType>EMAIL</keyType>
                <keyValues><stringItem>a@example.com</stringItem></keyValues>
              </leadSelector>
              <batchSize>10</batchSize>
            </ns1:paramsGetMultipleLeads>
            """);

        var accepted = AssertAgreement(element);

        Assert.Equal(valid, accepted);
    }

    private static bool AssertAgreement(XElement element)
    {
        var contract = WsdlContract.Instance;
        var declaration = contract.FindGlobalElement(element.Name);
        if (declaration is null)
        {
            return false;
        }

        var twoSteps = SchemaGuard.FindUndeclared(element, declaration, contract.Schemas).Count == 0
            && SchemaGuard.Validate(element, declaration, contract.Schemas).Count == 0;
        var oneWalk = SchemaAcceptance.IsValid(element, declaration, contract.Schemas);
        Assert.Equal(twoSteps, oneWalk);
        return oneWalk;
    }
}
