using System.Reflection;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests.Contract;

/// <summary>
/// What the emulator reads from the embedded WSDL: every operation with its SOAPAction, body and
/// header elements, and the compiled schema.
/// </summary>
/// <remarks>
/// <see cref="WsdlContract.Instance"/> is loaded once per process, so these tests load a fresh
/// contract each time: reading the WSDL is what they check, not the cached result of an earlier read.
/// </remarks>
public class WsdlContractLoadTests
{
    private static readonly XNamespace Mktows = "http://www.marketo.com/mktows/";

    private static WsdlContract LoadFresh() =>
        (WsdlContract)typeof(WsdlContract).GetMethod("Load", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    [Fact]
    public void Load_ReadsEveryOperationTheBindingDeclares()
    {
        var contract = LoadFresh();

        var declared = XDocument.Load(Fixtures.WsdlPath).Descendants(SoapNames.Wsdl + "binding").Elements(SoapNames.Wsdl + "operation").Select(o => (string)o.Attribute("name")!);
        Assert.Equal(23, contract.Operations.Count());
        Assert.Equal(declared.Order(StringComparer.Ordinal), contract.Operations.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_GetLead_HasItsActionElementsAndHeader()
    {
        var contract = LoadFresh();

        var getLead = contract.FindByRequestElement(Mktows + "paramsGetLead");

        Assert.NotNull(getLead);
        Assert.Equal(
            ("getLead", "http://www.marketo.com/mktows/getLead", Mktows + "successGetLead"),
            (getLead.Name, getLead.SoapAction, getLead.ResponseElement));
        Assert.Equal([Mktows + "AuthenticationHeader"], getLead.HeaderElements);
    }

    [Fact]
    public void Load_EveryOperation_NamesElementsInTheMarketoNamespaceAndHasASoapAction()
    {
        var contract = LoadFresh();

        Assert.All(contract.Operations, o =>
        {
            Assert.Equal(Mktows + ("params" + char.ToUpperInvariant(o.Name[0]) + o.Name[1..]), o.RequestElement);
            Assert.Equal("http://www.marketo.com/mktows/" + o.Name, o.SoapAction);
            Assert.All(o.HeaderElements, h => Assert.Equal(Mktows, h.Namespace));
        });
    }

    [Fact]
    public void Load_CompilesTheSchema()
    {
        var contract = LoadFresh();

        Assert.True(contract.Schemas.IsCompiled);
        Assert.NotNull(contract.FindGlobalElement(Mktows + "paramsSyncMultipleLeads"));
        Assert.NotNull(contract.FindGlobalElement(Mktows + "AuthenticationHeader"));
    }

    [Fact]
    public async Task ServedWsdl_IsUtf8WithoutAByteOrderMark()
    {
        await using var emulator = await TestEmulator.StartAsync(TestClock.Create());

        var served = await EmulatorHttp.Http.GetByteArrayAsync(emulator.WsdlUri);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(served), StringComparison.Ordinal);
    }
}
