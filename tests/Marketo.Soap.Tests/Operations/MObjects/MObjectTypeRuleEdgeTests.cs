using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>A Program's type attribute groups: Cost and Tag are checked for their required attributes by name, any other group is left to Marketo.</summary>
public class MObjectTypeRuleEdgeTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public async Task SyncMObjectsAsync_ProgramCostWithMonthAndNoteButNoAmount_RefusesNamingTheGroup()
    {
        // Two attributes, neither named Amount: the check must look for the name, not for any other attribute.
        var cost = new MObjectTypeAttribute { AttrType = "Cost", Attributes = [new("Month", "2026-06"), new("Note", "Booth")] };
        using var client = TestClient.Create(_handler);

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMObjectsAsync(Update(cost)));

        Assert.Equal((0, "TypeAttributes[0]"), (exception.RecordIndex, exception.Field));
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task SyncMObjectsAsync_ProgramGroupOtherThanCostOrTag_IsSent()
    {
        // The client knows the required attributes of Cost and Tag only; another group is Marketo's to judge.
        _handler.Reply(AnswerBuilder.RepeatFirstStatus("syncMObjects.response.updated.xml", 1));
        using var client = TestClient.Create(_handler);

        var result = await client.SyncMObjectsAsync(Update(new MObjectTypeAttribute { AttrType = "Period", Attributes = [new("Name", "Q2")] }));

        Assert.Single(result.Results);
        Assert.Single(_handler.Requests);
    }

    private static SyncMObjectsRequest Update(MObjectTypeAttribute group) => new()
    {
        Operation = MObjectOperation.Update,
        Objects = [new MObjectRecord { Type = MObjectTypes.Program, Id = 1970, TypeAttributes = [group] }],
    };
}
