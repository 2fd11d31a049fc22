using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>An answer's statuses are matched to the request's objects by position, so only one status per object can be read.</summary>
public class SyncMObjectsOperationTests
{
    private static readonly MObjectRecord[] TwoPrograms =
    [
        new() { Type = MObjectTypes.Program, Id = 1001 },
        new() { Type = MObjectTypes.Program, Id = 1002 },
    ];

    [Fact]
    public void ToResult_FewerStatusesThanObjects_RefusesTheAnswerNamingBothCounts()
    {
        var failure = Assert.Throws<MarketoTransportException>(() => SyncMObjectsOperation.ToResult(TwoPrograms, Answer(Status(1001))));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
        Assert.Equal("syncMObjects", failure.Operation);
        Assert.Contains("1 statuses for 2 records", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToResult_MoreStatusesThanObjects_RefusesTheAnswer()
    {
        var failure = Assert.Throws<MarketoTransportException>(() => SyncMObjectsOperation.ToResult(TwoPrograms, Answer(Status(1001), Status(1002), Status(1003))));

        Assert.Contains("3 statuses for 2 records", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToResult_NoStatusList_RefusesTheAnswer()
    {
        var failure = Assert.Throws<MarketoTransportException>(() => SyncMObjectsOperation.ToResult(TwoPrograms, Answer(null)));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, failure.Failure);
        Assert.Contains("no status list", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToResult_EmptyStatusInTheList_RefusesTheAnswerNamingItsPosition()
    {
        var failure = Assert.Throws<MarketoTransportException>(() => SyncMObjectsOperation.ToResult(TwoPrograms, Answer(Status(1001), null!)));

        Assert.Contains("empty status at position 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToResult_OneStatusPerObject_MatchesEachToItsObjectByPosition()
    {
        var result = SyncMObjectsOperation.ToResult(TwoPrograms, Answer(Status(1001), Status(1002)));

        Assert.Equal([0, 1], result.Results.Select(r => r.Index));
        Assert.Same(TwoPrograms[1], result.Results[1].Record);
        Assert.Equal([1001, 1002], result.Results.Select(r => r.Id ?? 0));
    }

    private static Proxy.SuccessSyncMObjects Answer(params Proxy.MObjStatus[]? statuses) =>
        new() { result = new Proxy.ResultSyncMObjects { mObjStatusList = statuses } };

    private static Proxy.MObjStatus Status(int id) => new() { id = id, status = "UPDATED" };
}
