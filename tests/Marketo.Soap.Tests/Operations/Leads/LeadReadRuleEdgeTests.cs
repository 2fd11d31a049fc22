using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary>The edges of the checks the lead reads share: names in a list, the time window, and the activity type filters.</summary>
public class LeadReadRuleEdgeTests
{
    private static readonly DateTimeOffset October = new(2013, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ReplayHandler _handler = new();

    private static GetLeadChangesRequest Since() => new() { Since = October };

    [Fact]
    public void GetLeadChangesAsync_NullActivityName_IsRefusedAsNull()
    {
        var refusal = Refused(Since() with { ActivityNames = [ActivityNames.NewLead, null!] });

        Assert.Equal("ActivityNames[1]", refusal.Field);
        Assert.Contains("ActivityNames[1] is null", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetLeadChangesAsync_EmptyActivityName_IsRefusedAsEmpty()
    {
        var refusal = Refused(Since() with { ActivityNames = [ActivityNames.NewLead, string.Empty] });

        Assert.Equal("ActivityNames[1]", refusal.Field);
        Assert.Contains("ActivityNames[1] is empty", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0001New Lead")]
    [InlineData("New\u0001Lead")]
    public void GetLeadChangesAsync_ActivityNameWithACharacterXmlCannotCarry_IsRefused(string name)
    {
        var refusal = Refused(Since() with { ActivityNames = [name] });

        Assert.Equal("ActivityNames[0]", refusal.Field);
    }

    [Fact]
    public void GetLeadChangesAsync_UntilEqualToSince_IsAccepted()
    {
        // An empty window is not one that ends before it starts.
        using var client = TestClient.Create(_handler);

        Assert.NotNull(client.GetLeadChangesAsync(Since() with { Until = October }));
    }

    [Fact]
    public void GetLeadActivityAsync_UndefinedExcludedType_IsRefusedNamingIt()
    {
        using var client = TestClient.Create(_handler);
        var request = new GetLeadActivityRequest { Lead = LeadKey.ById(2002417), ExcludeTypes = [ActivityType.VisitWebpage, (ActivityType)57] };

        var refusal = Assert.Throws<MarketoRequestValidationException>(() => client.GetLeadActivityAsync(request));

        Assert.Equal("ExcludeTypes[1]", refusal.Field);
    }

    private MarketoRequestValidationException Refused(GetLeadChangesRequest request)
    {
        using var client = TestClient.Create(_handler);
        return Assert.Throws<MarketoRequestValidationException>(() => client.GetLeadChangesAsync(request));
    }
}
