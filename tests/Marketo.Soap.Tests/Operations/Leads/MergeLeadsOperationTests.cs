using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

public class MergeLeadsOperationTests
{
    private static readonly MergeLeadsRequest TwoLosers = new()
    {
        WinningLeadKeys = [LeadKey.ById(3001)],
        LosingLeadKeys =
        [
            [LeadKey.ById(3002)],
            [LeadKey.ByEmail("old.address@example.com"), new LeadKey(LeadKeyType.SfdcLeadId, "00Q000000abcdEF")],
        ],
    };

    [Fact]
    public async Task MergeLeadsAsync_WinnerAndTwoLosers_SendsKeysAsAttributePairsOneKeyListPerLoser()
    {
        var (_, sent) = await OneExchange.RunAsync("mergeLeads.response.merged.xml", c => c.MergeLeadsAsync(TwoLosers));

        XmlAssert.SemanticallyEqual(Fixtures.Read("mergeLeads.request.id-and-email-keys.xml"), sent);
    }

    [Fact]
    public async Task MergeLeadsAsync_Merged_ReturnsWinnerAndLoserIds()
    {
        var (result, _) = await OneExchange.RunAsync("mergeLeads.response.merged.xml", c => c.MergeLeadsAsync(TwoLosers));

        Assert.Equal((LeadMergeStatus.Merged, "MERGED", true, (int?)3001, (string?)null), (result.Status, result.StatusText, result.Succeeded, result.WinningLeadId, result.Error));
        Assert.Equal([3002, 3003], result.LosingLeadIds);
    }

    [Fact]
    public async Task MergeLeadsAsync_WinnerAndTwoLosers_CountsThreeRecordsInItsOutcome()
    {
        // The call names three leads: the winner and each loser.
        var logger = new RecordingLogger();
        using var client = TestClient.Create(new ReplayHandler().ReplyFixture("mergeLeads.response.merged.xml"), logger: logger);

        await client.MergeLeadsAsync(TwoLosers);

        var outcome = Assert.Single(logger.Entries, e => e.EventId.Name == "CallSucceeded");
        Assert.Equal(("mergeLeads", 3), (outcome.Values["Operation"], outcome.Values["RecordCount"]));
    }

    [Fact]
    public async Task MergeLeadsAsync_Failed_ReturnsTheErrorWithoutIds()
    {
        var (result, _) = await OneExchange.RunAsync("mergeLeads.response.failed.xml", c => c.MergeLeadsAsync(TwoLosers));

        Assert.Equal((LeadMergeStatus.Failed, false, (int?)null, "Losing lead not found"), (result.Status, result.Succeeded, result.WinningLeadId, result.Error));
        Assert.Empty(result.LosingLeadIds);
    }

    [Fact]
    public async Task MergeLeadsAsync_NoWinningKey_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { WinningLeadKeys = [] }));

        Assert.Equal("WinningLeadKeys", refusal.Field);
    }

    [Fact]
    public async Task MergeLeadsAsync_NoLosingLead_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { LosingLeadKeys = [] }));

        Assert.Equal("LosingLeadKeys", refusal.Field);
    }

    [Fact]
    public async Task MergeLeadsAsync_LosingLeadWithoutKeys_IsRefusedNamingIt()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { LosingLeadKeys = [[LeadKey.ById(3002)], []] }));

        Assert.Equal(("LosingLeadKeys[1]", (int?)1), (refusal.Field, refusal.RecordIndex));
    }

    [Fact]
    public async Task MergeLeadsAsync_CookieKey_IsRefusedBecauseMergeLeadsDoesNotTakeIt()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { LosingLeadKeys = [[LeadKey.ByCookie("id:100-AEK-913&token:_mch-x")]] }));

        Assert.Equal("LosingLeadKeys[0][0].Type", refusal.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\u0000b")]
    public async Task MergeLeadsAsync_EmptyOrUnsendableWinningKeyValue_IsRefused(string value)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { WinningLeadKeys = [LeadKey.ByEmail(value)] }));

        Assert.Equal("WinningLeadKeys[0].Value", refusal.Field);
    }

    [Fact]
    public async Task MergeLeadsAsync_NullKey_IsRefused()
    {
        var refusal = await OneExchange.RefusedAsync(c => c.MergeLeadsAsync(TwoLosers with { WinningLeadKeys = [null!] }));

        Assert.Equal("WinningLeadKeys[0]", refusal.Field);
    }
}
