using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary>The edges of the checks on a lead key: what a refused value is said to be, a bad first character, and an undefined type an operation would otherwise take.</summary>
public class LeadKeyRuleEdgeTests
{
    [Fact]
    public async Task GetLeadAsync_NullKeyValue_IsRefusedAsNull()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetLeadAsync(new GetLeadRequest { Key = new LeadKey(LeadKeyType.Email, null!) }));

        Assert.Equal("Key.Value", refusal.Field);
        Assert.Contains("Key.Value is null", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLeadAsync_EmptyKeyValue_IsRefusedAsEmpty()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetLeadAsync(new GetLeadRequest { Key = new LeadKey(LeadKeyType.Email, string.Empty) }));

        Assert.Equal("Key.Value", refusal.Field);
        Assert.Contains("Key.Value is empty", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLeadAsync_KeyValueStartingWithACharacterXmlCannotCarry_IsRefused()
    {
        // The first character is checked like every other one.
        var refusal = await OneExchange.RefusedAsync(c => c.GetLeadAsync(new GetLeadRequest { Key = LeadKey.ByEmail("\u0001ada@example.com") }));

        Assert.Equal("Key.Value", refusal.Field);
    }

    [Fact]
    public async Task MergeLeadsAsync_UndefinedKeyType_IsRefusedNamingTheType()
    {
        // mergeLeads takes every defined type but Cookie, so only the definedness check stops this one.
        var request = new MergeLeadsRequest { WinningLeadKeys = [new LeadKey((LeadKeyType)42, "3001")], LosingLeadKeys = [[LeadKey.ById(3002)]] };

        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(request));

        Assert.Equal("WinningLeadKeys[0].Type", refusal.Field);
    }
}
