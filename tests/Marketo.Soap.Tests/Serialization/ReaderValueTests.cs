using System.Text;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>
/// The generated reader reads <c>xsi:nil</c> and integers without making their text a string
/// first; whatever the text, it must still read what XmlSerializer reads, or fail where it fails.
/// </summary>
public class ReaderValueTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData(" true ")]
    [InlineData("    false      ")]
    [InlineData("TRUE")]
    [InlineData("")]
    [InlineData("truetruetrue")]
    public void DeserializeReply_NilAttributeText_ReadsAsXmlSerializer(string nil) =>
        MktowsWireTests.AssertReadersAgree("syncMultipleLeads", Answer("1001", $"<error xsi:nil=\"{nil}\">Lead not found</error>"));

    [Theory]
    [InlineData("1001")]
    [InlineData(" 1001 ")]
    [InlineData("-7")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("10<!-- a comment -->01")]
    public void DeserializeReply_IntegerText_ReadsAsXmlSerializer(string leadId) =>
        MktowsWireTests.AssertReadersAgree("syncMultipleLeads", Answer(leadId, "<error xsi:nil=\"true\"/>"));

    [Fact]
    public void DeserializeReply_EmptyIntegerElement_FailsAsXmlSerializer() =>
        MktowsWireTests.AssertReadersAgree("syncMultipleLeads", Encoding.UTF8.GetBytes(Envelope("<syncStatus><leadId/><status>CREATED</status></syncStatus>")));

    private static byte[] Answer(string leadId, string error) =>
        Encoding.UTF8.GetBytes(Envelope($"<syncStatus><leadId>{leadId}</leadId><status>CREATED</status>{error}</syncStatus>"));

    private static string Envelope(string status) =>
        "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\"http://www.marketo.com/mktows/\">"
        + $"<SOAP-ENV:Body><ns1:successSyncMultipleLeads><result><syncStatusList>{status}</syncStatusList></result></ns1:successSyncMultipleLeads></SOAP-ENV:Body></SOAP-ENV:Envelope>";
}
